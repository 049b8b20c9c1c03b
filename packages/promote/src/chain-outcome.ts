/**
 * One outcome for a promotion that reached several envs (a fan-out group, or a primary and its
 * DR env), for callers that report one status: the promote action's outputs. The most telling
 * status wins (a refusal over a push over a commit …), changes and superseded PRs add up, and
 * the branch and PR are the first target's that has one; `results` keeps every env's own.
 */
import type { ChainResult } from "./chain-run.js";
import type { Change } from "./changeset.js";
import type { PromoteResult, PromoteStatus } from "./promote.js";

/** From most to least telling. */
const RANK: readonly PromoteStatus[] = [
  "refused",
  "pushed",
  "committed",
  "edited",
  "unchanged",
  "dry-run",
  "nothing",
];

export interface ChainOutcome {
  status: PromoteStatus;
  reason?: string;
  changes: (Change & { env: string })[];
  branch?: string;
  commit?: string;
  sourceSha?: string;
  pr?: { number: number; url: string };
  superseded: number[];
  closedPr?: number;
  results: { env: string; status: PromoteStatus; branch?: string; prNumber?: number; prUrl?: string }[];
}

export function chainOutcome(chain: ChainResult): ChainOutcome {
  const targets = chain.targets;
  const rank = (r: PromoteResult) => RANK.indexOf(r.status);
  const top = [...targets].sort((a, b) => rank(a) - rank(b))[0];
  const withBranch = targets.find((t) => t.branch);
  const withPr = targets.find((t) => t.pr);
  const reasons = targets.filter((t) => t.reason).map((t) => `${t.request.to}: ${t.reason ?? ""}`);
  return {
    status: top?.status ?? "nothing",
    ...(reasons.length > 0 ? { reason: targets.length === 1 ? targets[0]?.reason : reasons.join("; ") } : {}),
    changes: targets.flatMap((t) => t.changes.map((c) => ({ ...c, env: t.request.to }))),
    ...(withBranch?.branch ? { branch: withBranch.branch } : {}),
    ...(withBranch?.commit ? { commit: withBranch.commit } : {}),
    ...(targets[0]?.sourceSha ? { sourceSha: targets[0].sourceSha } : {}),
    ...(withPr?.pr ? { pr: { number: withPr.pr.number, url: withPr.pr.url } } : {}),
    superseded: [...new Set(targets.flatMap((t) => t.pr?.superseded ?? []))],
    ...(targets.find((t) => t.closedPr !== undefined)
      ? { closedPr: targets.find((t) => t.closedPr !== undefined)?.closedPr }
      : {}),
    results: targets.map((t) => ({
      env: t.request.to,
      status: t.status,
      ...(t.branch ? { branch: t.branch } : {}),
      ...(t.pr ? { prNumber: t.pr.number, prUrl: t.pr.url } : {}),
    })),
  };
}
