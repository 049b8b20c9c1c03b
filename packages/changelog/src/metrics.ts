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
 * With Argo CD (`extras`), a deployment ends when the first sync containing the merge was
 * deployed, failures are failed syncs and Degraded periods, and time to restore runs from
 * Degraded back to Healthy; `sources` says which figure came from where.
 */
import type { DeployTime } from "./deploy-times.js";
import { authoredMs, type CommitGraph } from "./graph.js";
import { failureFigures, type FigureContext, type FigureSources } from "./failures.js";
import type { Timeline } from "./health-periods.js";
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
  /** Where the figures came from; present when Argo CD was read. */
  sources?: FigureSources;
}

/** What Argo CD adds to the metrics (metrics-run.ts reads it). */
export interface MetricsExtras {
  /** Deploy times from Argo CD syncs; entries without one keep their merge time. */
  deploys?: ReadonlyMap<Entry, DeployTime>;
  /** Failed syncs and Degraded periods per `env\0service`; a service listed here takes its failures from them. */
  incidents?: ReadonlyMap<string, Timeline>;
  /** Hand promotions (promotion-time.ts): the entry where the version reached the source env. */
  promotions?: ReadonlyMap<Entry, Entry>;
}

export type { FigureSource, FigureSources } from "./failures.js";

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
  /** Present when deploys were read from Argo CD. */
  argocd?: { server: string; applications: number; limits: string[] };
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
  /** With Argo CD: when the first sync containing it was deployed; the lead time ends there. */
  deployedAt?: string;
}

/** Computes the metrics of `entries` (newest first) over `window`. */
export function computeMetrics(
  entries: readonly Entry[],
  environments: readonly string[],
  graph: CommitGraph,
  window: { from: string; to: string },
  starts: ReadonlyMap<string, LeadStart> = new Map(),
  extras: MetricsExtras = {},
): MetricsReport {
  const span = { from: Date.parse(window.from), to: Date.parse(window.to) };
  const deployed = (e: Entry) => extras.deploys?.get(e);
  const at = (e: Entry) => Date.parse(deployed(e)?.at ?? e.date);
  const ctx: FigureContext = {
    span,
    at,
    ...(extras.incidents ? { incidents: extras.incidents } : {}),
    ...(extras.deploys ? { deploys: extras.deploys } : {}),
  };
  const byService = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.env}\0${e.service}`;
    const list = byService.get(key) ?? [];
    list.push(e);
    byService.set(key, list);
  }
  const lead = new Map(
    entries.map((e) => [e, leadTimes(e, byService, graph, starts, at, extras.promotions)]),
  );
  const envs = environments
    .filter((env) => entries.some((e) => e.env === env))
    .map((env): EnvMetrics => {
      const ofEnv = entries.filter((e) => e.env === env);
      const services = [...new Set(ofEnv.map((e) => e.service))].sort().map((service) => ({
        service,
        ...metricsOf(
          ofEnv.filter((e) => e.service === service),
          lead,
          ctx,
        ),
      }));
      const weekly = weeksBetween(span.from, span.to).map((week) => ({
        week,
        deployments: ofEnv.filter((e) => weekStart(at(e)) === week).length,
      }));
      return { env, ...metricsOf(ofEnv, lead, ctx), services, weekly };
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
        ...(deployed(e) ? { deployedAt: deployed(e)?.at } : {}),
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

function metricsOf(entries: readonly Entry[], lead: Map<Entry, LeadTimes>, ctx: FigureContext): Metrics {
  const { span } = ctx;
  const forward = entries.filter((e) => !e.rollback);
  const leadTimeFrom: Record<LeadFrom, number> = { trailer: 0, github: 0, git: 0 };
  for (const e of forward) {
    const l = lead.get(e);
    if (l?.lead !== undefined) leadTimeFrom[l.from]++;
  }
  const weeks = Math.max(span.to - span.from, DAY) / (7 * DAY);
  const { failures, restore, open, sources } = failureFigures(entries, forward, ctx);
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
    ...(sources ? { sources } : {}),
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
  at: (e: Entry) => number,
  promotions?: ReadonlyMap<Entry, Entry>,
): LeadTimes {
  let origin: Pick<Entry, "commit" | "date" | "promotedFrom"> = entry;
  let promotion: number | undefined;
  for (let hops = 0; origin.promotedFrom && hops < 8; hops++) {
    const source = origin.promotedFrom;
    const position = graph.position.get(source.commit);
    const landed =
      position === undefined
        ? undefined
        : byService
            .get(`${source.env}\0${entry.service}`)
            ?.find((e) => (graph.position.get(e.commit) ?? -1) >= position);
    const sourceMs = landed ? at(landed) : graph.commits.get(source.commit)?.committerMs;
    if (hops === 0 && sourceMs !== undefined) promotion = at(entry) - sourceMs;
    if (!landed) {
      origin = { commit: source.commit, date: entry.date, promotedFrom: null };
      break;
    }
    origin = landed;
  }
  // A promotion by hand: the version reached the source env in an earlier entry.
  const byHand = promotions?.get(entry);
  if (byHand) promotion = at(entry) - at(byHand);
  const start = starts.get(origin.commit);
  const written = start?.ms ?? authoredMs(graph, origin.commit);
  return {
    lead: written === undefined ? undefined : Math.max(0, at(entry) - written),
    promotion: promotion === undefined ? undefined : Math.max(0, promotion),
    from: start?.from ?? "git",
    ...(start ? { start } : {}),
  };
}
