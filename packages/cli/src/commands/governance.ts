import { ExitCode, failsAt, formatJson, formatText, UserError } from "../../../core/src/index.js";
import {
  governanceApply,
  governanceCheck,
  GOVERNANCE_RULES,
  liveFindings,
  planText,
  signedCommits,
  type LiveOptions,
} from "../../../governance/src/index.js";
import { failOnOption } from "../options.js";
import { writeReportFiles } from "../report-files.js";
import type { Command, CommandContext } from "../command.js";

/** `gitops governance [check]`: the offline governance checks (CODEOWNERS, coverage, required checks, manual prod sync). */
export const governanceCommand: Command = {
  name: "governance",
  summary: "check CODEOWNERS, required checks and prod sync; plan/apply rulesets and environments as code",
  help: `Usage: gitops governance [check] [--live] [--sarif FILE] [--junit FILE] [--fail-on error|warning|notice]
                         [--json] [--repo DIR]
       gitops governance plan|apply [--github-repo OWNER/NAME] [--token TOKEN] [--json] [--repo DIR]
       gitops governance signed --pr N [--github-repo OWNER/NAME] [same report options]

Checks, with no network access:
  - CODEOWNERS as GitHub reads it (.github/CODEOWNERS, then CODEOWNERS, then docs/CODEOWNERS):
    every line GitHub would skip (unsupported pattern syntax, an owner not @user, @org/team or
    an email), by line and column;
  - every target of a protected env (governance.protectedEnvs, default the last env) is owned by
    the platform team (governance.platform, else the owners of the "*" line) in every file it
    renders from, and a service target's folder also by another owner; policies/, the folders of
    Argo CD objects and .github/ by the platform team; no target has unowned files;
  - a workflow calls validate.yml on pull requests to main, and the checks it produces
    ("<job> / validate", "/ lint", "/ policy", "/ secrets") equal governance.requiredChecks;
  - with governance.manualProdSync, no Application of a protected env has syncPolicy.automated.

"plan", "apply" and "check --live" (need GitHub): rulesets and environments as code. The desired
rulesets are .github/rulesets/*.json (GitHub's ruleset JSON as its UI exports it), else one ruleset
"gitops: main" generated from .gitops.yaml: required_status_checks (the validate check names, or
governance.requiredChecks), pull_request (governance.approvals, default 1, code owner review),
non_fast_forward, deletion, required_signatures (governance.signedCommits) and
required_deployments (governance.requiredDeployments). Each protected env is a GitHub environment
with required reviewers (governance.reviewers, else the platform team), a wait timer
(governance.waitTimer minutes, default 0) and a deployment branch policy of main.
"plan" prints what differs from GitHub; "apply" creates or updates it (only what differs: a second
run writes nothing); "check --live" adds an error finding for each difference (exit 1 on drift).
"check --live" also compares each release/* branch of the origin remote (git ls-remote and fetch, no
GitHub API) with its default branch: both heads are rendered and compared target by target, and a
branch that has rendered differently for longer than governance.releaseBranchMaxAge (default 14d)
is an error. The difference is dated by the oldest commit since the merge-base, on either side, that
changed an input of a differing target (cherry-picked commits left out), else by the merge-base.
The token needs the "Administration" repository permission (read for plan, write for apply) and,
for team reviewers, the organization's "Members" (read).

"signed" (needs GitHub): with governance.signedCommits, every commit of pull request N that touches
a protected target (a file of its input graph) is verified by GitHub. Files come from the local
checkout, or from GitHub for commits it lacks. Token: GITHUB_TOKEN or GH_TOKEN; server:
GITHUB_API_URL; repository: --github-repo, GITHUB_REPOSITORY or the origin remote.

Options:
  --sarif FILE          also write a SARIF 2.1.0 report
  --junit FILE          also write a JUnit XML report
  --fail-on SEVERITY    exit 1 at this severity or worse (default error)
  --pr N                (signed) the pull request to check
  --live                (check) also compare rulesets and environments with GitHub
  --github-repo O/N     (signed, plan, apply, check --live) the GitHub repository
  --token TOKEN         (plan, apply, check --live) instead of GITHUB_TOKEN (which is safer: a
                        command line is visible to other processes)

Exit codes: 0 clean, 1 findings at --fail-on or worse, 2 bad usage or config, no token, or GitHub
unreachable or refusing.`,
  options: {
    sarif: { type: "string" },
    junit: { type: "string" },
    "fail-on": { type: "string" },
    pr: { type: "string" },
    "github-repo": { type: "string" },
    live: { type: "boolean" },
    token: { type: "string" },
  },
  maxPositionals: 1,
  async run(ctx) {
    const sub = ctx.positionals[0];
    if (sub !== undefined && !["check", "signed", "plan", "apply"].includes(sub))
      throw new UserError(
        `governance: unknown subcommand "${sub}"; use "check" (the default), "plan", "apply" or "signed"`,
      );
    if (sub !== "signed" && ctx.options.pr !== undefined)
      throw new UserError(`governance: --pr is for "governance signed"`);
    if (sub !== undefined && sub !== "check" && ctx.options.live !== undefined)
      throw new UserError(`governance: --live is for "governance check"`);
    if (sub === "signed") return runSigned(ctx);
    const live = sub === "plan" || sub === "apply" || ctx.options.live === true;
    for (const name of ["github-repo", "token"])
      if (!live && ctx.options[name] !== undefined)
        throw new UserError(
          `governance: --${name} is for "governance plan", "apply", "check --live" or "signed"`,
        );
    if (sub === "plan" || sub === "apply") return runLive(ctx, sub);
    const failOn = failOnOption(ctx);
    const report = await governanceCheck({ repo: ctx.repo, ...(live ? { live: liveOptions(ctx) } : {}) });
    writeReportFiles(ctx, report.findings, "governance", GOVERNANCE_RULES);
    if (ctx.json) ctx.io.stdout(formatJson(report.findings, { ...report.summary }));
    else {
      const s = report.summary;
      ctx.io.stdout(formatText(report.findings));
      ctx.io.stdout(
        `checked ${s.codeowners ?? "no CODEOWNERS"}, ${s.targets} target(s), protected env(s): ${s.protectedEnvs.join(", ") || "none"}, ${s.checks.length} check name(s)\n`,
      );
    }
    return failsAt(report.findings, failOn) ? ExitCode.Findings : ExitCode.Clean;
  },
};

