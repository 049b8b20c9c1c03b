import { realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { UserError } from "../../core/src/errors.js";
import { loadYamlFile } from "../../core/src/yaml.js";
import type { InputGraph } from "./graph.js";
import type { ToolFailure } from "./tool-errors.js";

/** Screened files by path, size and mtime: bases shared by many targets are read once per run. */
const screened = new Map<string, UserError | null>();

/**
 * Checks what kustomize and helm will parse for a target before they run. kustomize hangs on an
 * alias bomb, takes minutes on a few megabytes of keys or thousands of documents, and names no
 * file for a duplicate key; helm names no file for a broken values file. The careful loader
 * refuses each at once, with file and line. Plain syntax errors in kustomize's inputs are left to
 * kustomize, which names the file and the line where the construct opened. A file or folder
 * that is a symlink out of the repository is refused unread: Argo CD refuses such repositories,
 * and what it points at must not reach render/ or a message.
 * Returns the first problem, or undefined.
 */
export function screenInputs(graph: InputGraph, repo: string): ToolFailure | undefined {
  const realRepo = realPathOf(repo) ?? repo;
  for (const path of [...graph.dirs, ...graph.files, ...graph.yamlFiles.keys()]) {
    if (!leavesRepo(realRepo, join(repo, path))) continue;
    // kustomize's load restrictor would say the same; this way the file is never read.
    const also = graph.yamlFiles.get(path) === "kustomize" ? ", so outside the kustomization root too" : "";
    return {
      message: `${path} is a symlink to a path outside the repository${also}; copy the file into the repository`,
      file: path,
    };
  }
  for (const [path, tool] of graph.yamlFiles) {
    const err = screenYaml(join(repo, path), path);
    if (!err || (tool === "kustomize" && / invalid YAML: /.test(err.message))) continue;
    const problem: ToolFailure = { message: err.message, file: err.file ?? path };
    if (err.line) problem.line = err.line;
    return problem;
  }
  return undefined;
}

/** True when `path` exists and resolves outside the repository. */
function leavesRepo(realRepo: string, path: string): boolean {
  const real = realPathOf(path);
  if (real === undefined) return false;
  const rel = relative(realRepo, real);
  return rel === ".." || rel.startsWith(".." + sep) || rel.startsWith(sep);
}

/** The careful loader's complaint about a file, or undefined (a missing file is the tool's to report). */
function screenYaml(path: string, display: string): UserError | undefined {
  let key: string;
  try {
    const st = statSync(path);
    if (!st.isFile()) return undefined;
    key = `${path}\0${st.size}\0${st.mtimeMs}`;
  } catch {
    return undefined;
  }
  const cached = screened.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let problem: UserError | null = null;
  try {
    loadYamlFile(path, display);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    problem = err;
  }
  screened.set(key, problem);
  return problem ?? undefined;
}

function realPathOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
