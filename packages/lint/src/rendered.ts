import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { outputDigest } from "../../cache/src/targets.js";
import { UserError } from "../../core/src/errors.js";
import type { Finding } from "../../core/src/finding.js";
import {
  parseRenderedYaml,
  RENDERED_LIMITS as CORE_RENDERED_LIMITS,
  type RenderedDocument,
} from "../../core/src/rendered-yaml.js";
import { decodeUtf8 } from "../../core/src/yaml.js";
import { isObject } from "../../render/src/argo.js";
import type { IndexEntry } from "../../render/src/output.js";

/** Rendered output is machine-written and can be large: thousands of resources in one file. */
export const RENDERED_LIMITS = CORE_RENDERED_LIMITS;

/** One resource in `render/<id>.yaml`. */
export interface RenderedResource {
  target: IndexEntry;
  /** The rendered file, relative to the repo (`render/<id>.yaml`). */
  output: string;
  /** 1-based line where the object's document starts in `output`. */
  line: number;
  value: Record<string, unknown>;
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  /** Helm's `# Source: <chart>/templates/x.yaml` above the document, when there is one. */
  helmSource?: string;
}

/**
 * Reads the outputs of every target that rendered (`status: ok`) with core's fast reader for
 * machine-written YAML (`parseRenderedYaml`): findings point at source files, not at render/,
 * so these documents need values and starts, not the comment-keeping Document.
 * An output that is missing or unreadable is an error finding on its target, not a crash.
 */
export function readRendered(
  repo: string,
  targets: readonly IndexEntry[],
): {
  resources: RenderedResource[];
  findings: Finding[];
  /** By target id, the SHA-256 of the bytes parsed: what the per-target cache keys on. */
  digests: Map<string, string>;
} {
  const resources: RenderedResource[] = [];
  const findings: Finding[] = [];
  const digests = new Map<string, string>();
  for (const target of targets) {
    if (target.status !== "ok") continue;
    // resolve: a private render's outputs (a change's scope) lie outside the repository.
    const path = resolve(repo, target.output);
    let documents: RenderedDocument[];
    try {
      const bytes = readFileSync(path);
      documents = parseRenderedYaml(decodeUtf8(bytes, target.output), target.output);
      digests.set(target.id, outputDigest(bytes));
    } catch (err) {
      // Asked only when the read failed: an existsSync per target was a stat per output.
      if (!existsSync(path)) {
        findings.push(renderedError(target, `${target.output} is missing; run "gitops render"`));
        continue;
      }
      if (!(err instanceof UserError)) throw err;
      findings.push(renderedError(target, err.message));
      continue;
    }
    for (const document of documents) {
      const value = document.value;
      if (!isObject(value)) continue;
      const metadata = isObject(value.metadata) ? value.metadata : {};
      const resource: RenderedResource = {
        target,
        output: target.output,
        line: document.line,
        value,
        apiVersion: typeof value.apiVersion === "string" ? value.apiVersion : "",
        kind: typeof value.kind === "string" ? value.kind : "",
        name: typeof metadata.name === "string" ? metadata.name : "",
      };
      if (typeof metadata.namespace === "string") resource.namespace = metadata.namespace;
      const source = /(?:^|\n)\s*Source: (\S+)/.exec(document.comment)?.[1];
      if (source) resource.helmSource = source;
      resources.push(resource);
    }
  }
  return { resources, findings, digests };
}

function renderedError(target: IndexEntry, message: string): Finding {
  return { tool: "lint", rule: "rendered-unreadable", severity: "error", message, target: target.id };
}
