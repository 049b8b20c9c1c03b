// Only the runner plumbing is imported up front; lint (schemas, YAML, the model) and the report
// writers load once the inputs are read, so a bad input fails fast.
import { countBySeverity, failsAt } from "../../../packages/core/src/finding.js";
import { VERSION } from "../../../packages/core/src/version.js";
import { findingsInWorkspace } from "../../../packages/core/src/workspace-paths.js";
import { emitAnnotations } from "../../../packages/github/src/annotations.js";
import { getBoolean, getEnum, getSeverity, getString } from "../../../packages/github/src/inputs.js";
import { info } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const { reportFilePath, writeReportFile } = await import("../../../packages/github/src/report-files.js");
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const failOn = getSeverity(Inputs.FailOn, "error");
  const engine = getString(Inputs.SchemaEngine)
    ? getEnum(Inputs.SchemaEngine, ["builtin", "kubeconform"], "builtin")
    : undefined;
  const strict = getString(Inputs.Strict) ? getBoolean(Inputs.Strict, true) : undefined;
  const sarifFile = reportFilePath(Inputs.SarifFile, "gitops-lint.sarif");
  const junitFile = reportFilePath(Inputs.JunitFile, "gitops-lint.junit.xml");

  const [{ lint, LINT_RULES, lintSummaryMarkdown }, { toSarif }, { toJUnitXml }] = await Promise.all([
    import("../../../packages/lint/src/index.js"),
    import("../../../packages/core/src/reporters/sarif.js"),
    import("../../../packages/core/src/reporters/junit.js"),
  ]);
  const report = await lint({
    repo: repoPath,
    kubeVersion: getString(Inputs.KubernetesVersion),
    ...(engine ? { schemaEngine: engine } : {}),
    ...(strict === undefined ? {} : { strict }),
  });
  // Findings name files relative to the repo; annotations need them relative to the workspace.
  const findings = findingsInWorkspace(report.findings, repoPath);
  const s = report.summary;
  info(
    `Linted ${s.resources} resource(s) in ${s.targets} target(s), Kubernetes ${s.kubeVersion} (${s.schemaEngine})`,
  );
  emitAnnotations(findings);
  writeReportFile(
    Inputs.SarifFile,
    sarifFile,
    JSON.stringify(
      toSarif(findings, { toolName: "gitops-lint", toolVersion: VERSION, rules: LINT_RULES }),
      null,
      2,
    ) + "\n",
  );
  writeReportFile(Inputs.JunitFile, junitFile, toJUnitXml(findings, { suiteName: "lint", tools: ["lint"] }));
  const counts = countBySeverity(findings);
  setOutputs({
    [Outputs.Errors]: String(counts.error),
    [Outputs.Warnings]: String(counts.warning),
    [Outputs.Resources]: String(s.resources),
    [Outputs.SarifFile]: sarifFile,
    [Outputs.JunitFile]: junitFile,
  });
  await appendSummary(lintSummaryMarkdown({ findings, summary: s }, { failOn }));
  if (failsAt(findings, failOn)) process.exitCode = 1;
});
