import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  countBySeverity,
  failsAt,
  toSarif,
  toSummaryMarkdown,
  VERSION,
  writeTextAtomic,
  type Finding,
} from "../../../packages/core/src/index.js";
import {
  collectDrift,
  governance,
  governanceApply,
  GOVERNANCE_RULES,
  isDrift,
  planMarkdown,
  planText,
  syncDriftIssue,
  type DriftIssueResult,
  type LivePlan,
} from "../../../packages/governance/src/index.js";
import type { GitHubClient } from "../../../packages/promote/src/github.js";
import {
  appendSummary,
  emitAnnotations,
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
  const live = mode !== "check" || getBoolean(Inputs.Live, false);
  const failOn = getSeverity(Inputs.FailOn, "error");
  const wantIssue = getBoolean(Inputs.Issue, false);
  const sarifFile = reportFilePath(Inputs.SarifFile, "gitops-governance.sarif");
  const options = { repo: repoPath, env: process.env, ...(token ? { token } : {}) };

  const findings: Finding[] = [];
  const drift: Finding[] = [];
  let plan: LivePlan | undefined;
  if (mode === "apply") plan = await governanceApply(options);
  else {
    if (mode === "check") findings.push(...(await governance({ repo: repoPath })).findings);
    if (live) {
      // Release branches come from the checkout's origin/* refs (fetch-depth 0): no credentials persist for a fetch.
      const d = await collectDrift({ ...options, fetch: false });
      drift.push(...d.findings);
      plan = d.plan;
    }
  }
  findings.push(...drift);
  // Findings name files relative to the repo; annotations need them relative to the workspace.
  const prefix = repoPath.replace(/^\.\/?/, "").replace(/\/+$/, "");
  const shown = findings.map((f) => (prefix && f.file ? { ...f, file: `${prefix}/${f.file}` } : f));
  if (plan)
    info(
      `${plan.repository}: ${plan.summary.create} to create, ${plan.summary.update} to update, ${plan.summary.unchanged} unchanged`,
    );
  emitAnnotations(shown);
  writeReportFile(
    Inputs.SarifFile,
    sarifFile,
    JSON.stringify(
      toSarif(shown, { toolName: "gitops-governance", toolVersion: VERSION, rules: GOVERNANCE_RULES }),
      null,
      2,
    ) + "\n",
  );

  let issue: DriftIssueResult | undefined;
  if (wantIssue && mode !== "apply" && live) {
    const gh = {
      client: getOctokitClient(getString(Inputs.IssueToken) ?? "") as GitHubClient,
      ...repository(),
    };
    const runUrl = process.env.GITHUB_RUN_ID
      ? `${serverUrl()}/${gh.owner}/${gh.repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
      : undefined;
    issue = await syncDriftIssue({
      gh,
      findings: drift,
      ...(plan ? { plan: planText(plan) } : {}),
      ...(runUrl ? { runUrl } : {}),
    });
    info(`drift issue: ${issue.action}${issue.number ? ` #${issue.number}` : ""}`);
  }

  const jsonFile = join(process.env.RUNNER_TEMP ?? tmpdir(), "gitops-governance.json");
  writeTextAtomic(
    jsonFile,
    JSON.stringify(
      {
        findings: shown,
        summary: { mode, ...(plan ? { live: plan.summary } : {}) },
        ...(plan ? { items: plan.items } : {}),
      },
      null,
      2,
    ) + "\n",
  );
  const counts = countBySeverity(shown);
  setOutputs({
    [Outputs.Drift]: String(live && mode !== "apply" && isDrift(drift)),
    [Outputs.Errors]: String(counts.error),
    [Outputs.Warnings]: String(counts.warning),
    [Outputs.SarifFile]: sarifFile,
    [Outputs.JsonFile]: jsonFile,
    [Outputs.IssueNumber]: issue?.number === undefined ? "" : String(issue.number),
    [Outputs.IssueAction]: issue?.action ?? "",
  });
  await appendSummary(
    toSummaryMarkdown(shown, { title: `Governance ${mode}`, check: "governance", failOn }) +
      (plan ? `\n${planMarkdown(plan)}` : ""),
  );
  if (mode === "check" && failsAt(shown, failOn)) process.exitCode = 1;
});
