import { ExitCode, failsAt, formatJson, formatText, UserError } from "../../../core/src/index.js";
import { governance, GOVERNANCE_RULES, signedCommits } from "../../../governance/src/index.js";
import { failOnOption } from "../options.js";
import { writeReportFiles } from "../report-files.js";
import type { Command, CommandContext } from "../command.js";

/** `gitops governance [check]`: the offline governance checks (CODEOWNERS, coverage, required checks, manual prod sync). */
export const governanceCommand: Command = {
  name: "governance",
  summary: "check CODEOWNERS, who owns what reaches prod, the required checks and manual prod sync (offline)",
  help: `Usage: gitops governance [check] [--sarif FILE] [--junit FILE] [--fail-on error|warning|notice]
                         [--json] [--repo DIR]
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

"signed" (needs GitHub): with governance.signedCommits, every commit of pull request N that touches
a protected target (a file of its input graph) is verified by GitHub. Files come from the local
checkout, or from GitHub for commits it lacks. Token: GITHUB_TOKEN or GH_TOKEN; server:
GITHUB_API_URL; repository: --github-repo, GITHUB_REPOSITORY or the origin remote.

Options:
  --sarif FILE          also write a SARIF 2.1.0 report
  --junit FILE          also write a JUnit XML report
  --fail-on SEVERITY    exit 1 at this severity or worse (default error)
  --pr N                (signed) the pull request to check
  --github-repo O/N     (signed) the GitHub repository

Exit codes: 0 clean, 1 findings at --fail-on or worse, 2 bad usage or config, no token, or GitHub
unreachable or refusing.`,
  options: {
    sarif: { type: "string" },
    junit: { type: "string" },
    "fail-on": { type: "string" },
    pr: { type: "string" },
    "github-repo": { type: "string" },
  },
  maxPositionals: 1,
  async run(ctx) {
    const sub = ctx.positionals[0];
    if (sub !== undefined && sub !== "check" && sub !== "signed")
      throw new UserError(`governance: unknown subcommand "${sub}"; use "check" (the default) or "signed"`);
    if (sub === "signed") return runSigned(ctx);
    for (const name of ["pr", "github-repo"])
      if (ctx.options[name] !== undefined)
        throw new UserError(`governance: --${name} is for "governance signed"`);
    const failOn = failOnOption(ctx);
    const report = await governance({ repo: ctx.repo });
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
