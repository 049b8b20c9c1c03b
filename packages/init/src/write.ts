import { existsSync, realpathSync, rmdirSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { messageOf, UserError, writeAtomic } from "../../core/src/index.js";
import type { PlannedFile } from "./plan.js";

/**
 * Writes the `add` files of a plan. Each file is written atomically (a temp file renamed over
 * the path); when one fails, the files and folders this run already created are removed again,
 * so an error leaves the repository as it was. A path whose folder leads out of the repository
 * (a symlinked `.github/`) is refused before anything is written.
 */
export function writePlan(repo: string, files: readonly PlannedFile[]): void {
  const writes = files.flatMap((f) => f.writes);
  for (const w of writes) insideRepo(repo, w.path);
  const created: string[] = [];
  const createdDirs: string[] = [];
  try {
    for (const w of writes) {
      const abs = join(repo, w.path);
      for (let d = dirname(abs); !existsSync(d); d = dirname(d)) createdDirs.push(d);
      if (existsSync(abs)) throw new Error("appeared while init ran; left as it is");
      writeAtomic(abs, w.content);
      created.push(abs);
    }
  } catch (err) {
    for (const abs of created.reverse()) rmSync(abs, { force: true });
    for (const d of [...new Set(createdDirs)].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(d);
      } catch {
        // not empty or already gone: leave it
      }
    }
    const failed = writes[created.length]?.path ?? "";
    throw new UserError(`${failed}: cannot write: ${messageOf(err)}; nothing was written`, failed);
  }
}

/** Refuses a path whose nearest existing folder resolves outside the repository. */
function insideRepo(repo: string, path: string): void {
  const root = realpathSync(repo);
  let d = dirname(join(repo, path));
  while (!existsSync(d)) d = dirname(d);
  const rel = relative(root, realpathSync(d));
  if (rel === ".." || rel.startsWith(`..${sep}`)) {
    throw new UserError(
      `${path}: its folder leads out of the repository (a symlink); nothing was written`,
      path,
    );
  }
}