/** `gitops governance signed --pr N`: unverified PR commits that touch protected targets. */
async function runSigned(ctx: CommandContext): Promise<number> {
  const failOn = failOnOption(ctx);
  const pr = ctx.options.pr;
  if (typeof pr !== "string" || !/^[1-9]\d{0,9}$/.test(pr))
    throw new UserError(
      `governance signed needs --pr with a pull request number${typeof pr === "string" ? `, got "${pr}"` : ""}`,
    );
  const githubRepo = ctx.options["github-repo"];
  const report = await signedCommits({
    repo: ctx.repo,
    pr: Number(pr),
    env: process.env,
    ...(typeof githubRepo === "string" && githubRepo !== "" ? { githubRepo } : {}),
  });
  writeReportFiles(ctx, report.findings, "governance", GOVERNANCE_RULES);
  if (ctx.json) ctx.io.stdout(formatJson(report.findings, { ...report.summary }));
  else {
    const s = report.summary;
    ctx.io.stdout(formatText(report.findings));
    if (s.enabled)
      ctx.io.stdout(
        `checked pull request #${s.pr}: ${s.commits} commit(s), ${s.unverified} unverified, ${s.unverifiedProtected} of them touching protected env(s) ${s.protectedEnvs.join(", ") || "none"}\n`,
      );
  }
  return failsAt(report.findings, failOn) ? ExitCode.Findings : ExitCode.Clean;
}

function liveOptions(ctx: CommandContext): LiveOptions {
  const githubRepo = ctx.options["github-repo"];
  const token = ctx.options.token;
  if (token === "") throw new UserError("governance: --token is empty");
  return {
    repo: ctx.repo,
    env: process.env,
    ...(typeof githubRepo === "string" && githubRepo !== "" ? { githubRepo } : {}),
    ...(typeof token === "string" ? { token } : {}),
  };
}

/** `gitops governance plan|apply`: the difference with GitHub's rulesets and environments, or make it go away. */
async function runLive(ctx: CommandContext, sub: "plan" | "apply"): Promise<number> {
  if (
    ctx.options["fail-on"] !== undefined ||
    ctx.options.sarif !== undefined ||
    ctx.options.junit !== undefined
  )
    throw new UserError(`governance ${sub}: --fail-on, --sarif and --junit are for "governance check"`);
  // plan reports the drift as findings too, so --json keeps the command's { findings, summary } shape.
  const { plan, findings } =
    sub === "plan"
      ? await liveFindings(liveOptions(ctx))
      : { plan: await governanceApply(liveOptions(ctx)), findings: [] };
  if (ctx.json)
    ctx.io.stdout(
      JSON.stringify(
        { findings, summary: { repository: plan.repository, ...plan.summary }, items: plan.items },
        null,
        2,
      ) + "\n",
    );
  else {
    ctx.io.stdout(planText(plan));
    if (sub === "apply") {
      const n = plan.summary.create + plan.summary.update;
      ctx.io.stdout(n === 0 ? "nothing to apply: GitHub matches\n" : `applied ${n} change(s)\n`);
    }
  }
  return ExitCode.Clean;
}
