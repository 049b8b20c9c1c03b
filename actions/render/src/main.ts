// Only the runner plumbing is imported up front; the renderer, the event and GitHub client
// load once the inputs are read (the start-up every render job waits for).
import { failsAt } from "../../../packages/core/src/finding.js";
import { toSummaryMarkdown } from "../../../packages/core/src/reporters/summary.js";
import { emitAnnotations } from "../../../packages/github/src/annotations.js";
import { getBoolean, getInteger, getList, getString } from "../../../packages/github/src/inputs.js";
import { info, warning } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import { COMMENT_MARKER, Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const [{ getOctokitClient, pullRequestFromEvent, repository }, { upsertStickyComment }] = await Promise.all(
    [import("../../../packages/github/src/context.js"), import("../../../packages/github/src/comment.js")],
  );
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const pr = pullRequestFromEvent();
  const changedSince = getString(Inputs.ChangedSince) ?? pr?.baseSha;
  const comment = getBoolean(Inputs.Comment, true) && pr !== undefined;
  const concurrency = getString(Inputs.Concurrency)
    ? getInteger(Inputs.Concurrency, { default: 1, min: 1, max: 256 })
    : undefined;
  const token = comment ? getString(Inputs.GitHubToken, { required: true }) : undefined;
  const octokit = token ? getOctokitClient(token) : undefined;

  const { renderForCi, renderSummaryMarkdown } = await import("../../../packages/render/src/index.js");
  const { report, diff } = await renderForCi({
    repo: repoPath,
    environments: getList(Inputs.Environments),
    services: getList(Inputs.Services),
    changedSince,
    diff: comment,
    concurrency,
  });
  const findings = diff?.findings ?? report.findings;
  const failed = report.targets.filter((t) => t.status === "failed").length;
  info(
    `rendered ${report.rendered.length - failed} target(s), ${failed} failed${changedSince ? ` (changed since ${changedSince})` : ""}`,
  );
  emitAnnotations(findings);
  setOutputs({
    [Outputs.Index]: `${repoPath.replace(/\/+$/, "")}/render/index.json`,
    [Outputs.ChangedTargets]: report.rendered,
    [Outputs.Failed]: String(failed),
    [Outputs.DiffFile]: diff ? `${repoPath.replace(/\/+$/, "")}/render/diff.md` : "",
  });
  await appendSummary(
    renderSummaryMarkdown(report) +
      (findings.length > 0
        ? "\n" + toSummaryMarkdown(findings, { title: "Render findings", check: "render" })
        : ""),
  );
  if (diff && pr && octokit) {
    const { owner, repo } = repository();
    try {
      const result = await upsertStickyComment(octokit, {
        owner,
        repo,
        issueNumber: pr.number,
        marker: COMMENT_MARKER,
        body: diff.markdown,
      });
      info(`pull request comment ${result.action}: ${result.url}`);
    } catch (err) {
      // A comment we cannot post (a fork's read-only token) must not fail the render.
      warning(
        `Could not post the rendered diff comment: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  if (failed > 0 || failsAt(findings, "error")) process.exitCode = 1;
});
