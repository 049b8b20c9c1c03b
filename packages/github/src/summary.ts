/**
 * The job summary (the markdown page under a run). Writing it is a report,
 * not the result: when the runner gives no summary file (a local run, an old
 * GHES) or the file cannot be written, the step goes on.
 */
import * as core from "@actions/core";

import { messageOf } from "../../core/src/errors.js";

/**
 * Appends `markdown` to the job summary. Returns false, after a debug line,
 * when `GITHUB_STEP_SUMMARY` is unset, and false with a warning when the
 * file cannot be written.
 */
export async function appendSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug("GITHUB_STEP_SUMMARY is not set; skipping the job summary");
    return false;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
    return true;
  } catch (err) {
    // write() keeps its buffer on failure; drop it so a later summary does
    // not repeat this one.
    core.summary.emptyBuffer();
    core.warning(`Could not write the job summary: ${messageOf(err)}`);
    return false;
  }
}
