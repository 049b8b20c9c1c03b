/**
 * Failed deployments and time to restore, per service, and where each figure came from: Argo CD
 * (failed syncs, Degraded -> Healthy) for a service an Application deploys, else git (rollbacks,
 * restored by the next forward deployment).
 */
import type { DeployTime } from "./deploy-times.js";
import type { Timeline } from "./health-periods.js";
import type { Entry } from "./types.js";

/** `argocd`, `git`, or `mixed` when some services had Applications and some did not. */
export type FigureSource = "argocd" | "git" | "mixed";

export interface FigureSources {
  /** How many deployments are dated by an Argo CD sync (deployedAt), and how many by their merge (git). */
  deployTime: { argocd: number; git: number };
  /** Failures: failed syncs and Degraded periods (argocd), or rollbacks (git). */
  failures: FigureSource;
  /** Degraded -> Healthy (argocd), or rollback -> next forward deployment (git). */
  timeToRestore: FigureSource;
  /** Of the Argo CD failures: failed sync operations, Degraded periods, and those still Degraded. */
  failedSyncs: number;
  degradedPeriods: number;
  openDegraded: number;
}

export interface FigureContext {
  span: { from: number; to: number };
  /** When an entry reached its env: the Argo CD deploy time, else the merge. */
  at: (e: Entry) => number;
  /** Failed syncs and Degraded periods per `env\0service` (Argo CD). */
  incidents?: ReadonlyMap<string, Timeline>;
  /** Argo CD deploy times; their presence means Argo CD was read. */
  deploys?: ReadonlyMap<Entry, DeployTime>;
}

/**
 * Failures and restore times, service by service: from Argo CD where the service has an
 * Application (failed syncs and Degraded periods since the window starts), else from git
 * (rollbacks, restored by the next forward deployment).
 */
export function failureFigures(entries: readonly Entry[], forward: readonly Entry[], ctx: FigureContext) {
  const { incidents, deploys } = ctx;
  let failures = 0;
  let open = 0;
  const restore: number[] = [];
  const used = new Set<"argocd" | "git">();
  const counts = { failedSyncs: 0, degradedPeriods: 0, openDegraded: 0 };
  for (const service of new Set(entries.map((e) => e.service))) {
    const timeline = incidents?.get(`${entries[0]?.env ?? ""}\0${service}`);
    if (timeline) {
      used.add("argocd");
      const since = (t: string | null) => t !== null && Date.parse(t) >= ctx.span.from;
      const syncs = timeline.failedSyncs.filter((f) => since(f.at));
      // A period still open is current, whenever it started.
      const periods = timeline.degraded.filter((p) => p.to === null || since(p.from) || since(p.to));
      counts.failedSyncs += syncs.length;
      counts.degradedPeriods += periods.length;
      failures += syncs.length + periods.length;
      for (const p of periods) {
        if (p.to === null) counts.openDegraded++;
        else if (p.from !== null) restore.push(Date.parse(p.to) - Date.parse(p.from));
      }
      continue;
    }
    used.add("git");
    for (const e of entries.filter((x) => x.rollback && x.service === service)) {
      failures++;
      // Entries are newest first: the next forward deploy is the nearest newer one of the same service.
      const at = ctx.at(e);
      const next = forward.filter((f) => f.service === e.service && ctx.at(f) > at).at(-1);
      if (next) restore.push(ctx.at(next) - at);
      else open++;
    }
  }
  if (!deploys) return { failures, restore, open };
  const source: FigureSource = used.size > 1 ? "mixed" : used.has("argocd") ? "argocd" : "git";
  const dated = entries.filter((e) => deploys.has(e)).length;
  const sources: FigureSources = {
    deployTime: { argocd: dated, git: entries.length - dated },
    failures: source,
    timeToRestore: source,
    ...counts,
  };
  return { failures, restore, open, sources };
}
