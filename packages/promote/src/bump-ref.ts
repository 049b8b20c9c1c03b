/**
 * The inputs of `gitops bump` checked at the edge: an image reference
 * (`name:tag`, `name@sha256:…`, `name:tag@sha256:…`), a chart version, and
 * the source repository and commit that become commit trailers.
 */
import { UserError } from "../../core/src/index.js";
import { show } from "./services.js";

/** An image reference as the service pipeline built it. */
export interface ImageRef {
  /** Registry and path, e.g. `ghcr.io/org/web`. */
  name: string;
  tag?: string;
  /** `sha256:<64 hex>`. */
  digest?: string;
}

// The grammar of distribution/reference: an optional host[:port], then lower-case path components.
const HOST = String.raw`(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?`;
const COMPONENT = String.raw`[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const NAME = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Parses `text` as an image reference with a tag, a digest or both; anything else is a `UserError`. */
export function parseImageRef(text: string): ImageRef {
  const bad = (why: string) =>
    new UserError(
      `bad image reference ${show(text)}: ${why} (expected name:tag, name@sha256:<64 hex> or name:tag@sha256:<64 hex>)`,
    );
  const at = text.indexOf("@");
  const named = at < 0 ? text : text.slice(0, at);
  const digest = at < 0 ? undefined : text.slice(at + 1);
  if (digest !== undefined && !DIGEST.test(digest)) throw bad(`${show(digest)} is not a sha256 digest`);
  const colon = named.lastIndexOf(":");
  const hasTag = colon > named.lastIndexOf("/");
  const name = hasTag ? named.slice(0, colon) : named;
  const tag = hasTag ? named.slice(colon + 1) : undefined;
  if (!NAME.test(name)) throw bad(`${show(name)} is not an image name`);
  if (tag !== undefined && !TAG.test(tag)) throw bad(`${show(tag)} is not a tag`);
  if (tag === undefined && digest === undefined) throw bad("it has neither a tag nor a digest");
  return { name, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/** What follows the name: `tag`, `sha256:…` or `tag@sha256:…` (the commit title's "to <tag>"). */
export function refVersion(ref: ImageRef): string {
  return [ref.tag, ref.digest].filter(Boolean).join("@");
}

/** The reference as text again. */
export function formatImageRef(ref: ImageRef): string {
  return `${ref.name}${ref.tag !== undefined ? `:${ref.tag}` : ""}${ref.digest !== undefined ? `@${ref.digest}` : ""}`;
}

/** A chart version: a Helm version or constraint text, one line, no spaces. */
export function checkChartVersion(text: string): string {
  if (!/^[\w.+~^*<>=|-]{1,128}$/.test(text) || text.startsWith("-")) {
    throw new UserError(`bad chart version ${show(text)}`);
  }
  return text;
}

/** `OWNER/NAME`, for the `Source-Repository:` trailer. */
export function checkSourceRepository(text: string): string {
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(text)) {
    throw new UserError(`bad --source-repository ${show(text)}: expected OWNER/NAME`);
  }
  return text;
}

/** An ISO 8601 time with its zone, for the `Source-Commit-Date:` trailer (as git's %cI prints it). */
export function checkSourceCommitDate(text: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
  if (!iso.test(text) || Number.isNaN(Date.parse(text))) {
    throw new UserError(
      `bad --source-commit-date ${show(text)}: expected an ISO 8601 time with a zone, like 2026-12-01T10:00:00Z`,
    );
  }
  return text;
}

/** A commit SHA (7 to 64 hex digits), for the `Source-Commit:` trailer. */
export function checkSourceCommit(text: string): string {
  if (!/^[0-9a-f]{7,64}$/.test(text)) {
    throw new UserError(`bad --source-commit ${show(text)}: expected a commit SHA (hex)`);
  }
  return text;
}
