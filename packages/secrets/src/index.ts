/**
 * The secret scan: credential rules behind a keyword prefilter, the
 * blueprint's secret-handling rules for GitOps manifests, ignore files,
 * baselines, gitleaks configs, full-tree and diff modes, and redacted reports.
 */
export {
  scanRepository,
  type SecretScanOptions,
  type SecretScanReport,
  type SecretScanStats,
} from "./scan.js";
export { SecretScanner, ALLOW_MARKERS, type ScanInput } from "./engine.js";
export { KeywordAutomaton } from "./prefilter.js";
export { BUILTIN_RULES } from "./rules/index.js";
export {
  TOOL,
  type SecretRule,
  type SecretFinding,
  type RawMatch,
  type RuleContext,
  type RuleScope,
} from "./types.js";
export { redact, secretSha256, scrub, MAX_SHOWN_CHARS } from "./redact.js";
export { shannonEntropy, isPlaceholder } from "./values.js";
export { addedInRange, parseLog, unquoteGitPath, type AddedFragment, type ChangeSet } from "./diff.js";
export { loadGitleaksConfig, allowlisted, type GitleaksConfig, type Allowlist } from "./gitleaks.js";
export { goRegex } from "./go-regex.js";
export { loadIgnoreFile, loadBaseline, baselineKey, ignores, type IgnoreEntry } from "./ignore.js";
export { KeyTemplate, LayoutContext, parseRequiredSecrets, checkManifestFile } from "./gitops/index.js";
export {
  secretsSarif,
  secretsSummary,
  statsLine,
  sarifRules,
  withPathPrefix,
  repoPrefix,
  GITOPS_RULE_DESCRIPTIONS,
} from "./report.js";
export { planScan, runPlannedScan, type PlannedScan, type ScanPlan, type ScanPlanInput } from "./plan.js";
