/** Writing output files so a crash or a full disk never leaves half a file. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { messageOf, UserError } from "../../core/src/index.js";

/**
 * Writes `content` to a temp file beside `path`, then renames it over `path`.
 * Any failure removes the temp file and is a `UserError` naming `shownAs`.
 */
export function writeTextAtomic(path: string, content: string, shownAs = path): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new UserError(`${shownAs}: cannot write: ${messageOf(err)}`, shownAs);
  }
}
