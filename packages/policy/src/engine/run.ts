import type { CelValue } from "@bufbuild/cel";
import type { Finding, Severity } from "../../../core/src/finding.js";
import { toCelValue } from "../cel/values.js";
import type { KindCatalog } from "../k8s/catalog.js";
import type { Namespaces } from "../k8s/namespaces.js";
import { ruleId, type MatchContext, type PolicyBinding } from "../model.js";
import type { EnforcementAction, Resource } from "../types.js";
import { CelValueCache } from "./activation.js";
import type { CompiledPolicy } from "./compile.js";
import { evaluatePolicy, type Outcome } from "./evaluate.js";
import type { ParamIndex } from "./params.js";

/** Objects that share an environment, hence the same Namespaces. */
export interface ResourceGroup {
  env?: string;
  resources: readonly Resource[];
  namespaces: Namespaces;
}

/** A finding about a checked object, with what waivers match on. */
export interface PolicyResult {
  finding: Finding;
  policy: string;
  rule?: string;
  resource?: Resource;
  /** True for violations and evaluation errors: the findings a waiver may cover. */
  waivable: boolean;
}

export interface RunOptions {
  catalog: KindCatalog;
  params: ParamIndex;
  /** The action `.gitops.yaml` sets for a policy in an env, replacing the binding's. */
  enforcement?: (
    policy: string,
    rule: string | undefined,
    env: string | undefined,
  ) => EnforcementAction | undefined;
}

const SEVERITY: Record<EnforcementAction, Severity> = { deny: "error", warn: "warning", audit: "notice" };

/** The severity a binding's actions give: the strongest of Deny (error), Warn (warning), Audit (notice). */
export function severityOf(actions: readonly EnforcementAction[]): Severity {
  if (actions.includes("deny")) return "error";
  if (actions.includes("warn")) return "warning";
  return "notice";
}

/**
 * Evaluates every compiled policy, through each of its bindings (and each selected param), on
 * every object it matches. Returns the findings and how many evaluations ran.
 */
export function runCelPolicies(
  policies: readonly CompiledPolicy[],
  groups: readonly ResourceGroup[],
  options: RunOptions,
): { results: PolicyResult[]; evaluations: number } {
  const results: PolicyResult[] = [];
  let evaluations = 0;
  for (const group of groups) {
    const ctx: MatchContext = { catalog: options.catalog, namespaces: group.namespaces.labels };
    const values = new CelValueCache(options.catalog, group.namespaces);
    for (const resource of group.resources) {
      for (const compiled of policies) {
        const { policy, bindings } = compiled.bound;
        if (!policy.matches(resource, ctx)) continue;
        for (const binding of bindings) {
          if (binding.matches && !binding.matches(resource, ctx)) continue;
          const configured = options.enforcement?.(policy.name, policy.rule, group.env);
          const severity = configured ? SEVERITY[configured] : severityOf(binding.actions);
          const report = (outcome: Outcome) =>
            results.push(toResult(compiled, binding, resource, outcome, severity));
          const params = paramsFor(compiled, binding, resource, options.params);
          if ("error" in params) {
            report({ type: "error", message: params.error, at: binding.at });
            continue;
          }
          if (params.values.length === 0) {
            if (params.deny) {
              report({
                type: "violation",
                message: `no params found for binding ${binding.name} (parameterNotFoundAction Deny)`,
                reason: "Invalid",
                at: binding.at,
              });
            }
            continue;
          }
          const base = values.of(resource, compiled.reads);
          for (const param of params.values) {
            evaluations += 1;
            const outcomes = evaluatePolicy(compiled, { ...base, oldObject: null, params: param });
            for (const outcome of outcomes) report(outcome);
          }
        }
      }
    }
  }
  return { results, evaluations };
}

type Params = { values: CelValue[]; deny: boolean } | { error: string };

/** Params converted to CEL once each. */
const paramValues = new WeakMap<object, CelValue>();

function paramValue(object: object): CelValue {
  let v = paramValues.get(object);
  if (v === undefined) {
    v = toCelValue(object);
    paramValues.set(object, v);
  }
  return v;
}

function paramsFor(
  compiled: CompiledPolicy,
  binding: PolicyBinding,
  resource: Resource,
  index: ParamIndex,
): Params {
  const kind = compiled.bound.policy.paramKind;
  if (!kind) return { values: [null], deny: false };
  if (!binding.paramRef)
    return { error: `binding ${binding.name} sets no paramRef, but the policy has paramKind ${kind.kind}` };
  const found = index.lookup(kind, binding.paramRef, resource);
  if ("error" in found) return found;
  return {
    values: found.params.map((p) => paramValue(p.object)),
    deny: binding.paramRef.notFound === "Deny",
  };
}

function toResult(
  compiled: CompiledPolicy,
  binding: PolicyBinding,
  resource: Resource,
  outcome: Outcome,
  severity: Severity,
): PolicyResult {
  const { policy } = compiled.bound;
  const id = ruleId(policy);
  const via =
    binding.name !== policy.name && binding.name !== policy.rule ? ` (binding ${binding.name})` : "";
  let message: string;
  let sev = severity;
  let waivable = true;
  if (outcome.type === "violation") {
    message = `${id}: ${outcome.message}${via}`;
  } else if (outcome.type === "error") {
    // failurePolicy Fail: an expression that cannot run refuses the object; Ignore lets it through.
    message = `${id}: could not evaluate${via}: ${outcome.message}`;
    if (policy.failurePolicy === "Ignore") {
      sev = "notice";
      message += " (failurePolicy Ignore)";
    }
  } else {
    message = `${id}: audit annotation ${outcome.key}=${outcome.value}${via}`;
    sev = "notice";
    waivable = false;
  }
  const finding: Finding = { tool: "policy", rule: id, severity: sev, message, resource: resource.ref };
  if (resource.origin.target !== undefined) finding.target = resource.origin.target;
  const result: PolicyResult = { finding, policy: policy.name, resource, waivable };
  if (policy.rule !== undefined) result.rule = policy.rule;
  return result;
}
