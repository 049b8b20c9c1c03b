/**
 * The changelog action's whole run, so its main.ts only reads inputs and
 * reports: collect, fill PR numbers from the API, write CHANGELOG.md files,
 * compute metrics and the dashboard, and publish releases.
 */
import { git, messageOf } from "../../core/src/index.js";
import { updateChangelogFiles, type FileUpdate } from "./changelog-file.js";
import { collectChangelog } from "./collect.js";
import { dashboardHtml } from "./dashboard.js";
import type { GitHubRepo } from "./github.js";
import { changelogMarkdown, mdCode } from "./markdown.js";
import { metricsMarkdown } from "./metrics-markdown.js";
import type { MetricsReport } from "./metrics.js";
import { collectMetrics, type MetricsOptions } from "./metrics-run.js";
import { fillPullRequests } from "./pulls.js";
import { deployTags } from "./range.js";
import {
  deploymentsOf,
  lastReleasedCommits,
  listReleases,
  publishReleases,
  type ReleaseResult,
} from "./releases.js";
import type { ChangelogReport } from "./types.js";
import { writeTextAtomic } from "../../core/src/write.js";

export interface CiOptions {
  repo: string;
  since?: string;
  environments?: string[];
  services?: string[];
  /** Update changelog/<env>/CHANGELOG.md. */
  write: boolean;
  metrics: boolean;
  /** Where to write the dashboard (implies metrics). */
  dashboard?: string;
  /** The repository on GitHub: PR numbers from the API, and the last release as a start. */
  github?: GitHubRepo;
  /** Publish a release per deployment to this env (needs `github`). */
  releaseEnv?: string;
  maxReleases: number;
  /** Reports a problem that does not stop the run (an API call the token may not make). */
  warn: (message: string) => void;
  /** Metrics: deploys, failed syncs and Degraded periods from Argo CD (metrics-source.ts). */
  argocd?: MetricsOptions["argocd"];
}

export interface CiResult {
  report: ChangelogReport;
  written: FileUpdate[];
  metrics?: MetricsReport;
  releases: ReleaseResult[];
}

/** Runs everything the options ask for, in the order that lets release notes carry PR numbers. */
export async function runChangelogCi(options: CiOptions): Promise<CiResult> {
  const { repo, github } = options;
  const fallbackBases = github ? await releaseBases(github, repo, options.warn) : undefined;
  const report = await collectChangelog({ ...options, fallbackBases });
  if (github) {
    try {
      await fillPullRequests(github, report.entries);
    } catch (err) {
      options.warn(`Could not look up pull request numbers: ${messageOf(err)}`);
    }
  }
  const written = options.write ? updateChangelogFiles(repo, report.entries, report.environments) : [];
  let metrics: MetricsReport | undefined;
  if (options.metrics || options.dashboard) {
    // The action's token dates the source commits of image bumps it can see; others keep the git measure.
    metrics = await collectMetrics({
      repo,
      ...(options.since !== undefined ? { since: options.since } : {}),
      ...(options.environments ? { environments: options.environments } : {}),
      ...(options.services ? { services: options.services } : {}),
      ...(github ? { github: { client: github.client, server: "the GitHub API" } } : {}),
      ...(options.argocd ? { argocd: options.argocd } : {}),
    });
    if (options.dashboard) writeTextAtomic(options.dashboard, dashboardHtml(metrics));
  }
  let releases: ReleaseResult[] = [];
  if (github && options.releaseEnv) {
    releases = await publishReleases(github, {
      deployments: deploymentsOf(report.entries, options.releaseEnv),
      max: options.maxReleases,
      localTags: await deployTags(repo, options.releaseEnv),
    });
  }
  return { report, written, metrics, releases };
}

/**
 * Per env, the commit of its newest release when the clone has it: where the
 * range starts when the deploy tags were not fetched. Best effort: a token
 * that may not list releases only costs a warning.
 */
async function releaseBases(github: GitHubRepo, repo: string, warn: (m: string) => void) {
  let found: Record<string, string>;
  try {
    found = lastReleasedCommits(await listReleases(github));
  } catch (err) {
    warn(`Could not list releases: ${messageOf(err)}`);
    return undefined;
  }
  const present: Record<string, string> = {};
  for (const [env, sha] of Object.entries(found)) {
    const r = await git(repo, ["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
    if (r.code === 0) present[env] = sha;
  }
  return present;
}

/** Largest changelog shown in the job summary; the summary has a 1 MiB cap. */
const SUMMARY_LIMIT = 200_000;

/** The job summary: the changelog, the releases and the metrics. */
export function ciSummaryMarkdown(result: CiResult): string {
  let changelog = changelogMarkdown(result.report);
  if (changelog.length > SUMMARY_LIMIT) {
    changelog = `${changelog.slice(0, SUMMARY_LIMIT)}\n\n_(cut here; the full changelog is in the json-file output)_\n`;
  }
  const parts = [changelog];
  if (result.written.length > 0) {
    parts.push(
      "## CHANGELOG.md files",
      "",
      ...result.written.map((w) => `- ${mdCode(w.file)}: ${w.added ? `${w.added} new` : "up to date"}`),
      "",
    );
  }
  if (result.releases.length > 0) {
    parts.push(
      "## Releases",
      "",
      "| commit | tag | status |",
      "| --- | --- | --- |",
      ...result.releases.map(
        (r) => `| ${mdCode(r.commit.slice(0, 7))} | ${r.tag ? mdCode(r.tag) : "–"} | ${r.status} |`,
      ),
      "",
    );
  }
  if (result.metrics) parts.push(metricsMarkdown(result.metrics));
  return parts.join("\n");
}
