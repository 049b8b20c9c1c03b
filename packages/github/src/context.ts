/**
 * What actions need to know about the run, read from the runner's
 * environment and event file. Read on demand, not at import (unlike
 * `@actions/github`'s `context`), so a malformed event file becomes a
 * `UserError` naming the file instead of a crash while loading the bundle.
 */
import { readFileSync } from "node:fs";

import { getOctokit } from "@actions/github";

import { messageOf, UserError } from "../../core/src/errors.js";
import type { Octokit } from "./comment.js";
import { maskSecret } from "./secrets.js";

/** The pull request a run is about. */
export interface PullRequestInfo {
  number: number;
  /** Commit of the base branch the PR was compared against when the event fired. */
  baseSha: string;
  headSha: string;
  /** Branch names, without `refs/heads/`. */
  baseRef: string;
  headRef: string;
}

/** Owner and name of the repository the workflow runs in. */
export interface RepoInfo {
  owner: string;
  repo: string;
}

/**
 * The pull request of the triggering event, or undefined when the run has no
 * event file or the event is not about a pull request. Any event whose
 * payload carries `pull_request` counts (`pull_request`,
 * `pull_request_target`, and the review events), since all carry the same
 * base and head.
 */
export function pullRequestFromEvent(): PullRequestInfo | undefined {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return undefined;
  const payload = readEvent(file);
  const pr = payload.pull_request;
  if (pr === undefined || pr === null) return undefined;
  const field = (path: string): unknown =>
    path.split(".").reduce<unknown>((v, key) => (isObject(v) ? v[key] : undefined), pr);
  const number = field("number");
  if (typeof number !== "number" || !Number.isInteger(number)) {
    throw new UserError(`Event file ${file} has a pull_request without a number`, file);
  }
  const text = (path: string): string => {
    const value = field(path);
    if (typeof value !== "string" || value === "") {
      throw new UserError(`Event file ${file} has a pull_request without ${path}`, file);
    }
    return value;
  };
  return {
    number,
    baseSha: text("base.sha"),
    headSha: text("head.sha"),
    baseRef: text("base.ref"),
    headRef: text("head.ref"),
  };
}

/** What a push event says about the commits it brought (the webhook's `before`, `after`, `deleted`). */
export interface PushInfo {
  before?: string;
  after?: string;
  deleted: boolean;
  /** The newest commit pushed (`head_commit`): its SHA and when it was made. */
  headCommit?: { id: string; timestamp: string };
}

/** The push of a `push` event, or undefined for other events or when the run has no event file. */
export function pushFromEvent(): PushInfo | undefined {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || process.env.GITHUB_EVENT_NAME !== "push") return undefined;
  const { before, after, deleted, head_commit: head } = readEvent(file);
  const id = isObject(head) ? head.id : undefined;
  const timestamp = isObject(head) ? head.timestamp : undefined;
  return {
    ...(typeof before === "string" ? { before } : {}),
    ...(typeof after === "string" ? { after } : {}),
    deleted: deleted === true,
    ...(typeof id === "string" && typeof timestamp === "string" ? { headCommit: { id, timestamp } } : {}),
  };
}

/** The event payload in `file`, which must hold a JSON object. */
function readEvent(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new UserError(`Cannot read the event file ${file} (GITHUB_EVENT_PATH): ${messageOf(err)}`, file);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (err) {
    throw new UserError(`The event file ${file} is not valid JSON: ${messageOf(err)}`, file);
  }
  if (!isObject(payload)) throw new UserError(`The event file ${file} does not hold a JSON object`, file);
  return payload;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Owner and name from `GITHUB_REPOSITORY` (`owner/name`). */
export function repository(): RepoInfo {
  const value = process.env.GITHUB_REPOSITORY ?? "";
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value);
  if (!match?.[1] || !match[2]) {
    throw new UserError(`GITHUB_REPOSITORY must look like "owner/name", got ${JSON.stringify(value)}`);
  }
  return { owner: match[1], repo: match[2] };
}

/** The REST API base (`GITHUB_API_URL`), which differs on GitHub Enterprise Server. */
export function apiUrl(): string {
  return trimSlash(process.env.GITHUB_API_URL || "https://api.github.com");
}

/** The web base (`GITHUB_SERVER_URL`), for links in summaries and comments. */
export function serverUrl(): string {
  return trimSlash(process.env.GITHUB_SERVER_URL || "https://github.com");
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/**
 * An Octokit client for `token` against {@link apiUrl}. The token is masked
 * first, so no later log line (a request dump in debug mode) can show it.
 */
export function getOctokitClient(token: string): Octokit {
  if (token.trim() === "") {
    throw new UserError("A GitHub token is required but none was given");
  }
  maskSecret(token);
  return getOctokit(token, { baseUrl: apiUrl() });
}

/** A client for `token` bound to the repository the workflow runs in (`GITHUB_REPOSITORY`). */
export function repoClient(token: string): RepoInfo & { client: Octokit } {
  return { client: getOctokitClient(token), ...repository() };
}
