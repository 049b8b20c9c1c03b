// The blueprint deploys `policies/` to every cluster, so CI and admission refuse the same things.
// An env whose cluster runs none of them lets through, at sync time, whatever a hand edit or
// another pipeline applies there: CI's verdict is then only advice.
import type { Finding } from "../../core/src/finding.js";
import type { RepoModel } from "../../core/src/model/types.js";
import type { Resource } from "./types.js";

const POLICY_KINDS = new Set(["ValidatingAdmissionPolicy", "ClusterPolicy", "Policy", "ValidatingPolicy"]);

/**
 * Cluster envs (those with Applications) whose Applications deploy none of the policies CI runs.
 * Only checked once the repo shows it enforces in the cluster: some env deploys policies, or
 * `policy.enforcement` names envs. Before that, every repo without such an Application would get
 * a warning per env for a setup it never chose.
 */
export function envsWithoutPolicies(
  model: RepoModel,
  rendered: readonly Resource[],
  context: { dir: string; policies: number; enforcementEnvs: readonly string[] },
): Finding[] {
  if (context.policies === 0) return [];
  const clusterEnvs = [...new Set(model.applications.map((a) => a.env).filter((e) => e !== ""))].sort();
  if (clusterEnvs.length === 0) return [];
  const envsOf = new Map<string, Set<string>>();
  for (const app of model.applications)
    for (const id of app.targets) {
      let envs = envsOf.get(id);
      if (!envs) envsOf.set(id, (envs = new Set()));
      envs.add(app.env);
    }
  const covered = new Set<string>();
  for (const r of rendered) {
    if (!POLICY_KINDS.has(r.ref.kind) || !r.origin.target) continue;
    for (const env of envsOf.get(r.origin.target) ?? []) covered.add(env);
  }
  // An Application that names no env deploys to whatever cluster it points at: count it everywhere.
  if (covered.has("")) return [];
  const adopted = covered.size > 0 || context.enforcementEnvs.some((e) => clusterEnvs.includes(e));
  if (!adopted) return [];
  return clusterEnvs
    .filter((env) => !covered.has(env))
    .map((env) => ({
      tool: "policy",
      rule: "policy/not-in-cluster",
      severity: "warning" as const,
      message: `env ${env} has Applications but none deploys the policies in ${context.dir}/: CI checks ${context.policies} ${context.policies === 1 ? "policy" : "policies"} that the ${env} cluster never enforces; add an Application for ${env} whose source path is ${context.dir}`,
      file: context.dir,
    }));
}

/** The envs `policy.enforcement` names (besides `*`). */
export function enforcementEnvs(enforcement: Record<string, Record<string, unknown>>): string[] {
  return [...new Set(Object.values(enforcement).flatMap((byEnv) => Object.keys(byEnv)))].filter(
    (e) => e !== "*",
  );
}
