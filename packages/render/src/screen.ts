import { realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { UserError } from "../../core/src/errors.js";
import { readDocuments, type DocumentReader } from "../../core/src/model/read.js";
import { loadYamlFile } from "../../core/src/yaml.js";
import type { InputGraph } from "./graph.js";
import type { ToolFailure } from "./tool-errors.js";

/**
 * Checks what kustomize and helm will parse for a target before they run. kustomize hangs on an
 * alias bomb, takes minutes on a few megabytes of keys or thousands of documents, and names no
 * file for a duplicate key; helm names no file for a broken values file. The careful loader
 * refuses each at once, with file and line. Plain syntax errors in kustomize's inputs are left to
 * kustomize, which names the file and the line where the construct opened. A file or folder
 * that is a symlink out of the repository is refused unread: Argo CD refuses such repositories,
 * and what it points at must not reach render/ or a message.
 * Files are read with `read`, the repository model's reader, so a file the model already parsed
 * (every kustomization) is not parsed again, and a base shared by many targets is parsed once.
 * Returns the first problem, or undefined.
 */
export function screenInputs(
  graph: InputGraph,
  repo: string,
  read: DocumentReader = readDocuments,
): ToolFailure | undefined {
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
    const err = screenYaml(join(repo, path), path, read);
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

/**
 * Why a file must not reach the tool, or undefined (a missing file is the tool's to report). The
 * fast reader refuses all the careful loader does (size, documents, depth, aliases, duplicate
 * keys) and more, so a file it reads is fine; only a refused one goes to the careful loader, whose
 * wording names file and line the way every other message does, and whose verdict stands.
 */
function screenYaml(path: string, display: string, read: DocumentReader): UserError | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
  } catch {
    return undefined;
  }
  try {
    read(path, display);
    return undefined;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
  }
  try {
    loadYamlFile(path, display);
    return undefined;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return err;
  }
}

function realPathOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
