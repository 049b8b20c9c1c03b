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
