import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { rmSync } from "node:fs";
import { modelHasher, openCache, type CacheStats, type CacheStore } from "../../cache/src/index.js";
import { messageOf, UserError } from "../../core/src/errors.js";
import { writeAtomic } from "../../core/src/write.js";
import type { Finding } from "../../core/src/finding.js";
import type { Layout } from "../../core/src/layout.js";
import { loadModel } from "../../core/src/model/load.js";
import { noTargets } from "../../core/src/model/report.js";
import { filterTargets } from "../../core/src/shards.js";
import { changedFiles } from "./changes.js";
import { affectedTargets, type InputGraph } from "./graph.js";
import { formatIndex, INDEX_FILE, readIndex, removeStale, sha256, type IndexEntry } from "./output.js";
import { mapLimit, toolSlots } from "./pool.js";
import { RenderCache } from "./cache.js";
import { renderTarget, type TargetOutcome } from "./render-target.js";
import type { RenderTarget } from "./spec.js";
import { locateRenderTools } from "./tools.js";

export interface RenderOptions {
  repo: string;
  /** The model, when the caller already built it (it must be of `repo`). */
  model?: Layout;
  /** Where outputs go; default `<repo>/render`. */
  outDir?: string;
  environments?: readonly string[];
  services?: readonly string[];
  /** Only targets whose inputs changed since this git ref are rendered. */
  changedSince?: string;
  /** Like `changedSince`, with the changed paths (relative to the repo) already known. */
  changedPaths?: readonly string[];
  /** Only these target ids are rendered (after the filters). */
  only?: ReadonlySet<string>;
  /** Targets in flight; default `render.concurrency`, else the CPU count. */
  concurrency?: number;
  /** Environment for locating tools (PATH, RUNNER_TOOL_CACHE). */
  env?: NodeJS.ProcessEnv;
  onProgress?: (done: number, total: number, id: string) => void;
  /**
   * The persistent cache: a store, or false for none. Default: the store GITOPS_CACHE_DIR
   * names (in `env`, else the process's), or none when it is unset.
   */
  cache?: CacheStore | false;
}

/** A target's result: its index entry plus how long it took. */
export interface TargetResult extends IndexEntry {
  ms: number;
}

export interface RenderReport {
  layout: Layout;
  targets: TargetResult[];
  findings: Finding[];
  /** Ids that were rendered this run (all of them without `changedSince`). */
  rendered: string[];
  /** Outputs removed because their target no longer exists. */
  removed: string[];
  outDir: string;
  /** Ids of rendered targets whose output came from the cache. */
  cached: string[];
  /** What the run did with the cache, when it had one. */
  cache?: CacheStats;
}

/** The repository model {@link render} loads when it is given none. */
export function renderModel(options: Pick<RenderOptions, "repo" | "outDir" | "env">): Promise<Layout> {
  const outDir = resolve(options.outDir ?? join(options.repo, "render"));
  return loadModel(options.repo, { outDir, ...(options.env ? { env: options.env } : {}) });
}

/**
 * Renders targets into `render/<id>.yaml` and `render/index.json`. Each target
 * fails alone: its failure becomes a Finding and the others go on. Outputs are
 * written atomically and byte-for-byte deterministic; outputs of targets that
 * no longer exist are removed.
 */
