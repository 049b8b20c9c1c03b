/**
 * `promote <from> <to>` where `to` may name a group of the chain (`prod` for
 * `prod-us, prod-eu`): one promotion per target env, in chain order, each
 * its own plan (and, with --commit/--push/--pr, its own branch and PR), or,
 * with `promote.prs: grouped`, one branch and one PR for the whole group.
 * The order and `--skip` are checked for every target before anything runs.
 */
import { loadModel } from "../../core/src/index.js";
import { resolveTargets } from "./chain.js";
import { promote, type PromoteOptions, type PromoteResult } from "./promote.js";
import { promoteGrouped, type GroupedResult } from "./publish-grouped.js";
import { checkRequest } from "./services.js";

export interface ChainResult {
  from: string;
  /** What `to` was given as: an env, or a group alias. */
  to: string;
  /** One result per target env, in chain order. */
  targets: PromoteResult[];
  /** Set when the group was published as one branch and one PR (`promote.prs: grouped`). */
  grouped?: boolean;
}

/** Promotes to `options.to`, an env or a group alias. Bad input (any target) is a `UserError` before anything runs. */
export async function promoteChain(options: PromoteOptions): Promise<ChainResult> {
  const layout = await loadModel(options.repo);
  const envs = resolveTargets(layout, options.to);
  for (const env of envs) checkRequest(layout, options.from, env, options.services, options.skip);
  if (envs.length > 1 && layout.config.promote.prs === "grouped" && commits(options)) {
    const grouped = await promoteGrouped(options, envs);
    return { from: options.from, to: options.to, targets: perEnv(grouped), grouped: true };
  }
  const targets: PromoteResult[] = [];
  for (const env of envs) targets.push(await promote({ ...options, to: env, layout }));
  return { from: options.from, to: options.to, targets };
}

/** Only committing modes group: an edit or a dry run is the same per env. */
function commits(options: PromoteOptions): boolean {
  return options.mode === "commit" || options.mode === "push" || options.mode === "pr";
}

/** The grouped result seen per env, so every reporter prints a group as it prints a fan-out. */
function perEnv(grouped: GroupedResult): PromoteResult[] {
  return grouped.targets.map((t) => ({
    status: t.plan.changes.length === 0 && grouped.status !== "nothing" ? "unchanged" : grouped.status,
    request: t.request,
    changes: t.plan.changes,
    drift: t.drift,
    notes: t.plan.notes,
    unplaced: t.plan.unplaced,
    sourceSha: grouped.sourceSha,
    branch: grouped.branch,
    ...(grouped.commit ? { commit: grouped.commit } : {}),
    ...(grouped.pr ? { pr: grouped.pr } : {}),
    ...(grouped.closedPr !== undefined ? { closedPr: grouped.closedPr } : {}),
    ...(grouped.reason ? { reason: grouped.reason } : {}),
  }));
}
