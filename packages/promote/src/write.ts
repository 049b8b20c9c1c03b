/**
 * Writing promoted files into the working tree without leaving anything
 * half-written: every new file is written beside its target first, and
 * only when all are written are they renamed over the originals.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { messageOf, UserError } from "../../core/src/index.js";
import type { PlannedFile } from "./plan.js";

/**
 * Writes `files` (paths relative to `repo`) through temporary files and renames.
 * A symlinked file is written through to the file it links to (as it was read),
 * so the link stays a link. A failure is a `UserError` naming the file; no
 * temporary file is left behind.
 */
export function writeFilesAtomically(repo: string, files: readonly PlannedFile[]): void {
  const staged: [temp: string, target: string, path: string][] = [];
  const removeStaged = () => {
    for (const [temp] of staged) rmSync(temp, { force: true });
  };
  // A fresh suffix per run: a temp file left by a killed run (same pid in a container) never blocks this one.
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
  for (const f of files) {
    try {
      const target = f.created ? newTarget(repo, f.path) : realTarget(repo, f.path);
      const temp = `${target}.gitops-promote-${suffix}.tmp`;
      staged.push([temp, target, f.path]);
      writeFileSync(temp, f.after, { flag: "wx" });
      if (!f.created) chmodSync(temp, statSync(target).mode & 0o777);
    } catch (err) {
      removeStaged();
      throw err instanceof UserError
        ? err
        : new UserError(`${f.path}: cannot write: ${messageOf(err)}`, f.path);
    }
  }
  for (const [i, [temp, target, path]] of staged.entries()) {
    try {
      renameSync(temp, target);
    } catch (err) {
      removeStaged();
      const done = staged.slice(0, i).map(([, , p]) => p);
      throw new UserError(
        `${path}: cannot write: ${messageOf(err)}` +
          (done.length ? `; already promoted: ${done.join(", ")} (git checkout -- them to undo)` : ""),
        path,
      );
    }
  }
}

/** Where a new file goes: its folder must resolve inside the repo, and nothing may be there yet. */
function newTarget(repo: string, path: string): string {
  const dir = realpathSync(join(repo, dirname(path)));
  const rel = relative(realpathSync(repo), dir);
  if (rel === ".." || rel.startsWith(`..${sep}`) || rel.startsWith(sep)) {
    throw new UserError(
      `${path}: its folder resolves outside the repository; promote will not write there`,
      path,
    );
  }
  const target = join(dir, basename(path));
  if (existsSync(target))
    throw new UserError(`${path}: appeared while promoting; run the promotion again`, path);
  return target;
}

/** The file to replace for `path`: itself, or what its symlink points at, which must be in the repo. */
function realTarget(repo: string, path: string): string {
  const target = realpathSync(join(repo, path));
  const rel = relative(realpathSync(repo), target);
  if (rel === ".." || rel.startsWith(`..${sep}`) || rel.startsWith(sep)) {
    throw new UserError(
      `${path} is a symlink to a file outside the repository; promote will not write there`,
      path,
    );
  }
  return target;
}
