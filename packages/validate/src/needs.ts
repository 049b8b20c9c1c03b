import { UserError } from "../../core/src/errors.js";

/** A job's outcome as `toJSON(needs)` gives it to a later job. */
export type JobResult = "success" | "failure" | "cancelled" | "skipped";

/**
 * Parses `${{ toJSON(needs) }}` and returns the jobs that did not succeed.
 * Skipped jobs count as not succeeded only when `skippedFails` is set: a
 * render job skipped because there were no targets is fine.
 */
export function unsuccessfulJobs(
  needsJson: string,
  skippedFails = false,
): { job: string; result: JobResult }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(needsJson);
  } catch {
    throw new UserError('Input "needs" must be the JSON of ${{ toJSON(needs) }}');
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new UserError('Input "needs" must be the JSON of ${{ toJSON(needs) }}');
  }
  const out: { job: string; result: JobResult }[] = [];
  for (const [job, value] of Object.entries(parsed as Record<string, { result?: unknown }>)) {
    const result = value.result as JobResult | undefined;
    if (result === "success" || (result === "skipped" && !skippedFails)) continue;
    out.push({ job, result: result ?? "failure" });
  }
  return out;
}
