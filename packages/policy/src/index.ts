/**
 * Policy checks: Kubernetes ValidatingAdmissionPolicies and Kyverno CEL policies evaluated
 * in-process, Kyverno pattern rules through the kyverno CLI, Rego through conftest, with
 * per-env enforcement and expiring waivers.
 */
export {
  runPolicyCheck,
  type PolicyCheckOptions,
  type PolicyCheckReport,
  type PolicyCheckStats,
} from "./check.js";
export { policySummaryMarkdown, relativeToWorkspace } from "./summary.js";
export { compileCel, CelCompileError, CelEvalError, type CelProgram } from "./cel/env.js";
export { toCelValue, fromCelValue } from "./cel/values.js";
export { CI_USER, synthesizeRequest } from "./engine/activation.js";
export { loadPolicies, type PolicySet } from "./load/policies.js";
export { loadWaivers, applyWaivers, isExpired, type Waiver } from "./waivers.js";
export { enforcementFor } from "./enforcement.js";
export { KindCatalog } from "./k8s/catalog.js";
export { parseSelector, selectorMatches, type LabelSelector } from "./k8s/selectors.js";
export { conftestArgs, mapConftestOutput, runConftest } from "./adapters/conftest.js";
export { kyvernoArgs, mapKyvernoResults, parseReports, runKyverno } from "./adapters/kyverno.js";
export { placementText, placements, enforcementDrift, type PolicyPlacement } from "./cluster.js";
