/**
 * Report files an action writes (SARIF, JUnit, JSON) for later steps: where
 * they go and how they are written, the same for every action.
 */
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeTextAtomic } from "../../core/src/index.js";
import { getString } from "./inputs.js";

/**
 * The path an input names, else `defaultName` under RUNNER_TEMP, which the
 * runner empties after the job, so nothing lands in the user's workspace.
 */
export function reportFilePath(input: string, defaultName: string): string {
  return resolve(getString(input) ?? join(process.env.RUNNER_TEMP ?? tmpdir(), defaultName));
}

/** Writes a report file whole or not at all; a failure names the input that chose the path. */
export function writeReportFile(input: string, path: string, text: string): void {
  writeTextAtomic(path, text, `Input "${input}" (${path})`);
}
