/**
 * Preview environments: the Applications an ApplicationSet pullRequest generator would create
 * for one pull request, rendered and checked before Argo CD creates them.
 */
export {
  runPreview,
  expandPreview,
  teardownFindings,
  type PreviewOptions,
  type PreviewExpansion,
} from "./run.js";
export { PREVIEW_RULES, type PreviewRule } from "./rules.js";
export { previewUrls } from "./urls.js";
export { parseRequest, type RequestInput } from "./request.js";
export { readPullRequestEvent, type PullRequestEvent } from "./event.js";
export { previewComment, closedComment, COMMENT_MARKER } from "./markdown.js";
export type { PreviewApplication, PreviewReport, PreviewRequest } from "./types.js";
export {
  verifyTeardown,
  waitForPreviews,
  type LiveApp,
  type LiveResult,
  type LiveTarget,
  type TeardownApp,
  type TeardownResult,
} from "./live.js";
export { liveMarkdown, teardownMarkdown, waitingMarkdown } from "./live-markdown.js";
export {
  deleteStalePreviews,
  findStalePreviews,
  namePattern,
  sweepSets,
  type PreviewInstance,
  type PullState,
  type StalePreview,
  type SweepSet,
} from "./sweep.js";
export { pullStateFrom, SWEEP_MARKER, SWEEP_TITLE, sweepIssueBody, syncSweepIssue } from "./sweep-issue.js";
export { runSweep, type SweepReport, type SweepRunOptions } from "./sweep-run.js";
export { sweepLogLines, sweepSummaryMarkdown } from "./sweep-summary.js";
export { previewEvent } from "./event-run.js";
export type { PreviewArgo, PreviewEventOptions, PreviewEventResult, PreviewIo } from "./event-types.js";
