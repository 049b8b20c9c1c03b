/**
 * The wrapper every action's `main.ts` calls: it turns what `main` throws
 * into the step's result. A `UserError` is the user's to fix, so the message
 * alone is shown and the step exits 2; anything else is our bug, reported as
 * such with the stack kept to the debug log (codeql-action's model).
 */
import * as core from "@actions/core";

import { ExitCode, isUserError, messageOf } from "../../core/src/errors.js";
import { maskTokens } from "./secrets.js";

/** Exit code for a bug, distinct from 2 so a wrapper script can tell them apart. */
const BUG_EXIT_CODE = 1;

/**
 * Masks the step's tokens, runs `main` and reports its failure. Never rejects, so `main.ts` can call
 * `void runAction(run)`. A `main` that returns normally keeps whatever
 * `process.exitCode` it set (1 for findings).
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  // First, so no line of the run (debug ones included) can show a token unmasked.
  maskTokens();
  try {
    await main();
  } catch (err) {
    if (isUserError(err)) {
      // An error annotation pinned to the file at fault (when known) shows up
      // in the pull request diff, where the fix goes.
      const where = err.file ? { file: err.file, ...(err.line ? { startLine: err.line } : {}) } : {};
      core.error(err.message, where);
      process.exitCode = ExitCode.UsageError;
      return;
    }
    if (err instanceof Error && err.stack) core.debug(err.stack);
    const message = messageOf(err).replace(/\.+$/, "");
    core.setFailed(`Unexpected error: ${message}. This is a bug in gitops-actions; please report it.`);
    process.exitCode = BUG_EXIT_CODE;
  }
}
