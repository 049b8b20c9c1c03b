import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { outputDigest } from "../../../cache/src/targets.js";
import { UserError } from "../../../core/src/errors.js";
import { expandGlob, globProblem, isGlob } from "../../../core/src/globs.js";
import { walkFiles } from "../../../core/src/walk.js";
import type { Finding } from "../../../core/src/finding.js";
import { parseRenderedYaml, type RenderedDocument } from "../../../core/src/rendered-yaml.js";
import { decodeUtf8 } from "../../../core/src/yaml.js";
import { readIndex, type IndexEntry } from "../../../render/src/index.js";
import { toResource, type Resource } from "../types.js";

/** Rendered output is machine-written and can be large. */
export const LARGE_YAML = { maxBytes: 512 * 1024 * 1024, maxDocuments: 1_000_000, maxAliasCount: 10_000 };

const MANIFEST = /\.(ya?ml|json)$/i;

/** The objects of one rendered target. */
export interface TargetResources {
  entry: IndexEntry;
  resources: Resource[];
  /** The SHA-256 of the bytes `resources` were parsed from: what the per-target cache keys on. */
  sha256: string;
}

/**
 * Reads the outputs of the rendered targets in `render/index.json` (optionally of some envs).
 * A failed or missing output is an error finding on its target: its objects go unchecked, and
 * the run must not pass silently.
 */
export function loadRenderedTargets(
  repo: string,
  environments?: readonly string[],
  only?: ReadonlySet<string>,
  /** The index entries to read, when not render/index.json's (a private render's). */
  entries: readonly IndexEntry[] = readIndex(join(repo, "render")).targets,
): { targets: TargetResources[]; findings: Finding[] } {
  const targets: TargetResources[] = [];
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (environments && !environments.includes(entry.env)) continue;
    if (only && !only.has(entry.id)) continue;
    const unchecked = (why: string) =>
      findings.push({
        tool: "policy",
        rule: "policy/unrendered-target",
        severity: "error",
        message: `${entry.id}: ${why}; its objects were not checked`,
        target: entry.id,
        file: entry.source,
      });
    if (entry.status === "failed") {
      unchecked(`the target failed to render${entry.error ? ` (${entry.error.split("\n")[0] ?? ""})` : ""}`);
      continue;
    }
    const path = resolve(repo, entry.output);
    if (entry.status === "skipped" && entry.error) continue;
    // A target left out of this render (--changed-since, a filter, another shard) has nothing
    // to check unless an earlier run left its output; lint treats it the same way.
    if (entry.status === "skipped" && !existsSync(path)) continue;
    if (!existsSync(path)) {
      unchecked(`${entry.output} is missing`);
      continue;
    }
    const yaml = readManifests(path, entry.output);
    targets.push({
      entry,
      resources: resourcesOf(yaml, { target: entry.id, env: entry.env }),
      sha256: yaml.sha256,
    });
  }
  return { targets, findings };
}

/** A manifest file's documents: its values, where each starts, the comments above it. */
export interface ManifestFile {
  file: string;
  documents: RenderedDocument[];
  /** The SHA-256 of the bytes read. */
  sha256: string;
}

/**
 * Reads a manifest file with core's fast reader (`parseRenderedYaml`): policies need each
 * object's value, its document's first line and Helm's `# Source:` comment, not the
 * comment-keeping Document, and rendered targets hold thousands of objects. Duplicate keys,
 * alias bombs, size and document caps are still refused with `file:line`.
 */
export function readManifests(path: string, file: string): ManifestFile {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UserError(`${file}: cannot read`, file);
  }
  if (size > LARGE_YAML.maxBytes)
    throw new UserError(`${file}: ${size} bytes exceed the rendered-YAML limit`, file);
  const bytes = readFileSync(path);
  const documents = parseRenderedYaml(decodeUtf8(bytes, file), file, LARGE_YAML);
  return { file, documents, sha256: outputDigest(bytes) };
}

/** Objects of a parsed file, with Helm `# Source:` comments kept. */
export function resourcesOf(yaml: ManifestFile, extra: { target?: string; env?: string } = {}): Resource[] {
  const out: Resource[] = [];
  for (const document of yaml.documents) {
    const values = Array.isArray(document.value) ? (document.value as unknown[]) : [document.value];
    for (const value of values) {
      const origin: Resource["origin"] = { file: yaml.file, line: document.line, ...extra };
      const source = /(?:^|\n)\s*Source: (\S+)/.exec(document.comment)?.[1];
      if (source) origin.helmSource = source;
      // A `kind: List` holds its objects in `items`.
      const v = value as { kind?: unknown; items?: unknown } | null;
      const items = v?.kind === "List" && Array.isArray(v.items) ? (v.items as unknown[]) : [value];
      for (const item of items) {
        const r = toResource(item, origin);
        if (r) out.push(r);
      }
    }
  }
  return out;
}

/**
 * Reads manifest files and folders (recursively: *.yaml, *.yml, *.json), like `conftest test`,
 * and globs (`render/apps/**\/*.yaml`). Paths are shown relative to the repo when inside it.
 * A path that does not exist, a bad glob or one that matches nothing is a UserError.
 */
export function loadManifestPaths(repo: string, paths: readonly string[], cwd = process.cwd()): Resource[] {
  const out: Resource[] = [];
  for (const p of paths) {
    if (isGlob(p)) {
      const problem = globProblem(p);
      if (problem !== undefined)
        throw new UserError(`--manifests ${JSON.stringify(p)}: invalid glob: ${problem}`);
      const files = expandGlob(p, cwd);
      if (files.length === 0)
        throw new UserError(`--manifests ${JSON.stringify(p)}: the glob matches no file`);
      for (const file of files) out.push(...resourcesOf(readManifests(file, display(repo, file))));
      continue;
    }
    const abs = isAbsolute(p) ? p : resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UserError(`--manifests ${p}: no such file or folder`, p);
    }
    const files = st.isDirectory() ? [...walkFiles(abs, (name) => MANIFEST.test(name))] : [abs];
    for (const file of files) out.push(...resourcesOf(readManifests(file, display(repo, file))));
  }
  return out;
}

/** Relative to the repo, as every finding's file is; a file outside the repo by its absolute path. */
function display(repo: string, file: string): string {
  const rel = relative(resolve(repo), file);
  return isAbsolute(rel) || rel === ".." || rel.startsWith(`..${sep}`) ? file : rel.split(sep).join("/");
}