export async function render(options: RenderOptions): Promise<RenderReport> {
  const outDir = resolve(options.outDir ?? join(options.repo, "render"));
  const layout = options.model ?? (await renderModel(options));
  const repo = layout.repo;
  const config = layout.config.render;
  filterTargets(layout, { environments: options.environments, services: options.services });
  // A required check that renders nothing would pass vacuously: a repo (or a
  // .gitops.yaml) with no targets at all is a setup mistake, so say where we looked.
  if (layout.targets.length === 0) throw noTargets(layout);
  // Every discovered target keeps its line in the index; filters only choose what renders.
  const targets = layout.targets;
  const graphs = new Map<string, InputGraph>(targets.map((t) => [t.id, layout.graph(t.id)]));

  const selectedIds = new Set(targets.filter((t) => selected(t, options)).map((t) => t.id));
  let chosen = new Set(targets.filter((t) => !t.skipReason && selectedIds.has(t.id)).map((t) => t.id));
  if (options.changedSince !== undefined || options.changedPaths !== undefined) {
    const changed = options.changedPaths ?? (await changedFiles(repo, options.changedSince ?? "HEAD"));
    // The config decides what everything renders with: a change to it renders all.
    if (!changed.includes(".gitops.yaml"))
      chosen = intersect(chosen, affectedTargets(targets, graphs, changed));
  }
  if (options.only) chosen = intersect(chosen, options.only);
  const toRender = targets.filter((t) => chosen.has(t.id));
  const needHelm = toRender.some(
    (t) => t.specs.some((s) => s.type === "helm") || graphs.get(t.id)?.helmCharts === true,
  );
  const needKustomize = toRender.some((t) => t.specs.some((s) => s.type === "kustomize"));
  const tools = locateRenderTools({ kustomize: needKustomize, helm: needHelm }, config, options.env);

  const previous = readIndex(outDir);
  const concurrency = options.concurrency ?? (config.concurrency || availableParallelism());
  const store =
    options.cache === false ? undefined : (options.cache ?? openCache(options.env ?? process.env));
  const cache =
    store && toRender.length > 0
      ? await RenderCache.open(store, {
          repo,
          outputDirs: layout.outputDirs,
          hasher: modelHasher(layout),
          tools,
          options: { kubeVersion: config.kubeVersion, allowNetwork: config.allowNetwork },
          timeoutMs: config.timeout * 1000,
        })
      : undefined;
  // The first output that cannot be written stops the run: no new target starts, the tools in
  // flight are killed, and the index is written for what is on disk.
  const stop = new AbortController();
  let writeFailure: { id: string; message: string } | undefined;
  const cached: string[] = [];
  let done = 0;
  // `concurrency` tool processes at once, with as many targets again screened and waiting for a
  // slot: a slot freed by one tool goes to the next at once, and the finished target's output is
  // parsed, hashed and written while the next tool runs (no core waits on our JS).
  const slot = toolSlots(concurrency);
  const outcomes = await mapLimit(
    toRender,
    concurrency * 2,
    async (t) => {
      const graph = graphs.get(t.id) ?? layout.graph(t.id);
      const key = cache?.key(t, graph);
      const hit = key === undefined ? undefined : cache?.get(key);
      const outcome: TargetOutcome = hit
        ? { ok: true, yaml: hit.yaml, resources: hit.resources, ms: 0 }
        : await renderTarget(t, {
            repo,
            tools,
            timeoutMs: config.timeout * 1000,
            allowNetwork: config.allowNetwork,
            kubeVersion: config.kubeVersion,
            graph,
            read: layout.read,
            signal: stop.signal,
            slot,
          });
      if (stop.signal.aborted) return undefined;
      if (outcome.ok) {
        try {
          writeAtomic(outputPath(outDir, t.id), outcome.yaml);
        } catch (err) {
          writeFailure ??= { id: t.id, message: messageOf(err) };
          stop.abort();
          return undefined;
        }
        if (hit) cached.push(t.id);
        else if (key !== undefined)
          cache?.put(key, { yaml: outcome.yaml, resources: outcome.resources }, graph);
      }
      options.onProgress?.(++done, toRender.length, t.id);
      return [t.id, outcome] as const;
    },
    stop.signal,
  );
  store?.prune();
  if (writeFailure) stopped(layout.repo, outDir, targets, toRender, outcomes, previous, writeFailure);
  const byId = new Map(outcomes.filter((o) => o !== undefined));

  // Targets the filters leave out produce no findings; findings about no target stay.
  const findings: Finding[] = layout.findings.filter((f) =>
    findingSelected(f, targets, selectedIds, options),
  );
  const results: TargetResult[] = targets.map((t) => {
    const base = entryBase(t, repo, outDir);
    const outcome = byId.get(t.id);
    if (!outcome) {
      const old = previous.targets.find((p) => p.id === t.id && p.status === "ok");
      return {
        ...base,
        status: "skipped",
        resources: old?.resources ?? 0,
        sha256: old?.sha256 ?? "",
        ms: 0,
        ...(t.skipReason ? { error: t.skipReason } : {}),
      };
    }
    if (!outcome.ok) {
      if (outcome.failure) findings.push(outcome.failure);
      return {
        ...base,
        status: "failed",
        resources: 0,
        sha256: "",
        error: outcome.failure?.message ?? "failed",
        ms: outcome.ms,
      };
    }
    return {
      ...base,
      status: "ok",
      resources: outcome.resources,
      sha256: sha256(outcome.yaml),
      ms: outcome.ms,
    };
  });
  // Only targets that exist keep an output; a failed target's old output would be stale, so it goes too.
  const keep = new Set(results.filter((r) => r.status !== "failed").map((r) => r.id));
  const removed = removeStale(outDir, repo, previous, keep);
  const index = join(outDir, INDEX_FILE);
  try {
    writeAtomic(index, formatIndex({ targets: results.map(withoutTime) }));
  } catch (err) {
    // An old index would vouch for outputs it does not describe.
    removeQuietly(index);
    const shown = relativeTo(repo, index);
    throw new UserError(`${shown}: cannot write: ${messageOf(err)}`, shown);
  }
  return {
    layout,
    targets: results,
    findings,
    rendered: toRender.map((t) => t.id),
    removed,
    outDir,
    cached: cached.sort(),
    ...(store ? { cache: store.stats } : {}),
  };
}

