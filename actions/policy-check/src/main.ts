// Only the runner plumbing is imported up front; the policy engines (CEL, Rego, kyverno's)
// load once the inputs are read.
import { countBySeverity, failsAt } from "../../../packages/core/src/finding.js";
import { emitAnnotations } from "../../../packages/github/src/annotations.js";
import {
  getBoolean,
  getGlobs,
  getList,
  getSeverity,
  getString,
} from "../../../packages/github/src/inputs.js";
import { info } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const failOn = getSeverity(Inputs.FailOn, "error");
  const policies = getString(Inputs.Policies);
  const exceptions = getString(Inputs.Exceptions);
  // Files, folders or globs; a malformed glob fails here, naming the input.
  const manifests = getGlobs(Inputs.Manifests);
  const environments = getList(Inputs.Environments);

  const { policySummaryMarkdown, relativeToWorkspace, runPolicyCheck } =
    await import("../../../packages/policy/src/index.js");
  const report = await runPolicyCheck({
    repo: repoPath,
    ...(policies ? { policies } : {}),
    ...(exceptions ? { exceptions } : {}),
    ...(manifests.length > 0 ? { manifests } : {}),
    ...(environments.length > 0 ? { environments } : {}),
    render: getBoolean(Inputs.Render, true),
  });
  const findings = relativeToWorkspace(report.findings, process.cwd(), repoPath);
  const { stats } = report;
  info(
    `policy check: ${stats.resources} object(s), ${stats.policies} polic${stats.policies === 1 ? "y" : "ies"}, ` +
      `${stats.evaluations} evaluation(s), ${stats.waived} waived`,
  );
  emitAnnotations(findings);
  const counts = countBySeverity(findings);
  setOutputs({
    [Outputs.Findings]: String(findings.length),
    [Outputs.Errors]: String(counts.error),
    [Outputs.Warnings]: String(counts.warning),
    [Outputs.Waived]: String(stats.waived),
    [Outputs.Evaluations]: String(stats.evaluations),
  });
  const { repository, serverUrl } = await import("../../../packages/github/src/context.js");
  const repo = process.env.GITHUB_REPOSITORY ? repository() : undefined;
  await appendSummary(
    policySummaryMarkdown(findings, stats, {
      failOn,
      ...(repo ? { repoUrl: `${serverUrl()}/${repo.owner}/${repo.repo}` } : {}),
      ...(process.env.GITHUB_SHA ? { sha: process.env.GITHUB_SHA } : {}),
    }),
  );
  if (failsAt(findings, failOn)) process.exitCode = 1;
});
