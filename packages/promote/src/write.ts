/**
 * Writing promoted files into the working tree without leaving anything
 * half-written: every new file is written beside its target first, and
 * only when all are written are they renamed over the originals.
 */
import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PlannedFile } from "./plan.js";

/** Writes `files` (paths relative to `repo`) through temporary files and renames. */
export function writeFilesAtomically(repo: string, files: readonly PlannedFile[]): void {
  const staged: [string, string][] = [];
  try {
    for (const f of files) {
      const target = join(repo, f.path);
      const temp = `${target}.gitops-promote-${process.pid}.tmp`;
      writeFileSync(temp, f.after, { flag: "wx" });
      staged.push([temp, target]);
      chmodSync(temp, statSync(target).mode & 0o777);
    }
  } catch (err) {
    for (const [temp] of staged) rmSync(temp, { force: true });
    throw err;
  }
  for (const [temp, target] of staged) renameSync(temp, target);
}
