/**
 * `mode: sweep`, for a scheduled run: the preview Applications whose pull request is closed or
 * that outlived `preview.ttl`, in one issue, deleted when `preview.sweep: delete` says so.
 */
import { UserError } from "../../../packages/core/src/index.js";
import {
  appendSummary,
  getString,
  info,
  repoClient,
  setOutputs,
} from "../../../packages/github/src/index.js";
import { runSweep, sweepLogLines, sweepSummaryMarkdown } from "../../../packages/preview/src/index.js";
import { argoFromInputs } from "./argo.js";
import { Inputs, Outputs } from "./names.js";

export async function sweep(repoPath: string): Promise<void> {
  const argo = argoFromInputs(repoPath);
  if (!argo)
    throw new UserError(
      `mode sweep needs Argo CD: set the ${Inputs.ArgoCdToken} input (and ${Inputs.ArgoCdServer})`,
    );
  const token = getString(Inputs.GitHubToken);
  const report = await runSweep({
    repo: repoPath,
    client: argo.client,
    ...(token ? { github: repoClient(token) } : {}),
  });
  for (const line of sweepLogLines(report)) info(line);
  setOutputs({
    [Outputs.Status]: "swept",
    [Outputs.Count]: String(report.previews.length),
    [Outputs.Stale]: report.stale.map((p) => p.name),
    [Outputs.Deleted]: report.deleted,
    [Outputs.Issue]: report.issue?.number !== undefined ? String(report.issue.number) : "",
  });
  await appendSummary(sweepSummaryMarkdown(report));
}
