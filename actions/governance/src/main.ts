import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  countBySeverity,
  failsAt,
  toSarif,
  toSummaryMarkdown,
  VERSION,
  writeTextAtomic,
} from "../../../packages/core/src/index.js";
import {
  GOVERNANCE_RULES,
  keepDriftIssue,
  planMarkdown,
  runGovernance,
} from "../../../packages/governance/src/index.js";
import type { GitHubClient } from "../../../packages/promote/src/github.js";
import {
  appendSummary,
  emitAnnotations,
  findingsInWorkspace,
  getBoolean,
  getEnum,
  getOctokitClient,
  getSeverity,
  getString,
  info,
  maskSecret,
  reportFilePath,
  repository,
  runAction,
  serverUrl,
  setOutputs,
  writeReportFile,
} from "../../../packages/github/src/index.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const token = getString(Inputs.GithubToken) ?? "";
  maskSecret(token);
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const mode = getEnum(Inputs.Mode, ["check", "plan", "apply"], "check");
  const failOn = getSeverity(Inputs.FailOn, "error");
  const sarifFile = reportFilePath(Inputs.SarifFile, "gitops-governance.sarif");
  const wantIssue = getBoolean(Inputs.Issue, false);

  const run = await runGovernance({
    repo: repoPath,
    env: process.env,
    ...(token ? { token } : {}),
    mode,
    // live is an option of check only: plan and apply always compare, whatever the input says.
    live: mode === "check" && getBoolean(Inputs.Live, false),
    // Release branches come from the checkout's origin/* refs (fetch-depth 0): no credentials persist for a fetch.
    fetch: false,
  });
  const { plan } = run;
  const findings = findingsInWorkspace(run.findings, repoPath);
  if (plan)
    info(
      `${plan.repository}: ${plan.summary.create} to create, ${plan.summary.update} to update, ${plan.summary.unchanged} unchanged`,
    );
  emitAnnotations(findings);
  const sarif = toSarif(findings, {
    toolName: "gitops-governance",
    toolVersion: VERSION,
    rules: GOVERNANCE_RULES,
  });
  writeReportFile(Inputs.SarifFile, sarifFile, JSON.stringify(sarif, null, 2) + "\n");
  const issue = wantIssue ? await keepDriftIssue(run, issueRepository) : undefined;
  if (issue) info(`drift issue: ${issue.action}${issue.number ? ` #${issue.number}` : ""}`);

  const jsonFile = join(process.env.RUNNER_TEMP ?? tmpdir(), "gitops-governance.json");
  const summary = { mode, ...(plan ? { live: plan.summary } : {}) };
  const doc = { findings, summary, ...(plan ? { items: plan.items } : {}) };
  writeTextAtomic(jsonFile, JSON.stringify(doc, null, 2) + "\n");
  const counts = countBySeverity(findings);
  setOutputs({
    [Outputs.Drift]: String(run.drift),
    [Outputs.Errors]: String(counts.error),
    [Outputs.Warnings]: String(counts.warning),
    [Outputs.SarifFile]: sarifFile,
    [Outputs.JsonFile]: jsonFile,
    [Outputs.IssueNumber]: issue?.number === undefined ? "" : String(issue.number),
    [Outputs.IssueAction]: issue?.action ?? "",
  });
  await appendSummary(
    toSummaryMarkdown(findings, { title: `Governance ${mode}`, check: "governance", failOn }) +
      (plan ? `\n${planMarkdown(plan)}` : ""),
  );
  if (mode === "check" && failsAt(findings, failOn)) process.exitCode = 1;
});

/** The drift issue's repository, with the issue token (the job's GITHUB_TOKEN by default). */
function issueRepository() {
  const gh = {
    client: getOctokitClient(getString(Inputs.IssueToken) ?? "") as GitHubClient,
    ...repository(),
  };
  const run = process.env.GITHUB_RUN_ID;
  return { gh, runUrl: run ? `${serverUrl()}/${gh.owner}/${gh.repo}/actions/runs/${run}` : undefined };
}
