/**
 * The staging gate for a grouped promotion (`promote.prs: grouped`), checked once before the
 * group is published: every env of the group promotes from the same source env. When the gate
 * refuses, each env's plan is reported as refused and nothing is written.
 */
import type { Layout } from "../../core/src/index.js";
import { checkArgoGate, gateRefusal, isGated } from "./gate-argocd.js";
import { promote, type PromoteOptions, type PromoteResult } from "./promote.js";
import { checkRequest } from "./services.js";

/** Refused results for every env of the group, or undefined when the group may be published. */
export async function refusedByGate(
  options: PromoteOptions,
  layout: Layout,
  envs: readonly string[],
  servicesOf: (env: string) => readonly string[],
): Promise<PromoteResult[] | undefined> {
  const gated = envs.find((env) => isGated(layout, env));
  if (gated === undefined) return undefined;
  const request = checkRequest(layout, options.from, gated, servicesOf(gated), options.skip);
  const gate = await checkArgoGate(layout, request, options.argocd);
  const reason = gate && gateRefusal(gate);
  if (!gate || !reason) return undefined;
  const out: PromoteResult[] = [];
  for (const env of envs) {
    // A dry run plans without writing and without the gate; its diff is not part of a refusal.
    const plan = await promote({ ...options, to: env, services: servicesOf(env), layout, mode: "dry-run" });
    delete plan.diff;
    const notes = plan.notes.filter((n) => !n.startsWith("dry run:"));
    out.push(plan.status === "nothing" ? plan : { ...plan, notes, status: "refused", reason, gate });
  }
  return out;
}
