import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { writeAtomic } from "../../core/src/write.js";
import type { Finding } from "../../core/src/finding.js";
import type { Layout } from "../../core/src/layout.js";
import { loadModel } from "../../core/src/model/load.js";
import { noTargets } from "../../core/src/model/report.js";
import { filterTargets } from "../../core/src/shards.js";
import { changedFiles } from "./changes.js";
import { affectedTargets, type InputGraph } from "./graph.js";
import { formatIndex, INDEX_FILE, readIndex, removeStale, sha256, type IndexEntry } from "./output.js";
import { mapLimit } from "./pool.js";
import { renderTarget } from "./render-target.js";
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
}

/**
 * Renders targets into `render/<id>.yaml` and `render/index.json`. Each target
 * fails alone: its failure becomes a Finding and the others go on. Outputs are
 * written atomically and byte-for-byte deterministic; outputs of targets that
 * no longer exist are removed.
 */
export async function render(options: RenderOptions): Promise<RenderReport> {
  const outDir = resolve(options.outDir ?? join(options.repo, "render"));
  const layout =
    options.model ??
    (await loadModel(options.repo, { outDir, ...(options.env ? { env: options.env } : {}) }));
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
  let done = 0;
  const outcomes = await mapLimit(toRender, concurrency, async (t) => {
    const outcome = await renderTarget(t, {
      repo,
      tools,
      timeoutMs: config.timeout * 1000,
      allowNetwork: config.allowNetwork,
      kubeVersion: config.kubeVersion,
      graph: graphs.get(t.id) ?? layout.graph(t.id),
    });
    if (outcome.ok) writeAtomic(outputPath(outDir, t.id), outcome.yaml);
    options.onProgress?.(++done, toRender.length, t.id);
    return [t.id, outcome] as const;
  });
  const byId = new Map(outcomes);

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
  writeAtomic(join(outDir, INDEX_FILE), formatIndex({ targets: results.map(withoutTime) }));
  return { layout, targets: results, findings, rendered: toRender.map((t) => t.id), removed, outDir };
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
