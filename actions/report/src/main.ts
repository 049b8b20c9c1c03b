// Only the runner plumbing is imported up front; the shard reader loads once the inputs are
// read, the event and GitHub client after the summary is written.
import { resolve } from "node:path";
import { countBySeverity } from "../../../packages/core/src/finding.js";
import { MAX_SHARDS } from "../../../packages/core/src/shards.js";
import { emitAnnotations } from "../../../packages/github/src/annotations.js";
import {
  getBoolean,
  getEnum,
  getInteger,
  getSeverity,
  getString,
} from "../../../packages/github/src/inputs.js";
import { warning } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import { COMMENT_MARKER, Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const [{ writeReportFile }, { reportShards }] = await Promise.all([
    import("../../../packages/github/src/report-files.js"),
    import("../../../packages/validate/src/index.js"),
  ]);
  const check = getEnum(Inputs.Check, ["lint", "policy", "render", "validate"] as const, "validate");
  const sarifFile = getString(Inputs.SarifFile) ?? "";
  // Every input is read before any output, so a bad one fails the step with nothing reported.
  const comment = getBoolean(Inputs.Comment, false);
  const report = reportShards({
    check,
    resultsDir: getString(Inputs.ResultsDir, { default: "gitops-results" }),
    expectedShards: getInteger(Inputs.ExpectedShards, { default: 0, min: 0, max: MAX_SHARDS }),
    failOn: getSeverity(Inputs.FailOn, "error"),
    needsJson: getString(Inputs.Needs, { default: "{}" }),
  });
  emitAnnotations(report.annotate);
  if (sarifFile)
    writeReportFile(Inputs.SarifFile, resolve(sarifFile), JSON.stringify(report.sarif, null, 2) + "\n");
  const counts = countBySeverity(report.findings);
  setOutputs({
    [Outputs.Errors]: String(counts.error),
    [Outputs.Warnings]: String(counts.warning),
    [Outputs.SarifFile]: sarifFile,
  });
  await appendSummary(report.markdown);
  const { pullRequestFromEvent, repository, getOctokitClient } =
    await import("../../../packages/github/src/context.js");
  const pr = pullRequestFromEvent();
  if (comment && report.comment !== undefined && pr) {
    const { owner, repo } = repository();
    try {
      const { upsertStickyComment } = await import("../../../packages/github/src/comment.js");
      const octokit = getOctokitClient(getString(Inputs.GitHubToken, { required: true }));
      await upsertStickyComment(octokit, {
        owner,
        repo,
        issueNumber: pr.number,
        marker: COMMENT_MARKER,
        body: report.comment,
      });
    } catch (err) {
      // A fork's read-only token cannot comment; the check result still stands.
      warning(`Could not post the validate comment: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (report.failed) process.exitCode = 1;
});
