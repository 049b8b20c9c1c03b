/** Promotion between environments: field-level copies, faithful YAML edits, branches, PRs and ChatOps. */
export {
  bump,
  bumpMessage,
  type BumpMode,
  type BumpOptions,
  type BumpResult,
  type BumpStatus,
  type BumpTarget,
} from "./bump.js";
export {
  checkChartVersion,
  checkSourceCommit,
  checkSourceRepository,
  formatImageRef,
  parseImageRef,
  type ImageRef,
} from "./bump-ref.js";
export { runChatOps, type ChatOpsOptions, type ChatOpsResult } from "./chatops-run.js";
export {
  parsePromoteComment,
  permissionProblem,
  readCommentEvent,
  type CommentEvent,
  type PromoteCommand,
} from "./chatops.js";
export {
  loadCodeowners,
  ownersOf,
  parseCodeowners,
  reviewersFor,
  type CodeownersRule,
} from "./codeowners.js";
export { unifiedDiff } from "./diff.js";
export { computeDrift, type Drift, type DriftReport } from "./drift.js";
export { requiredChecksProblem } from "./gate.js";
export { authEnv, Git, type GitOptions } from "./git.js";
export {
  fetchClient,
  GitHubApiError,
  parseRepoSlug,
  repoFromRemoteUrl,
  statusOf,
  type GitHubClient,
  type GitHubRepo,
} from "./github.js";
export { githubFromEnv, tokenFromEnv } from "./github-env.js";
export { planPromotion, type Change, type PlannedFile, type PromotionPlan } from "./plan.js";
export {
  promote,
  type PromoteMode,
  type PromoteOptions,
  type PromoteResult,
  type PromoteStatus,
} from "./promote.js";
export { MAX_PUSH_ATTEMPTS, publish, type PublishOptions, type PublishResult } from "./publish.js";
export { upsertPullRequest, type PullRequestResult, type PullRequestSpec } from "./pull-request.js";
export {
  changesTable,
  commitMessage,
  driftSection,
  promotionBranch,
  promotionTitle,
  pullRequestBody,
} from "./report.js";
export { checkRequest, listOverlays, MAX_SERVICES, rulesFor, type PromotionRequest } from "./services.js";
export { YamlEditor } from "./yaml-edit.js";
export { readField, type PathStep } from "./yaml-lookup.js";
export { renderScalar, scalarText, type ScalarText } from "./scalar.js";
export { changeFindings, promotionSummary } from "./summary.js";
export { commitTree, workTree, type Tree } from "./tree.js";
