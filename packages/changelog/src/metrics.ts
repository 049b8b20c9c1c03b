/**
 * DORA metrics per environment and service, from the changelog alone:
 * - deployment frequency: entries per week over the range;
 * - lead time for changes: from when a change was written (the oldest commit
 *   of its PR, or for an image bump with `Source-Commit` trailers the service
 *   commit that built the image) through each environment it was promoted
 *   through (`Promoted-From`), to its merge into this environment;
 * - change failure rate: rollbacks (reverts, or an image tag moving back)
 *   per forward deployment; each rollback stands for one failed change;
 * - time to restore: from a rollback to the next forward deployment of the
 *   same service in the same environment.
 */
import { authoredMs, type CommitGraph } from "./graph.js";
import type { LeadFrom, LeadStart, SourceLookupStats } from "./source-lead.js";
import { DAY, durationStats, round2, weeksBetween, weekStart, type DurationStats } from "./stats.js";
import type { Entry } from "./types.js";

/** The metrics of one service in one env, or of the whole env. */
export interface Metrics {
  deployments: number;
  deploymentsPerWeek: number;
  /** Written → merged into this env, over forward deployments. */
  leadTime: DurationStats | null;
  /** How many of those lead times start at a source commit dated by its trailer or by GitHub, or at the infra commit (git). */
  leadTimeFrom: Record<LeadFrom, number>;
  /** Merged into the previous env → merged into this one, over promoted deployments. */
  promotionTime: DurationStats | null;
  /** Rollback deployments (reverts and tags moving backwards). */
  failures: number;
  /** failures / forward deployments, 0 to 1; null without forward deployments. */
  changeFailureRate: number | null;
  timeToRestore: DurationStats | null;
  /** Rollbacks with no forward deployment after them yet. */
  openRollbacks: number;
}

export interface ServiceMetrics extends Metrics {
  service: string;
}

export interface EnvMetrics extends Metrics {
  env: string;
  services: ServiceMetrics[];
  /** Deployments per week (weeks start on Monday, UTC), oldest first. */
  weekly: { week: string; deployments: number }[];
}

/** The JSON of `gitops changelog --metrics`. */
export interface MetricsReport {
  /** The time span the metrics cover (ISO 8601, UTC). */
  window: { from: string; to: string };
  environments: EnvMetrics[];
  /** Every rollback in the range, newest first. */
  rollbacks: Pick<Entry, "env" | "service" | "commit" | "date" | "author" | "subject" | "revertOf">[];
  /** Every forward deployment's lead time, newest first, with where its start came from. */
  leadTimes: LeadTime[];
  /** Source commits asked of GitHub for their time (only with a token). */
  sourceLookups?: SourceLookupStats;
}

/** One deployment's lead time. */
export interface LeadTime {
  env: string;
  service: string;
  commit: string;
  date: string;
  hours: number;
  /** `trailer`/`github`: from the service commit (Source-Commit), dated by its trailer or by GitHub; `git`: from the infra commit. */
  from: LeadFrom;
  /** The service repository and commit, for `trailer` and `github`. */
  source?: { repository: string; commit: string };
}

