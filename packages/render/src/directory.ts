import { readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import { minimatch } from "minimatch";
import { UserError } from "../../core/src/errors.js";
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
  for (const path of listFiles(spec.dir, spec.recurse, repo)) {
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

/**
 * The manifest files of a directory source, as Argo CD's repo-server reads
 * them: a symlinked file inside the repository counts, a symlinked folder is
 * not descended, and a symlink that leaves the repository fails the target
 * (Argo CD refuses out-of-bounds symlinks).
 */
function listFiles(dir: string, recurse: boolean, repo: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isSymbolicLink()) {
      if (linkedManifest(path, e.name, repo)) out.push(path);
    } else if (e.isFile() && MANIFEST.test(e.name)) out.push(path);
    else if (e.isDirectory() && recurse) out.push(...listFiles(path, true, repo));
  }
  return out;
}

/** True for a symlink to a manifest file inside the repo; a link out of it is a UserError naming the link. */
function linkedManifest(path: string, name: string, repo: string): boolean {
  const display = relative(repo, path).split("\\").join("/");
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    throw new UserError(`${display} is a symlink to nothing (its target does not exist)`, display);
  }
  const inside = relative(realpathSync(repo), target);
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new UserError(
      `${display} is a symlink to a path outside the repository, which Argo CD refuses; copy the file into the repository`,
      display,
    );
  }
  return MANIFEST.test(name) && statSync(target).isFile();
}
