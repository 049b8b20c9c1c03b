// Only the runner plumbing is imported up front; the scanner (its rules, git history) and the
// event load once the inputs are read.
import { countBySeverity, failsAt } from "../../../packages/core/src/finding.js";
import { emitAnnotations } from "../../../packages/github/src/annotations.js";
import { getBoolean, getEnum, getSeverity, getString } from "../../../packages/github/src/inputs.js";
import { info } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { maskSecret } from "../../../packages/github/src/secrets.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const [
    { pullRequestFromEvent, pushFromEvent, repository, serverUrl },
    { reportFilePath, writeReportFile },
    { planScan, repoPrefix, runPlannedScan, secretsSarif, secretsSummary, statsLine, withPathPrefix },
  ] = await Promise.all([
    import("../../../packages/github/src/context.js"),
    import("../../../packages/github/src/report-files.js"),
    import("../../../packages/secrets/src/index.js"),
  ]);
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const failOn = getSeverity(Inputs.FailOn, "error");
  const gitopsRules = getBoolean(Inputs.GitopsRules, true);
  const baseline = getString(Inputs.Baseline);
  const ignoreFile = getString(Inputs.IgnoreFile);
  const sarifFile = reportFilePath(Inputs.SarifFile, "gitops-secrets.sarif");
  const plan = planScan({
    scan: getEnum(Inputs.Scan, ["auto", "full", "diff"], "auto"),
    base: getString(Inputs.Base),
    head: getString(Inputs.Head),
    eventName: process.env.GITHUB_EVENT_NAME,
    pullRequest: pullRequestFromEvent(),
    push: pushFromEvent(),
  });

  // Every secret found is masked before anything is printed, so no later step can log it either.
  const result = await runPlannedScan(repoPath, plan, {
    gitopsRules,
    onSecret: maskSecret,
    ...(baseline ? { baseline } : {}),
    ...(ignoreFile ? { ignoreFile } : {}),
  });
  info(`Secret scan: ${result.note}`);
  if (!result.report) {
    setOutputs({
      [Outputs.Findings]: "0",
      [Outputs.Errors]: "0",
      [Outputs.Warnings]: "0",
      [Outputs.Mode]: "none",
    });
    await appendSummary(`## Secret scan\n\n✅ Nothing to scan: ${result.note}.\n`);
    return;
  }
  const { stats, rules } = result.report;
  const findings = withPathPrefix(result.report.findings, repoPrefix(process.cwd(), repoPath));
  info(statsLine(stats));
  emitAnnotations(findings);

  writeReportFile(
    Inputs.SarifFile,
    sarifFile,
    `${JSON.stringify(secretsSarif({ findings, rules }), null, 2)}\n`,
  );
  const counts = countBySeverity(findings);
  setOutputs({
    [Outputs.Findings]: String(findings.length),
    [Outputs.Errors]: String(counts.error),
    [Outputs.Warnings]: String(counts.warning),
    [Outputs.Mode]: result.mode,
    [Outputs.Commits]: stats.commits === undefined ? undefined : String(stats.commits),
    [Outputs.SarifFile]: sarifFile,
  });
  const repo = process.env.GITHUB_REPOSITORY ? repository() : undefined;
  await appendSummary(
    secretsSummary(
      { findings, stats },
      {
        failOn,
        note: result.note,
        ...(repo ? { repoUrl: `${serverUrl()}/${repo.owner}/${repo.repo}` } : {}),
        ...(stats.head || process.env.GITHUB_SHA ? { sha: stats.head ?? process.env.GITHUB_SHA } : {}),
      },
    ),
  );
  if (failsAt(findings, failOn)) {
    info(`Failing: ${counts.error} error(s), ${counts.warning} warning(s); fail-on is ${failOn}.`);
    process.exitCode = 1;
  }
});
