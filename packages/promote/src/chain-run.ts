/**
 * `promote <from> <to>` where `to` may name a group of the chain (`prod` for
 * `prod-us, prod-eu`): one promotion per target env, in chain order, each
 * its own plan (and, with --commit/--push/--pr, its own branch and PR), or,
 * with `promote.prs: grouped`, one branch and one PR for the whole group.
 * The order and `--skip` are checked for every target before anything runs.
 * A target env's DR counterparts (clusters labelled `role: dr`) are promoted
 * with it unless `noDr`; with `noDr` a group leaves out its DR-only envs.
 */
import { loadModel, type Layout } from "../../core/src/index.js";
import { resolveTargets } from "./chain.js";
import { groupGate } from "./gate-group.js";
import { promote, type PromoteOptions, type PromoteResult } from "./promote.js";
import { promoteGrouped, type GroupedResult } from "./publish-grouped.js";
import { drOnlyEnvs, drPairs } from "../../core/src/model/dr-clusters.js";
import { checkRequest, listOverlays } from "./services.js";

export interface ChainResult {
  from: string;
  /** What `to` was given as: an env, or a group alias. */
  to: string;
  /** One result per target env, in chain order. */
  targets: PromoteResult[];
  /** Set when the group was published as one branch and one PR (`promote.prs: grouped`). */
  grouped?: boolean;
}

export interface ChainOptions extends PromoteOptions {
  /** Leave out the DR clusters' envs (`--no-dr`); by default a promotion includes them. */
  noDr?: boolean;
}

/** Promotes to `options.to`, an env or a group alias. Bad input (any target) is a `UserError` before anything runs. */
export async function promoteChain(options: ChainOptions): Promise<ChainResult> {
  const layout = await loadModel(options.repo);
  const named = resolveTargets(layout, options.to);
  const services =
    options.services.length > 0 ? options.services : [...new Set(listOverlays(layout).map((o) => o.service))];
  const dropped = options.noDr && named.length > 1 ? drOnlyEnvs(layout, services) : new Set<string>();
  const envs = named.filter((e) => !dropped.has(e));
  // Each added DR env promotes only the services its DR clusters run (a missing one is `gitops parity`'s finding).
  const added = options.noDr ? new Map<string, string[]>() : drAdditions(layout, envs, services);
  envs.push(...added.keys());
  const servicesOf = (env: string) => added.get(env) ?? options.services;
  for (const env of envs) checkRequest(layout, options.from, env, servicesOf(env), options.skip);
  if (envs.length > 1 && layout.config.promote.prs === "grouped" && commits(options)) {
    const { refused, gate } = await groupGate(options, layout, envs, servicesOf);
    if (refused) return { from: options.from, to: options.to, targets: refused, grouped: true };
    const grouped = await promoteGrouped(options, envs, servicesOf, gate);
    return { from: options.from, to: options.to, targets: perEnv(grouped), grouped: true };
  }
  const targets: PromoteResult[] = [];
  for (const env of envs) {
    const result = await promote({ ...options, to: env, services: servicesOf(env), layout });
    if (added.has(env))
      result.notes.push(
        `${env} runs the DR clusters of ${options.to}: promoted with it (--no-dr leaves it out)`,
      );
    targets.push(result);
  }
  return { from: options.from, to: options.to, targets };
}

/** The DR envs of `envs` not among them, each with the services whose DR counterpart it runs. */
function drAdditions(
  layout: Layout,
  envs: readonly string[],
  services: readonly string[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pair of drPairs(layout)) {
    const env = pair.counterpart?.target.env;
    if (!env || envs.includes(env) || !envs.includes(pair.source.target.env)) continue;
    if (!services.includes(pair.service)) continue;
    const list = out.get(env) ?? [];
    if (!list.includes(pair.service)) list.push(pair.service);
    out.set(env, list.sort());
  }
  return out;
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
