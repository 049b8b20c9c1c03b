/** The deployment changelog, its files and releases, and DORA metrics: everything is re-derived from Git. */
export { collectChangelog, type CollectOptions } from "./collect.js";
export { buildEntries, isoUtc, type Filter } from "./entries.js";
export { changelogMarkdown, mdText, mdCode } from "./markdown.js";
export {
  changelogPath,
  entryBlock,
  entryMarker,
  updateChangelogFiles,
  ENTRIES_MARKER,
  type FileUpdate,
} from "./changelog-file.js";
export { attributionOf, type Attribution, type Component } from "./components.js";
export { fileChanges, tidyChanges, type FileChanges } from "./changes.js";
export { readHistory, parseLog, type HistoryCommit, type ChangedFile } from "./history.js";
export { prFromMessage, revertOf, parsePromotedFrom, subjectOf } from "./messages.js";
export { pinnedIn, type Pinned } from "./versions.js";
export { compareVersions, imageRef, repositoryOf, tagOf } from "./images.js";
export { deployTagPrefix, deployTags, lastDeployTag } from "./range.js";
export {
  computeMetrics,
  type MetricsReport,
  type EnvMetrics,
  type ServiceMetrics,
  type Metrics,
  type LeadTime,
} from "./metrics.js";
export { collectMetrics, type MetricsOptions } from "./metrics-run.js";
export {
  sourceStarts,
  type LeadFrom,
  type LeadStart,
  type SourceLookup,
  type SourceLookupStats,
} from "./source-lead.js";
export { sourceTrailers, sourcesOf, type SourceTrailers } from "./graph.js";
export { dashboardHtml } from "./dashboard.js";
export { metricsMarkdown } from "./metrics-markdown.js";
export { escapeHtml } from "./svg.js";
export type { DurationStats } from "./stats.js";
export { type GitHubClient, type GitHubRepo } from "./github.js";
export { fillPullRequests } from "./pulls.js";
export {
  deploymentsOf,
  lastReleasedCommits,
  listReleases,
  publishReleases,
  releaseMarker,
  releaseNotes,
  releaseTag,
  type Deployment,
  type PublishOptions,
  type ReleaseResult,
} from "./releases.js";
export { runChangelogCi, ciSummaryMarkdown, type CiOptions, type CiResult } from "./ci.js";
export * from "./types.js";
