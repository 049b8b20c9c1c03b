// Policies run twice: here in CI, and in the cluster once an Application deploys them. The two
// must enforce the same rules the same way, or a change CI passes is refused at sync (or the
// other way round).
import type { Finding } from "../../core/src/finding.js";
import type { PolicyConfig } from "../../core/src/config.js";
import type { RepoModel } from "../../core/src/model/types.js";
import { enforcementFor } from "./enforcement.js";
import type { PolicySet } from "./load/policies.js";
import type { EnforcementAction, Resource } from "./types.js";

const POLICY_KINDS = new Set(["ValidatingAdmissionPolicy", "ClusterPolicy", "Policy", "ValidatingPolicy"]);

/** Where one policy runs. */
export interface PolicyPlacement {
  kind: string;
  name: string;
  /** In the policies folder, so `gitops policy` runs it. */
  ci: boolean;
  /** Envs whose Applications deploy a target that renders it. */
  cluster: string[];
}

/**
 * Each policy's placement: CI (it is in the policies folder) and the cluster envs whose deployed
 * targets render it. A policy only in a rendered target is enforced by the cluster alone.
 */
export function placements(
  set: PolicySet,
  rendered: readonly Resource[],
  model: RepoModel,
): PolicyPlacement[] {
  const out = new Map<string, PolicyPlacement>();
  const at = (kind: string, name: string) => {
    const key = `${kind}/${name}`;
    let p = out.get(key);
    if (!p) out.set(key, (p = { kind, name, ci: false, cluster: [] }));
    return p;
  };
  for (const b of set.cel) at(b.policy.kind, b.policy.name).ci = true;
  for (const r of set.kyvernoRules) at("ClusterPolicy", r.policy).ci = true;
  const deployed = new Map(model.targets.map((t) => [t.id, t.applications.length > 0 ? t.env : undefined]));
  for (const r of rendered) {
    if (!POLICY_KINDS.has(r.ref.kind) || !r.origin.target) continue;
    const env = deployed.get(r.origin.target);
    if (env === undefined) continue;
    const p = at(r.ref.kind, r.ref.name);
    const name = env === "" ? "every env" : env;
    if (!p.cluster.includes(name)) p.cluster.push(name);
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind));
}

/** One line per policy: where it runs. */
export function placementText(list: readonly PolicyPlacement[]): string {
  const width = Math.max(0, ...list.map((p) => p.name.length));
  return list
    .map((p) => {
      const where =
        p.ci && p.cluster.length > 0
          ? `CI and cluster (${p.cluster.join(", ")})`
          : p.ci
            ? "CI only: no Application deploys it"
            : `cluster only (${p.cluster.join(", ")}): not in the policies folder, so CI never runs it`;
      return `${p.name.padEnd(width)}  ${p.kind.padEnd(25)}  ${where}\n`;
    })
    .join("");
}

/**
 * Bindings and Kyverno policies rendered for an env that enforce otherwise than
 * `policy.enforcement` says for that env: CI would deny what the cluster lets through (or warn
 * about what the cluster refuses).
 */
export function enforcementDrift(
  rendered: readonly Resource[],
  config: PolicyConfig,
): { finding: Finding; resource: Resource }[] {
  const wanted = enforcementFor(config.enforcement);
  const out: { finding: Finding; resource: Resource }[] = [];
  for (const r of rendered) {
    const env = r.origin.env;
    if (!env) continue;
    const spec = (r.object.spec ?? {}) as Record<string, unknown>;
    if (r.ref.kind === "ValidatingAdmissionPolicyBinding") {
      const policy = typeof spec.policyName === "string" ? spec.policyName : "";
      const action = wanted(policy, undefined, env);
      const actions = Array.isArray(spec.validationActions) ? spec.validationActions.map(String) : [];
      if (action && !bindingEnforces(actions, action))
        out.push(
          drift(
            r,
            env,
            `validationActions [${actions.join(", ")}]`,
            action,
            `validationActions: [${cap(action)}]`,
          ),
        );
    } else if (
      (r.ref.kind === "ClusterPolicy" || r.ref.kind === "Policy") &&
      r.ref.apiVersion.startsWith("kyverno.io/")
    ) {
      const action = wanted(r.ref.name, undefined, env);
      const failure =
        typeof spec.validationFailureAction === "string" ? spec.validationFailureAction : "Audit";
      const enforces = failure.toLowerCase() === "enforce";
      if (action && enforces !== (action === "deny"))
        out.push(
          drift(
            r,
            env,
            `validationFailureAction ${failure}`,
            action,
            `validationFailureAction: ${action === "deny" ? "Enforce" : "Audit"}`,
          ),
        );
    }
  }
  return out;
}

function bindingEnforces(actions: readonly string[], action: EnforcementAction): boolean {
  const has = (a: string) => actions.some((x) => x.toLowerCase() === a);
  return action === "deny" ? has("deny") : has(action) && !has("deny");
}

/** The finding has no file yet: the caller points it at the source the object came from. */
function drift(
  r: Resource,
  env: string,
  has: string,
  action: EnforcementAction,
  fix: string,
): { finding: Finding; resource: Resource } {
  const finding: Finding = {
    tool: "policy",
    rule: "policy/cluster-enforcement",
    severity: "warning",
    message: `${r.ref.kind} ${r.ref.name} is deployed to ${env} with ${has}, but policy.enforcement says ${action} there: CI and the cluster would disagree; set ${fix} or change policy.enforcement`,
    ...(r.origin.target ? { target: r.origin.target } : {}),
    resource: r.ref,
  };
  return { finding, resource: r };
}

const cap = (a: string) => `${a.charAt(0).toUpperCase()}${a.slice(1)}`;
