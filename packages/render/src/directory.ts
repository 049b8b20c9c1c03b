import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { minimatch } from "minimatch";
import { loadYamlFile } from "../../core/src/yaml.js";
import type { RenderSpec } from "./spec.js";

type DirectorySpec = Extract<RenderSpec, { type: "directory" }>;

const MANIFEST = /\.(ya?ml|json)$/i;

/**
 * Renders a plain manifest folder as Argo CD's directory source does: every
 * YAML and JSON file (recursively when `recurse`), filtered by the `include`
 * and `exclude` globs, in path order. Each file is parsed so a broken one fails
 * the target with its own file and line.
 */
export function renderDirectory(spec: DirectorySpec, repo: string): string {
  const parts: string[] = [];
  for (const path of listFiles(spec.dir, spec.recurse)) {
    const rel = relative(spec.dir, path).split("\\").join("/");
    // minimatch understands Argo CD's `{a.yaml,b.yaml}` lists as brace expansion.
    if (spec.include && !minimatch(rel, spec.include.trim())) continue;
    if (spec.exclude && minimatch(rel, spec.exclude.trim())) continue;
    const display = relative(repo, path).split("\\").join("/");
    // The careful loader checks the size before reading: a 50 MB file is refused, not parsed.
    const parsed = loadYamlFile(path, display);
    for (const doc of parsed.documents) {
      if (doc.value !== null) parts.push(doc.doc.toString({ lineWidth: 0 }).replace(/^---\n/, ""));
    }
  }
  return parts.map((p) => `---\n${p.endsWith("\n") ? p : p + "\n"}`).join("");
}

function listFiles(dir: string, recurse: boolean): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isFile() && MANIFEST.test(e.name)) out.push(path);
    else if (e.isDirectory() && recurse) out.push(...listFiles(path, true));
  }
  return out;
}
