import { UserError } from "../../core/src/index.js";
import { commitExists } from "./diff.js";
import { scanRepository, type SecretScanOptions, type SecretScanReport } from "./scan.js";

/** What the action decides to scan. */
export type ScanPlan =
  | { mode: "full"; reason: string }
  | {
      mode: "diff";
      base: string;
      head: string;
      reason: string;
      /** A push whose `before` may be gone (force push, shallow clone): scan the tree instead of failing. */
      fullIfUnresolvable: boolean;
    }
  | { mode: "none"; reason: string };

/** The action's inputs and event, already read. */
export interface ScanPlanInput {
  scan: "auto" | "full" | "diff";
  base?: string;
  head?: string;
  eventName?: string;
  pullRequest?: { baseSha: string; headSha: string; number: number };
  /** A push event's commits (packages/github `pushFromEvent`). */
  push?: { before?: string; after?: string; deleted: boolean };
}

const ZERO_SHA = /^0+$/;

/**
 * Chooses full-tree or diff mode. A pull request scans `base..head` of the
 * event (unresolvable → the check fails); a push scans `before..after`, and
 * a push with nothing to scan (a deleted branch, no new commits) passes;
 * other events scan the whole tree. `base`/`head` inputs override the event.
 */
export function planScan(input: ScanPlanInput): ScanPlan {
  if (input.scan === "full") return { mode: "full", reason: "scan: full" };
  const head = input.head ?? input.pullRequest?.headSha ?? "HEAD";
  if (input.base) {
    return { mode: "diff", base: input.base, head, reason: `base ${input.base}`, fullIfUnresolvable: false };
  }
  if (input.pullRequest) {
    const pr = input.pullRequest;
    return {
      mode: "diff",
      base: pr.baseSha,
      head: pr.headSha,
      reason: `pull request #${pr.number}`,
      fullIfUnresolvable: false,
    };
  }
  if (input.eventName === "push" && input.push) {
    const { before, after, deleted } = input.push;
    if (deleted || after === undefined || ZERO_SHA.test(after)) {
      return { mode: "none", reason: "the push deleted a branch or tag: nothing to scan" };
    }
    if (before === after) return { mode: "none", reason: "the push added no commits: nothing to scan" };
    if (before !== undefined && !ZERO_SHA.test(before)) {
      return { mode: "diff", base: before, head: after, reason: "push", fullIfUnresolvable: true };
    }
    if (input.scan === "auto") return { mode: "full", reason: "a new branch: the whole tree" };
  }
  if (input.scan === "diff") {
    throw new UserError(
      'Input "scan" is diff, but there is no base: run on pull_request or push events, or set the "base" input',
    );
  }
  return {
    mode: "full",
    reason: input.eventName ? `${input.eventName} event: the whole tree` : "the whole tree",
  };
}

/** The result of a planned scan; no report when there was nothing to scan. */
export interface PlannedScan {
  mode: ScanPlan["mode"];
  report?: SecretScanReport;
  /** Why the scan looks the way it does, for the log and the summary. */
  note: string;
}

/**
 * Runs the scan a plan asks for. A push whose `before` commit is not in the
 * checkout (a force push, a shallow clone) falls back to the whole tree with
 * a note; a pull request's range must resolve, or the scan fails (`UserError`).
 */
export async function runPlannedScan(
  repo: string,
  plan: ScanPlan,
  options: Omit<SecretScanOptions, "base" | "head">,
): Promise<PlannedScan> {
  if (plan.mode === "none") return { mode: "none", note: plan.reason };
  if (plan.mode === "diff") {
    if (plan.fullIfUnresolvable && !(await commitExists(repo, plan.base))) {
      const note = `the push's previous commit ${plan.base.slice(0, 12)} is not in the checkout (force push or shallow clone); scanned the whole tree instead`;
      return { mode: "full", report: await scanRepository(repo, options), note };
    }
    const report = await scanRepository(repo, { ...options, base: plan.base, head: plan.head });
    return { mode: "diff", report, note: plan.reason };
  }
  return { mode: "full", report: await scanRepository(repo, options), note: plan.reason };
}
