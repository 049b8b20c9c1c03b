/**
 * One sweeper run: the repository's preview ApplicationSets, the preview Applications Argo CD
 * has, which are stale, their deletion when `preview.sweep: delete` says so, and the one issue.
 */
import type { ArgoClient } from "../../argocd/src/client.js";
import { parseDuration } from "../../argocd/src/duration.js";
import { loadModel } from "../../core/src/model/load.js";
import type { GitHubRepo } from "../../promote/src/github.js";
import { PreviewSets } from "./sets.js";
import { pullStateFrom, sweepIssueBody, syncSweepIssue, type SweepIssueAction } from "./sweep-issue.js";
import {
  deleteStalePreviews,
  findStalePreviews,
  sweepSets,
  type PreviewInstance,
  type StalePreview,
} from "./sweep.js";

export interface SweepRunOptions {
  repo: string;
  client: ArgoClient;
  /** For the pull requests' state and the issue; without it only the TTL applies and no issue is kept. */
  github?: GitHubRepo;
  /** Keep the one issue in `github` (default true). */
  keepIssue?: boolean;
  now?: Date;
}

export interface SweepReport {
  previews: PreviewInstance[];
  stale: StalePreview[];
  deleted: string[];
  mode: "report" | "delete";
  ttl: string;
  issue?: { action: SweepIssueAction; number?: number; url?: string };
  /** Why nothing was looked at, when nothing was. */
  message?: string;
}

export async function runSweep(o: SweepRunOptions): Promise<SweepReport> {
  const model = await loadModel(o.repo);
  const { ttl, sweep: mode } = model.config.preview;
  const ttlMs = ttl ? parseDuration(ttl, ".gitops.yaml preview.ttl") : 0;
  const sets = sweepSets(new PreviewSets(model).sets);
  const report: SweepReport = { previews: [], stale: [], deleted: [], mode, ttl };
  if (sets.length === 0) {
    report.message = "no ApplicationSet in the repository has a pullRequest generator: nothing to sweep";
  } else {
    const appNamespace = model.config.argocd.appNamespace;
    const found = await findStalePreviews({
      client: o.client,
      appNamespace,
      sets,
      ttlMs,
      now: o.now ?? new Date(),
      // Without GitHub a pull request counts as open: only the TTL can make it stale.
      pullState: o.github ? pullStateFrom(o.github.client) : () => Promise.resolve("open"),
    });
    report.previews = found.previews;
    report.stale = found.stale;
    if (mode === "delete") report.deleted = await deleteStalePreviews(o.client, found.stale, appNamespace);
  }
  if (o.github && o.keepIssue !== false) {
    const body = report.stale.length > 0 ? sweepIssueBody(report.stale, report.deleted, ttl) : undefined;
    report.issue = await syncSweepIssue(o.github, body);
  }
  return report;
}
