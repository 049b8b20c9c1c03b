/** `gitops changelog --metrics`: the changelog over the long view, then the metrics. */
import { UserError } from "../../core/src/index.js";
import { collectChangelog, type CollectOptions } from "./collect.js";
import { isoUtc } from "./entries.js";
import { readGraph } from "./graph.js";
import { computeMetrics, type MetricsReport } from "./metrics.js";
import { sourceStarts, type SourceLookup } from "./source-lead.js";

export interface MetricsOptions extends CollectOptions {
  /** Dates source commits (bump trailers without `Source-Commit-Date`) through GitHub. */
  github?: SourceLookup;
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
  const toMs = graph.commits.get(report.to)?.committerMs ?? fromMs;
  const origins = report.entries.flatMap((e) => [
    e.commit,
    ...(e.promotedFrom ? [e.promotedFrom.commit] : []),
  ]);
  const { starts, lookups } = await sourceStarts(graph, origins, options.github);
  const computed = computeMetrics(
    report.entries,
    report.environments,
    graph,
    { from: isoUtc(new Date(fromMs).toISOString()), to: isoUtc(new Date(toMs).toISOString()) },
    starts,
  );
  const metrics = options.github ? { ...computed, sourceLookups: lookups } : computed;
  if (!envs) return metrics;
  return {
    ...metrics,
    environments: metrics.environments.filter((e) => envs.includes(e.env)),
    rollbacks: metrics.rollbacks.filter((r) => envs.includes(r.env)),
    leadTimes: metrics.leadTimes.filter((l) => envs.includes(l.env)),
  };
}
