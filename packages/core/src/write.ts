/** Writing output files so that a crash, a kill or a full disk never leaves half a file. */
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { messageOf, UserError } from "./errors.js";

/**
 * Writes `content` to a temp file beside `path`, then renames it over `path`:
 * a reader sees the old file or the new one, never half of one. A failure
 * removes the temp file and rethrows.
 */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * `writeAtomic` for a file the user named (an option, an input, a config
 * value): a failure is a `UserError` naming `shownAs` and the path.
 */
export function writeTextAtomic(path: string, content: string, shownAs = path): void {
  try {
    writeAtomic(path, content);
  } catch (err) {
    throw new UserError(`${shownAs}: cannot write: ${messageOf(err)}`);
  }
}
