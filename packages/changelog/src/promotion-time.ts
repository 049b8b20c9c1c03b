/**
 * Promotions made by hand: a commit that sets an env's image or chart to a version with no
 * `Promoted-From` trailer. Its source is the earlier env (nearest first, in promotion order) where
 * the same image or chart first reached that same version, in an earlier commit of the same
 * service. A version both envs got from one commit (a shared base) is no promotion.
 */
import type { Change, Entry } from "./types.js";

/** For each hand promotion, the entry where its version first reached the source env. */
export function handPromotions(
  entries: readonly Entry[],
  environments: readonly string[],
): Map<Entry, Entry> {
  // Entries are newest first; index each (env, service, kind, name, version) by its oldest arrival.
  const firstArrival = new Map<string, Entry>();
  for (const e of entries) {
    if (e.rollback) continue;
    for (const c of versioned(e.changes)) firstArrival.set(key(e.env, e.service, c), e);
  }
  const out = new Map<Entry, Entry>();
  for (const e of entries) {
    if (e.rollback || e.promotedFrom) continue;
    const index = environments.indexOf(e.env);
    if (index <= 0) continue;
    const changes = versioned(e.changes);
    if (changes.length === 0) continue;
    for (const env of environments.slice(0, index).reverse()) {
      // Every version the commit sets must have been in the source env before it.
      const sources = changes.map((c) => firstArrival.get(key(env, e.service, c)));
      if (sources.some((s) => !s || s.commit === e.commit || Date.parse(s.date) > Date.parse(e.date)))
        continue;
      const latest = (sources as Entry[]).reduce((a, b) => (Date.parse(b.date) > Date.parse(a.date) ? b : a));
      out.set(e, latest);
      break;
    }
  }
  return out;
}

function versioned(changes: readonly Change[]): Change[] {
  return changes.filter((c) => (c.kind === "image" || c.kind === "chart") && c.to !== null);
}

function key(env: string, service: string, c: Change): string {
  return [env, service, c.kind, c.name, c.to ?? ""].join("\0");
}