/** Computes the metrics of `entries` (newest first) over `window`. */
export function computeMetrics(
  entries: readonly Entry[],
  environments: readonly string[],
  graph: CommitGraph,
  window: { from: string; to: string },
  starts: ReadonlyMap<string, LeadStart> = new Map(),
): MetricsReport {
  const span = { from: Date.parse(window.from), to: Date.parse(window.to) };
  const byService = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.env}\0${e.service}`;
    const list = byService.get(key) ?? [];
    list.push(e);
    byService.set(key, list);
  }
  const lead = new Map(entries.map((e) => [e, leadTimes(e, byService, graph, starts)]));
  const envs = environments
    .filter((env) => entries.some((e) => e.env === env))
    .map((env): EnvMetrics => {
      const ofEnv = entries.filter((e) => e.env === env);
      const services = [...new Set(ofEnv.map((e) => e.service))].sort().map((service) => ({
        service,
        ...metricsOf(
          ofEnv.filter((e) => e.service === service),
          lead,
          span,
        ),
      }));
      const weekly = weeksBetween(span.from, span.to).map((week) => ({
        week,
        deployments: ofEnv.filter((e) => weekStart(Date.parse(e.date)) === week).length,
      }));
      return { env, ...metricsOf(ofEnv, lead, span), services, weekly };
    });
  const rollbacks = entries
    .filter((e) => e.rollback)
    .map(({ env, service, commit, date, author, subject, revertOf }) => ({
      env,
      service,
      commit,
      date,
      author,
      subject,
      revertOf,
    }));
  const leadList = entries.flatMap((e): LeadTime[] => {
    const l = lead.get(e);
    if (e.rollback || l?.lead === undefined) return [];
    return [
      {
        env: e.env,
        service: e.service,
        commit: e.commit,
        date: e.date,
        hours: Math.round((l.lead / 3_600_000) * 100) / 100,
        from: l.from,
        ...(l.start ? { source: { repository: l.start.repository, commit: l.start.commit } } : {}),
      },
    ];
  });
  return { window, environments: envs, rollbacks, leadTimes: leadList };
}

interface LeadTimes {
  lead?: number;
  promotion?: number;
  from: LeadFrom;
  start?: LeadStart;
}

function metricsOf(
  entries: readonly Entry[],
  lead: Map<Entry, LeadTimes>,
  span: { from: number; to: number },
): Metrics {
  const forward = entries.filter((e) => !e.rollback);
  const leadTimeFrom: Record<LeadFrom, number> = { trailer: 0, github: 0, git: 0 };
  for (const e of forward) {
    const l = lead.get(e);
    if (l?.lead !== undefined) leadTimeFrom[l.from]++;
  }
  const failures = entries.length - forward.length;
  const weeks = Math.max(span.to - span.from, DAY) / (7 * DAY);
  const restore: number[] = [];
  let open = 0;
  for (const e of entries.filter((x) => x.rollback)) {
    // Entries are newest first: the next forward deploy is the nearest newer one of the same service.
    const at = Date.parse(e.date);
    const next = forward.filter((f) => f.service === e.service && Date.parse(f.date) > at).at(-1);
    if (next) restore.push(Date.parse(next.date) - at);
    else open++;
  }
  return {
    deployments: entries.length,
    deploymentsPerWeek: round2(entries.length / weeks),
    leadTime: durationStats(forward.flatMap((e) => lead.get(e)?.lead ?? [])),
    leadTimeFrom,
    promotionTime: durationStats(forward.flatMap((e) => lead.get(e)?.promotion ?? [])),
    failures,
    changeFailureRate: forward.length ? round2(Math.min(1, failures / forward.length)) : null,
    timeToRestore: durationStats(restore),
    openRollbacks: open,
  };
}

/**
 * Follows `Promoted-From` back to the first env the change landed in: the
 * newest entry of the source env and same service at or before the source
 * commit. Lead time runs from when that change was written to this merge:
 * the source commit of its bump trailers where `starts` knows its time, else
 * the oldest commit of the change in this repository.
 */
function leadTimes(
  entry: Entry,
  byService: Map<string, Entry[]>,
  graph: CommitGraph,
  starts: ReadonlyMap<string, LeadStart>,
): LeadTimes {
  let origin: Pick<Entry, "commit" | "date" | "promotedFrom"> = entry;
  let promotion: number | undefined;
  for (let hops = 0; origin.promotedFrom && hops < 8; hops++) {
    const source = origin.promotedFrom;
    const at = graph.position.get(source.commit);
    const landed =
      at === undefined
        ? undefined
        : byService
            .get(`${source.env}\0${entry.service}`)
            ?.find((e) => (graph.position.get(e.commit) ?? -1) >= at);
    const sourceMs = landed ? Date.parse(landed.date) : graph.commits.get(source.commit)?.committerMs;
    if (hops === 0 && sourceMs !== undefined) promotion = Date.parse(entry.date) - sourceMs;
    if (!landed) {
      origin = { commit: source.commit, date: entry.date, promotedFrom: null };
      break;
    }
    origin = landed;
  }
  const start = starts.get(origin.commit);
  const written = start?.ms ?? authoredMs(graph, origin.commit);
  return {
    lead: written === undefined ? undefined : Math.max(0, Date.parse(entry.date) - written),
    promotion: promotion === undefined ? undefined : Math.max(0, promotion),
    from: start?.from ?? "git",
    ...(start ? { start } : {}),
  };
}
