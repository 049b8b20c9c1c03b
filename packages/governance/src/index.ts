import type { SarifRuleInfo } from "../../core/src/index.js";
import { GOVERNANCE_RULES as BASE_RULES } from "./rules.js";
import { RELEASE_RULES } from "./release.js";

export * from "./codeowners.js";
export * from "./coverage.js";
export * from "./checks.js";
export * from "./sync.js";
export * from "./signed.js";
export * from "./live.js";
export * from "./live-desired.js";
export * from "./live-plan.js";
export * from "./release.js";
export * from "./drift-issue.js";
export * from "./offline.js";
export * from "./run.js";
export { TOOL } from "./rules.js";

/** Every governance rule id and its SARIF description, the release-branch ones included. */
export const GOVERNANCE_RULES: Record<string, SarifRuleInfo> = { ...BASE_RULES, ...RELEASE_RULES };
