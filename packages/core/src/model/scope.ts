import { existsSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { CONFIG_FILE } from "../config.js";
import { UserError } from "../errors.js";
import { affectedTargets } from "./graph.js";
import type { InputGraph, RepoModel } from "./types.js";

/**
 * What a list of changed files asks a check to look at: a pre-commit hook hands a check the
 * staged files, and the check then covers only the targets those files feed.
 */
export interface ChangeScope {
  /** The files, relative to the repository, `/`-separated. */
  files: Set<string>;
  /** Folders given, relative to the repository ("" for the repository itself). */
  folders: string[];
  /** Targets whose input graph holds one of the files (every target when the config changed). */
  targets: Set<string>;
}

/**
 * The scope of `paths` (relative to `cwd`, as a hook or a shell passes them). A path outside the
 * repository or one that does not exist is a usage error naming it. `everything` names further
 * repo-relative paths (a check's own config: the policies folder, say) whose change affects all
 * targets, as `.gitops.yaml` always does.
 */
export function changeScope(
  model: RepoModel,
  paths: readonly string[],
  options: { cwd?: string; everything?: (file: string) => boolean } = {},
): ChangeScope {
  const { files, folders } = repoPaths(model.repo, paths, options.cwd);
  const all =
    folders.includes("") || [...files].some((f) => f === CONFIG_FILE || options.everything?.(f) === true);
  const graphs = new Map<string, InputGraph>(model.targets.map((t) => [t.id, model.graph(t.id)]));
  if (all) return { files, folders, targets: new Set(model.targets.map((t) => t.id)) };
  const targets = affectedTargets(model.targets, graphs, [...files]);
  // A folder feeds a target when the target reads anything under it.
  for (const [id, g] of graphs) {
    const read = [...g.files, ...g.dirs];
    if (folders.some((f) => read.some((r) => isUnder(r, f) || isUnder(f, r)))) targets.add(id);
  }
  return { files, folders, targets };
}

/** True when `file` is `dir` or lies under it (both repo-relative). */
export function isUnder(file: string, dir: string): boolean {
  const d = dir.replace(/\/+$/, "");
  return d === "" || d === "." || file === d || file.startsWith(`${d}/`);
}

/**
 * `paths` (relative to `cwd`) as repo-relative files and folders. A path outside the repository
 * or one that does not exist is a usage error naming it.
 */
export function repoPaths(
  repo: string,
  paths: readonly string[],
  cwd: string = process.cwd(),
): { files: Set<string>; folders: string[] } {
  const files = new Set<string>();
  const folders: string[] = [];
  for (const p of paths) {
    const rel = repoRelative(repo, cwd, p);
    if (statSync(resolve(repo, rel)).isDirectory()) folders.push(rel);
    else files.add(rel);
  }
  return { files, folders };
}

function repoRelative(repo: string, cwd: string, path: string): string {
  if (path === "") throw new UserError("an empty path was given");
  const abs = resolve(cwd, path);
  const rel = relative(resolve(repo), abs);
  if (rel.startsWith("..") || isAbsolute(rel))
    throw new UserError(`${path} is not a file of the repository ${repo}`, path);
  if (!existsSync(abs)) throw new UserError(`${path} does not exist`, path);
  return rel.split(sep).join("/");
}

/** True when a finding is about the scope: one of its targets, or a file given or under a folder given. */
export function inScope(scope: ChangeScope, finding: { target?: string; file?: string }): boolean {
  if (finding.target !== undefined && scope.targets.has(finding.target)) return true;
  const file = finding.file;
  return file !== undefined && (scope.files.has(file) || scope.folders.some((d) => isUnder(file, d)));
}
