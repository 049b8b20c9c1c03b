import type { Finding, SarifRuleInfo } from "../../core/src/index.js";

/** The tool name every governance finding carries. */
export const TOOL = "governance";

/** Rule ids and what each means (the SARIF rule descriptions). */
export const GOVERNANCE_RULES: Record<string, SarifRuleInfo> = {
  "governance/codeowners/missing": {
    description: "The repository has no CODEOWNERS file where GitHub looks for one.",
  },
  "governance/codeowners/ignored": {
    description: "A CODEOWNERS file GitHub ignores because one earlier in its search order exists.",
  },
  "governance/codeowners/too-large": {
    description: "GitHub does not load a CODEOWNERS file of 3 MB or more.",
  },
  "governance/codeowners/invalid-pattern": {
    description: "A CODEOWNERS pattern GitHub does not support; GitHub skips the line.",
  },
  "governance/codeowners/invalid-owner": {
    description:
      "A CODEOWNERS owner that is not @user, @org/team or an email address; GitHub skips the line.",
  },
  "governance/coverage/no-platform": {
    description: "The platform team is unknown: set governance.platform or give CODEOWNERS a `*` line.",
  },
  "governance/coverage/protected-target": {
    description:
      "A target of a protected environment must be owned by the platform team and, for a service, by another owner.",
  },
  "governance/coverage/platform-path": {
    description: "Policies, Argo CD objects and .github/ must be owned by the platform team.",
  },
  "governance/coverage/unowned-target": {
    description: "Every file a target renders from must have a code owner.",
  },
  "governance/coverage/unknown-env": {
    description: "governance.protectedEnvs names an environment the repository does not have.",
  },
  "governance/checks/no-caller": {
    description: "No workflow calls the validate reusable workflow on pull requests to main.",
  },
  "governance/checks/unreadable-workflow": {
    description: "A workflow file could not be read as YAML.",
  },
  "governance/checks/dynamic-name": {
    description: "A caller job name holds an expression, so its check names are known only at run time.",
  },
  "governance/checks/missing": {
    description: "A required check no workflow produces: pull requests would wait for it forever.",
  },
  "governance/checks/extra": {
    description: "A check the validate workflow produces that governance.requiredChecks does not list.",
  },
  "governance/checks/to-require": {
    description: "The check names to mark as required on main.",
  },
  "governance/signed/unverified-commit": {
    description:
      "A pull-request commit that touches a protected target is not verified by GitHub while signedCommits is set.",
  },
  "governance/signed/truncated": {
    description: "GitHub lists only the first 250 commits of a pull request; later ones were not checked.",
  },
  "governance/signed/off": {
    description: "governance.signedCommits is not set, so commit signatures are not checked.",
  },
  "governance/live/ruleset-missing": {
    description:
      "A ruleset the repository describes does not exist on GitHub (`gitops governance apply` creates it).",
  },
  "governance/live/ruleset-drift": {
    description: "A ruleset on GitHub differs from the one the repository describes.",
  },
  "governance/live/ruleset-unmanaged": {
    description: "A repository ruleset on GitHub that no file under .github/rulesets/ describes.",
  },
  "governance/live/environment-missing": {
    description: "A protected environment does not exist on GitHub (`gitops governance apply` creates it).",
  },
  "governance/live/environment-drift": {
    description:
      "A protected GitHub environment's reviewers, wait timer or deployment branch policy differ from the repository's.",
  },
  "governance/sync/automated": {
    description: "An Application of a protected environment syncs automatically while manualProdSync is set.",
  },
};

/** A governance finding; `rule` is given without the `governance/` prefix of the SARIF ids. */
export function finding(
  rule: string,
  severity: Finding["severity"],
  message: string,
  at: Partial<Finding> = {},
): Finding {
  return { tool: TOOL, rule, severity, message, ...at };
}
