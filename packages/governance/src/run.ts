/**
 * The governance modes as the CLI and the action run them: `check` (the offline checks, and with
 * `live` the drift of GitHub's settings and of release/* branches), `plan` (the drift alone) and
 * `apply`. One place, so `gitops governance check --live` and the action's `mode: check, live: true`
 * cannot disagree about what counts.
 */
import type { Finding } from "../../core/src/index.js";
import type { GitHubRepo } from "../../promote/src/github.js";
import { collectDrift, isDrift, syncDriftIssue, type DriftIssueResult } from "./drift-issue.js";
import { governance, type GovernanceSummary } from "./offline.js";
import { governanceApply, planText, type LiveOptions, type LivePlan } from "./live.js";
import type { ReleaseBranchState, ReleaseDriftOptions } from "./release.js";

export type GovernanceMode = "check" | "plan" | "apply";

/** What the live comparison needs: GitHub, and how release branches are read. */
export type DriftOptions = LiveOptions & Pick<ReleaseDriftOptions, "now" | "fetch">;

export interface GovernanceCheckOptions {
  repo: string;
  /** With it, also compare GitHub's rulesets and environments and the release/* branches. */
  live?: DriftOptions;
}

export interface GovernanceCheck {
  /** The offline findings, then the drift. */
  findings: Finding[];
  /** Only the live and release-branch findings (empty without `live`). */
  drift: Finding[];
  summary: GovernanceSummary & {
    live?: LivePlan["summary"];
    releaseBranches?: ReleaseBranchState[];
  };
  plan?: LivePlan;
}

/** `governance check [--live]`: the offline checks and, with `live`, the drift after them. */
export async function governanceCheck(options: GovernanceCheckOptions): Promise<GovernanceCheck> {
  const report = await governance({ repo: options.repo });
  if (!options.live) return { ...report, drift: [] };
  const drift = await collectDrift(options.live);
  return {
    findings: [...report.findings, ...drift.findings],
    drift: drift.findings,
    summary: { ...report.summary, live: drift.plan.summary, releaseBranches: drift.releases.branches },
    plan: drift.plan,
  };
}

export interface GovernanceRunOptions extends DriftOptions {
  mode: GovernanceMode;
  /** With mode check, also compare with GitHub and release branches (plan and apply always do). */
  live: boolean;
}

export interface GovernanceRun {
  mode: GovernanceMode;
  /** Whether GitHub was compared (plan, apply, check with live). */
  live: boolean;
  /** Everything to report: the offline findings (check), then the drift (plan, check with live). */
  findings: Finding[];
  /** The live and release-branch findings alone, for the drift issue. */
  driftFindings: Finding[];
  /** True when plan or check with live found drift (an error); apply reports none. */
  drift: boolean;
  plan?: LivePlan;
}

/** Runs one mode: apply writes GitHub's settings; check and plan only compare. */
export async function runGovernance(options: GovernanceRunOptions): Promise<GovernanceRun> {
  const { mode, live: liveCheck, ...drift } = options;
  const live = mode !== "check" || liveCheck;
  if (mode === "apply") {
    const plan = await governanceApply(drift);
    return { mode, live, findings: [], driftFindings: [], drift: false, plan };
  }
  const checked =
    mode === "check"
      ? await governanceCheck({ repo: options.repo, ...(live ? { live: drift } : {}) })
      : await collectDrift(drift).then((d) => ({ findings: d.findings, drift: d.findings, plan: d.plan }));
  return {
    mode,
    live,
    findings: checked.findings,
    driftFindings: checked.drift,
    drift: live && isDrift(checked.drift),
    ...(checked.plan ? { plan: checked.plan } : {}),
  };
}

/**
 * Opens, updates or closes the one drift issue after a run that compared without writing (plan,
 * check with live); undefined after any other. `where` is asked only then, so a run that keeps no
 * issue needs no issue token or repository.
 */
export async function keepDriftIssue(
  run: GovernanceRun,
  where: () => { gh: GitHubRepo; runUrl?: string | undefined },
): Promise<DriftIssueResult | undefined> {
  if (!run.live || run.mode === "apply") return undefined;
  const { gh, runUrl } = where();
  return syncDriftIssue({
    gh,
    findings: run.driftFindings,
    ...(run.plan ? { plan: planText(run.plan) } : {}),
    ...(runUrl ? { runUrl } : {}),
  });
}
