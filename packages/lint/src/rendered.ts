import { existsSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../../core/src/errors.js";
import type { Finding } from "../../core/src/finding.js";
import { loadYamlFile, type YamlDocument, type YamlFile } from "../../core/src/yaml.js";
import { isObject } from "../../render/src/argo.js";
import type { IndexEntry } from "../../render/src/output.js";

/** Rendered output is machine-written and can be large: thousands of resources in one file. */
export const RENDERED_LIMITS = {
  maxBytes: 512 * 1024 * 1024,
  maxDocuments: 1_000_000,
  maxAliasCount: 10_000,
};

/** One resource in `render/<id>.yaml`. */
export interface RenderedResource {
  target: IndexEntry;
  file: YamlFile;
  document: YamlDocument;
  value: Record<string, unknown>;
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  /** Helm's `# Source: <chart>/templates/x.yaml` above the document, when there is one. */
  helmSource?: string;
}

/**
 * Reads the outputs of every target that rendered (`status: ok`) with core's YAML loader.
 * An output that is missing or unreadable is an error finding on its target, not a crash.
 */
export function readRendered(
  repo: string,
  targets: readonly IndexEntry[],
): { resources: RenderedResource[]; findings: Finding[] } {
  const resources: RenderedResource[] = [];
  const findings: Finding[] = [];
  for (const target of targets) {
    if (target.status !== "ok") continue;
    const path = join(repo, target.output);
    if (!existsSync(path)) {
      findings.push(renderedError(target, `${target.output} is missing; run "gitops render"`));
      continue;
    }
    let file: YamlFile;
    try {
      file = loadYamlFile(path, target.output, RENDERED_LIMITS);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      findings.push(renderedError(target, err.message));
      continue;
    }
    for (const document of file.documents) {
      const value = document.value;
      if (!isObject(value)) continue;
      const metadata = isObject(value.metadata) ? value.metadata : {};
      const resource: RenderedResource = {
        target,
        file,
        document,
        value,
        apiVersion: typeof value.apiVersion === "string" ? value.apiVersion : "",
        kind: typeof value.kind === "string" ? value.kind : "",
        name: typeof metadata.name === "string" ? metadata.name : "",
      };
      if (typeof metadata.namespace === "string") resource.namespace = metadata.namespace;
      const comment = document.doc.contents?.commentBefore ?? document.doc.commentBefore ?? "";
      const source = /(?:^|\n)\s*Source: (\S+)/.exec(comment)?.[1];
      if (source) resource.helmSource = source;
      resources.push(resource);
    }
  }
  return { resources, findings };
}

function renderedError(target: IndexEntry, message: string): Finding {
  return { tool: "lint", rule: "rendered-unreadable", severity: "error", message, target: target.id };
}
