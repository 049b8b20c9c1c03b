/**
 * `mode: sweep`, for a scheduled run: the preview Applications whose pull request is closed or
 * that outlived `preview.ttl`, in one issue, deleted when `preview.sweep: delete` says so.
 */
import { UserError } from "../../../packages/core/src/index.js";
import {
  appendSummary,
  getOctokitClient,
  getString,
  info,
  repository,
  setOutputs,
} from "../../../packages/github/src/index.js";
import { runSweep, sweepIssueBody } from "../../../packages/preview/src/index.js";
import type { GitHubRepo } from "../../../packages/promote/src/github.js";
import { argoFromInputs } from "./argo.js";
import { Inputs, Outputs } from "./names.js";

export async function sweep(repoPath: string): Promise<void> {
  const argo = argoFromInputs(repoPath);
  if (!argo)
    throw new UserError(
      `mode sweep needs Argo CD: set the ${Inputs.ArgoCdToken} input (and ${Inputs.ArgoCdServer})`,
    );
  const token = getString(Inputs.GitHubToken);
  const github: GitHubRepo | undefined = token
    ? { client: getOctokitClient(token), ...repository() }
    : undefined;
  const report = await runSweep({
    repo: repoPath,
    client: argo.connection.client,
    ...(github ? { github } : {}),
  });
  if (report.message) info(report.message);
  info(
    `${report.previews.length} preview Application(s), ${report.stale.length} stale, ${report.deleted.length} deleted (preview.sweep: ${report.mode})`,
  );
  for (const p of report.stale)
    info(`stale: ${p.name} (${p.reason}${p.pullRequest !== undefined ? `, #${p.pullRequest}` : ""})`);
  if (report.issue)
    info(`sweep issue: ${report.issue.action}${report.issue.url ? ` ${report.issue.url}` : ""}`);
  setOutputs({
    [Outputs.Status]: "swept",
    [Outputs.Count]: String(report.previews.length),
    [Outputs.Stale]: report.stale.map((p) => p.name),
    [Outputs.Deleted]: report.deleted,
    [Outputs.Issue]: report.issue?.number !== undefined ? String(report.issue.number) : "",
  });
  await appendSummary(
    report.stale.length > 0
      ? `### Stale previews\n\n${sweepIssueBody(report.stale, report.deleted, report.ttl).split("\n").slice(1).join("\n")}`
      : `### Stale previews\n\nNone of ${report.previews.length} preview Application(s) is stale.\n`,
  );
}
