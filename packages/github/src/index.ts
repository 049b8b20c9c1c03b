/**
 * Everything runner-facing, for `actions/<name>/src/main.ts`: the only module
 * tree in the project that imports `@actions/*`.
 */
export { emitAnnotations, type EmitResult } from "./annotations.js";
export {
  upsertStickyComment,
  type Octokit,
  type StickyCommentOptions,
  type StickyCommentResult,
} from "./comment.js";
export {
  apiUrl,
  getOctokitClient,
  pullRequestFromEvent,
  pushFromEvent,
  repoClient,
  repository,
  serverUrl,
  type PullRequestInfo,
  type PushInfo,
  type RepoInfo,
} from "./context.js";
export {
  getBoolean,
  getEnum,
  getGlobs,
  getInteger,
  getList,
  getSeverity,
  getString,
  type IntegerInputOptions,
  type StringInputOptions,
} from "./inputs.js";
export { debug, info, isDebug, warning, withGroup } from "./log.js";
export { addPath, exportVariable, setOutput, setOutputs } from "./outputs.js";
export { reportFilePath, writeReportFile } from "./report-files.js";
export { runAction } from "./run.js";
export { maskSecret, maskTokens } from "./secrets.js";
export { appendSummary } from "./summary.js";
export { mayRunAsCommand, printUntrusted, untrustedBlock } from "./untrusted.js";
export { argocdEnv } from "./argocd-inputs.js";
export { findingsInWorkspace } from "../../core/src/workspace-paths.js";
export { hasStickyComment, postStickyComment } from "./sticky-post.js";
