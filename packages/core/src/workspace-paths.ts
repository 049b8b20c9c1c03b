/**
 * Findings name files relative to the repository; GitHub places annotations (and code scanning
 * places SARIF results) by paths relative to the workspace. When `repo-path` is a folder of the
 * checkout, its path goes in front; a repository outside the workspace cannot be annotated there,
 * so its paths stay as they are.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";

import type { Finding } from "./finding.js";

/**
 * `findings` with each file relative to `workspace` (the runner's working directory by default)
 * instead of `repoPath`. Absolute files inside the workspace become relative too.
 */
export function findingsInWorkspace<F extends Finding>(
  findings: readonly F[],
  repoPath: string,
  workspace: string = process.cwd(),
): F[] {
  const ws = resolve(workspace);
  const repo = resolve(ws, repoPath);
  return findings.map((f) => {
    if (!f.file) return f;
    const rel = relative(ws, resolve(repo, f.file));
    const outside = rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
    return outside ? f : { ...f, file: rel.split(sep).join("/") };
  });
}
