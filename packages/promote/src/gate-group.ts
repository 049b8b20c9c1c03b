/**
 * The staging gate for a grouped promotion (`promote.prs: grouped`), checked once before the
 * group is published: every env of the group promotes from the same source env. When the gate
 * refuses, each env's plan is reported as refused and nothing is written; when it passes, its
 * evidence goes into the grouped pull request's body.
 */
import type { Layout } from "../../core/src/index.js";
import { checkArgoGate, gateRefusal, isGated, type GateReport } from "./gate-argocd.js";
import { promote, type PromoteOptions, type PromoteResult } from "./promote.js";
import { checkRequest } from "./services.js";

/**
 * Refused results for every env of the group (`refused`), or none when the group may be
 * published; `gate` is what the gate saw, when an env of the group is gated.
 */
export async function groupGate(
  options: PromoteOptions,
  layout: Layout,
  envs: readonly string[],
  servicesOf: (env: string) => readonly string[],
): Promise<{ refused?: PromoteResult[]; gate?: GateReport }> {
  const gated = envs.find((env) => isGated(layout, env));
  if (gated === undefined) return {};
  const request = checkRequest(layout, options.from, gated, servicesOf(gated), options.skip);
  const gate = await checkArgoGate(layout, request, options.argocd);
  const reason = gate && gateRefusal(gate);
  if (!gate) return {};
  if (!reason) return { gate };
  const out: PromoteResult[] = [];
  for (const env of envs) {
    // A dry run plans without writing and without the gate; its diff is not part of a refusal.
    const plan = await promote({ ...options, to: env, services: servicesOf(env), layout, mode: "dry-run" });
    delete plan.diff;
    const notes = plan.notes.filter((n) => !n.startsWith("dry run:"));
    out.push(plan.status === "nothing" ? plan : { ...plan, notes, status: "refused", reason, gate });
  }
  return { refused: out, gate };
}
