import { countBySeverity, failsAt } from "../../../packages/core/src/index.js";
import {
  appendSummary,
  emitAnnotations,
  getBoolean,
  getGlobs,
  getList,
  getSeverity,
  getString,
  info,
  repository,
  runAction,
  serverUrl,
  setOutputs,
} from "../../../packages/github/src/index.js";
import {
  policySummaryMarkdown,
  relativeToWorkspace,
  runPolicyCheck,
} from "../../../packages/policy/src/index.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const failOn = getSeverity(Inputs.FailOn, "error");
  const policies = getString(Inputs.Policies);
  const exceptions = getString(Inputs.Exceptions);
  // Files, folders or globs; a malformed glob fails here, naming the input.
  const manifests = getGlobs(Inputs.Manifests);
  const environments = getList(Inputs.Environments);

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
