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
  checkSourceCommitDate,
  checkSourceRepository,
  formatImageRef,
  parseImageRef,
  type ImageRef,
} from "./bump-ref.js";
export { runChatOps, type ChatOpsOptions, type ChatOpsResult } from "./chatops-run.js";
export {
  handleArgoComment,
  parseWords,
  type ArgoChatOptions,
  type ArgoChatResult,
  type SyncOutcome,
} from "./chatops-sync.js";
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
export { chainOf, chainText, checkOrder, groupAlias, resolveTargets, type Chain } from "./chain.js";
export { promoteChain, type ChainOptions, type ChainResult } from "./chain-run.js";
export { planDiff, unifiedDiff } from "./diff.js";
export { computeDrift, type Drift, type DriftReport } from "./drift.js";
export { requiredChecksProblem } from "./gate.js";
export {
  checkArgoGate,
  gateRefusal,
  isGated,
  type ArgoAccess,
  type GateEvidence,
  type GateReport,
} from "./gate-argocd.js";
export { GATE_HEADER, gateJson, gateRows, gateSection } from "./gate-evidence.js";
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
export { githubFromEnv, runUrlFromEnv, tokenFromEnv } from "./github-env.js";
export { explainGitHubError, withGitHub } from "./github-errors.js";
export { bumpBranch, type BumpPublishSettings } from "./bump-publish.js";
export { registryOf, resolveDigest, type RegistryOptions } from "./oci-digest.js";
export { promoteGrouped, type EnvPlan, type GroupedResult } from "./publish-grouped.js";
export {
  bumpInClone,
  bumpSummary,
  imageWithDigest,
  type BumpCloneOptions,
  type BumpCloneResult,
} from "./bump-clone.js";
export {
  closeEmptyPullRequest,
  covers,
  openPullRequest,
  pullRequestJson,
  scopeMarker,
  scopeOf,
  type LifecycleResult,
  type MergeMethod,
  type PullScope,
} from "./lifecycle.js";
export { planPromotion, type Change, type PlannedFile, type PromotionPlan, type Unplaced } from "./plan.js";
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
  changeHeads,
  changesTable,
  commitMessage,
  driftRows,
  driftSection,
  nothingLine,
  promotionBranch,
  promotionTitle,
  pullRequestBody,
  unplacedRows,
} from "./report.js";
export {
  checkRequest,
  listOverlays,
  MAX_SERVICES,
  rulesFor,
  soleApp,
  type PromotionRequest,
} from "./services.js";
export { YamlEditor } from "./yaml-edit.js";
export { readField, type PathStep } from "./yaml-lookup.js";
export { renderScalar, scalarText, type ScalarText } from "./scalar.js";
export { changeFindings, promotionSummary } from "./summary.js";
export {
  checkParity,
  PARITY_RULES,
  type ParityDifference,
  type ParityReport,
  type ParityRow,
} from "./parity.js";
export {
  drOnlyEnvs,
  drPairs,
  roleClusters,
  type DrPair,
  type RoleCluster,
} from "../../core/src/model/dr-clusters.js";
export { BODY_LIMIT, diffBudget, renderedDiffSection, type PrDiffInput } from "./pr-diff.js";
export { commitTree, workTree, type Tree } from "./tree.js";
export { chainOutcome, type ChainOutcome } from "./chain-outcome.js";
