/**
 * When each merge actually reached its environment: the first Argo CD sync (status.history,
 * oldest first) whose revision contains the merge commit. Both on the first-parent line (the
 * usual case: Argo CD tracks the main branch), that is their order on it, from the commit graph
 * git already gave; otherwise real git `merge-base --is-ancestor` decides, once per pair. An env and service with several Applications (clusters) is deployed
 * when the last of them has it. A merge no sync contains (older than the kept history, or not
 * deployed yet) keeps its merge time, and says so.
 */
import { git } from "../../core/src/git.js";
import type { ArgoApp } from "./deploys-argocd.js";
import type { Entry } from "./types.js";

export interface DeployTime {
  /** deployedAt of the first sync that contains the merge (RFC 3339). */
  at: string;
  /** The Applications and revisions that deployed it. */
  syncs: { app: string; revision: string }[];
}

/** Revisions come from the server: only a plain SHA ever reaches git. */
const SHA = /^[0-9a-f]{7,40}$/i;
/** A sync recorded this long before a commit's time cannot contain it (clock skew allowed). */
const SKEW_MS = 10 * 60_000;
/**
 * Argo CD's default `revisionHistoryLimit`: with this many syncs kept, older ones were dropped, so
 * a merge the oldest kept sync already contains may have been deployed before it: no date.
 */
const KEPT_SYNCS = 10;

/** Deploy times of `entries` from the Applications of their env and service. */
export async function deployTimes(
  repo: string,
  entries: readonly Entry[],
  apps: readonly ArgoApp[],
  /** Position on the first-parent line, 0 at the tip (CommitGraph.position). */
  position: ReadonlyMap<string, number> = new Map(),
): Promise<Map<Entry, DeployTime>> {
  const byKey = new Map<string, ArgoApp[]>();
  for (const app of apps) {
    const key = `${app.env}\0${app.service ?? ""}`;
    const list = byKey.get(key);
    if (list) list.push(app);
    else byKey.set(key, [app]);
  }
  const contains = ancestry(repo, position);
  const out = new Map<Entry, DeployTime>();
  for (const entry of entries) {
    const own = byKey.get(`${entry.env}\0${entry.service}`) ?? [];
    if (own.length === 0) continue;
    const merged = Date.parse(entry.date);
    const syncs: { app: string; revision: string; ms: number }[] = [];
    for (const app of own) {
      let found: { app: string; revision: string; ms: number } | undefined;
      for (const [i, h] of app.history.entries()) {
        const ms = Date.parse(h.at);
        if (Number.isNaN(ms) || ms + SKEW_MS < merged || !SHA.test(h.revision)) continue;
        if (await contains(entry.commit, h.revision)) {
          if (i > 0 || app.history.length < KEPT_SYNCS) found = { app: app.name, revision: h.revision, ms };
          break;
        }
      }
      // One Application without it: the env is not fully deployed, so no deploy time yet.
      if (!found) {
        syncs.length = 0;
        break;
      }
      syncs.push(found);
    }
    if (syncs.length === 0) continue;
    const last = Math.max(...syncs.map((s) => s.ms));
    out.set(entry, {
      at: new Date(last).toISOString().replace(/\.000Z$/, "Z"),
      syncs: syncs.map(({ app, revision }) => ({ app, revision })),
    });
  }
  return out;
}

/**
 * Whether `revision` contains `commit`. On one first-parent line an older commit is an ancestor
 * of a newer one, so positions answer without a process per pair (hundreds of merges times ten
 * kept syncs per Application); `merge-base --is-ancestor` answers the rest, once per pair, and a
 * revision this clone lacks contains nothing.
 */
function ancestry(
  repo: string,
  position: ReadonlyMap<string, number>,
): (commit: string, revision: string) => Promise<boolean> {
  const seen = new Map<string, boolean>();
  return async (commit, revision) => {
    const at = position.get(commit);
    const deployed = position.get(revision.toLowerCase());
    if (at !== undefined && deployed !== undefined) return at >= deployed;
    const key = `${commit} ${revision}`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    const r = await git(repo, ["merge-base", "--is-ancestor", "--end-of-options", commit, revision]);
    seen.set(key, r.code === 0);
    return r.code === 0;
  };
}