/** `render/<id>.yaml` for a target id (ids are repo-relative paths and never contain `..`). */
export function outputPath(outDir: string, id: string): string {
  return join(outDir, `${id}.yaml`);
}

function entryBase(
  t: RenderTarget,
  repo: string,
  outDir: string,
): Omit<IndexEntry, "status" | "resources" | "sha256"> {
  const output = relativeTo(repo, outputPath(outDir, t.id));
  const base: Omit<IndexEntry, "status" | "resources" | "sha256"> = {
    id: t.id,
    env: t.env,
    kind: t.kind,
    source: t.source,
    output,
  };
  if (t.service) base.service = t.service;
  if (t.applications.length > 0) base.applications = t.applications.map((a) => `${a.file}#${a.name}`);
  return base;
}

function relativeTo(repo: string, path: string): string {
  const r = path.startsWith(repo + "/") ? path.slice(repo.length + 1) : path;
  return r.split("\\").join("/");
}

function selected(t: RenderTarget, o: RenderOptions): boolean {
  const envs = o.environments ?? [];
  const services = o.services ?? [];
  return (
    (envs.length === 0 || envs.includes(t.env)) &&
    (services.length === 0 || (t.service !== undefined && services.includes(t.service)))
  );
}

/**
 * A finding about a target the filters left out is dropped; so is one about an Application that
 * could not become a target (`applications/<env>/<name>`) of an env the filters left out.
 */
function findingSelected(
  f: Finding,
  targets: readonly RenderTarget[],
  selectedIds: ReadonlySet<string>,
  o: RenderOptions,
): boolean {
  if (!f.target) return true;
  if (targets.some((t) => t.id === f.target)) return selectedIds.has(f.target);
  const env = /^applications\/([^/]+)\//.exec(f.target)?.[1];
  const envs = o.environments ?? [];
  return envs.length === 0 || env === undefined || envs.includes(env === "_" ? "" : env);
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((x) => b.has(x)));
}

/** index.json must be byte-identical across runs, so the timing stays in --json only. */
function withoutTime(result: TargetResult): IndexEntry {
  const entry: Partial<TargetResult> = { ...result };
  delete entry.ms;
  return entry as IndexEntry;
}

/**
 * Ends a run whose output could not be written (a full disk, a read-only folder). The targets
 * that were written keep their new output; every other target of this run loses its old one
 * (it would be stale) and is listed as failed, so render/index.json says what is on disk. If
 * not even the index can be written it is removed: lint then sees no index and renders again.
 */
function stopped(
  repo: string,
  outDir: string,
  targets: readonly RenderTarget[],
  toRender: readonly RenderTarget[],
  outcomes: readonly (readonly [string, TargetOutcome] | undefined)[],
  previous: ReturnType<typeof readIndex>,
  failure: { id: string; message: string },
): never {
  const done = new Map<string, TargetOutcome>();
  for (const o of outcomes) if (o) done.set(o[0], o[1]);
  const attempted = new Set(toRender.map((t) => t.id));
  const shown = relativeTo(repo, outputPath(outDir, failure.id));
  const why = `not written: the run stopped because ${shown} could not be written (${failure.message})`;
  let written = 0;
  const entries: IndexEntry[] = targets.map((t) => {
    const base = entryBase(t, repo, outDir);
    const outcome = done.get(t.id);
    if (outcome?.ok) {
      written++;
      return { ...base, status: "ok", resources: outcome.resources, sha256: sha256(outcome.yaml) };
    }
    if (attempted.has(t.id)) {
      removeQuietly(outputPath(outDir, t.id));
      const error = outcome ? (outcome.failure?.message ?? "failed") : why;
      return { ...base, status: "failed", resources: 0, sha256: "", error };
    }
    const old = previous.targets.find((p) => p.id === t.id && p.status === "ok");
    return { ...base, status: "skipped", resources: old?.resources ?? 0, sha256: old?.sha256 ?? "" };
  });
  const index = join(outDir, INDEX_FILE);
  try {
    writeAtomic(index, formatIndex({ targets: entries }));
  } catch {
    // render/ itself refuses changes: the old index then stays, older than the inputs, so stale.
    removeQuietly(index);
  }
  throw new UserError(
    `${shown}: cannot write: ${failure.message}; the run stopped (${written} of ${toRender.length} target(s) written, render/index.json lists what is on disk)`,
    shown,
  );
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // A folder that refuses the removal refused the write too; the index does not list it.
  }
}
