/** `gitops changelog --metrics`: the changelog over the long view, then the metrics. */
import type { ArgoClient } from "../../argocd/src/client.js";
import { loadModel, UserError } from "../../core/src/index.js";
import { deployTimes } from "./deploy-times.js";
import { readArgoFacts } from "./deploys-argocd.js";
import type { Timeline } from "./health-periods.js";
import { collectChangelog, type CollectOptions } from "./collect.js";
import { isoUtc } from "./entries.js";
import { readGraph } from "./graph.js";
import { computeMetrics, type MetricsExtras, type MetricsReport } from "./metrics.js";
import { handPromotions } from "./promotion-time.js";
import { sourceStarts, type SourceLookup } from "./source-lead.js";

export interface MetricsOptions extends CollectOptions {
  /** Dates source commits (bump trailers without `Source-Commit-Date`) through GitHub. */
  github?: SourceLookup;
  /** Reads deploy times, failed syncs and Degraded periods from Argo CD (else git only). */
  argocd?: { client: ArgoClient; appNamespace?: string; projects?: string[] };
}

/**
 * Metrics from `since` (default: the whole history; deploy tags are ignored)
 * to `to`. Every env is read, since a prod lead time runs back through
 * staging; `environments` only filters what is reported, `services` what is counted.
 */
export async function collectMetrics(options: MetricsOptions): Promise<MetricsReport> {
  const report = await collectChangelog({
    repo: options.repo,
    to: options.to,
    since: options.since,
    services: options.services,
    ignoreDeployTags: true,
  });
  const envs = options.environments?.length ? options.environments : undefined;
  const unknown = envs?.find((e) => !report.environments.includes(e));
  if (unknown !== undefined) {
    throw new UserError(`unknown environment "${unknown}"; known: ${report.environments.join(", ")}`);
  }
  const graph = await readGraph(options.repo, report.to);
  const base = Object.values(report.since).find((s) => s !== null);
  const oldest = [...graph.position.keys()].at(-1);
  const fromMs = graph.commits.get(base ?? oldest ?? report.to)?.committerMs ?? 0;
  let toMs = graph.commits.get(report.to)?.committerMs ?? fromMs;
  const origins = report.entries.flatMap((e) => [
    e.commit,
    ...(e.promotedFrom ? [e.promotedFrom.commit] : []),
  ]);
  const { starts, lookups } = await sourceStarts(graph, origins, options.github);
  const extras: MetricsExtras = { promotions: handPromotions(report.entries, report.environments) };
  let argocd: MetricsReport["argocd"];
  if (options.argocd) {
    const { client, ...scope } = options.argocd;
    const facts = await readArgoFacts(client, await loadModel(options.repo), scope);
    extras.deploys = await deployTimes(options.repo, report.entries, facts.apps, graph.position);
    extras.incidents = incidentsOf(facts.apps);
    // Deploys after the last merge still belong to the range (the weekly chart counts them).
    for (const d of extras.deploys.values()) toMs = Math.max(toMs, Date.parse(d.at));
    argocd = { server: facts.server, applications: facts.apps.length, limits: facts.limits };
  }
  const computed = computeMetrics(
    report.entries,
    report.environments,
    graph,
    { from: isoUtc(new Date(fromMs).toISOString()), to: isoUtc(new Date(toMs).toISOString()) },
    starts,
    extras,
  );
  const metrics = {
    ...computed,
    ...(options.github ? { sourceLookups: lookups } : {}),
    ...(argocd ? { argocd } : {}),
  };
  if (!envs) return metrics;
  return {
    ...metrics,
    environments: metrics.environments.filter((e) => envs.includes(e.env)),
    rollbacks: metrics.rollbacks.filter((r) => envs.includes(r.env)),
    leadTimes: metrics.leadTimes.filter((l) => envs.includes(l.env)),
  };
}

/** The failed syncs and Degraded periods of each env and service, all its Applications together. */
function incidentsOf(apps: Awaited<ReturnType<typeof readArgoFacts>>["apps"]): Map<string, Timeline> {
  const out = new Map<string, Timeline>();
  for (const app of apps) {
    if (app.service === null) continue;
    const key = `${app.env}\0${app.service}`;
    const t = out.get(key) ?? { failedSyncs: [], degraded: [] };
    t.failedSyncs.push(...app.timeline.failedSyncs);
    t.degraded.push(...app.timeline.degraded);
    out.set(key, t);
  }
  return out;
}
