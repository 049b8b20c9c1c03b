import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { CONFIG_FILE } from "../../../core/src/config.js";
import type { Finding } from "../../../core/src/finding.js";
import { loadModel } from "../../../core/src/model/load.js";
import type { RepoModel } from "../../../core/src/model/types.js";
import { noTargets, readIndex, render, INDEX_FILE } from "../../../render/src/index.js";

/** What `ensureRendered` did. */
export interface RenderStatus {
  /** The repository model the check used. */
  model: RepoModel;
  /** Target ids rendered by this call (empty when render/ was up to date). */
  rendered: string[];
  /** Findings of that render (failed targets ...). */
  findings: Finding[];
}

/**
 * Renders first when `render/` is missing or stale, like `gitops lint`: a target is stale when
 * it has no output, is new, or one of its inputs (files and folders of its input graph, the
 * Applications that point at it, `.gitops.yaml`) changed after its output was written. Only
 * stale targets are rendered; fresh outputs are kept.
 */
export async function ensureRendered(
  repo: string,
  options: { env?: NodeJS.ProcessEnv; environments?: readonly string[]; model?: RepoModel } = {},
): Promise<RenderStatus> {
  const outDir = join(repo, "render");
  const index = readIndex(outDir);
  const indexTime = mtime(join(outDir, INDEX_FILE));
  const layout = options.model ?? (await loadModel(repo, options.env ? { env: options.env } : {}));
  // A required check that checked nothing would pass vacuously.
  if (layout.targets.length === 0) throw noTargets(layout);
  const targets = layout.targets.filter((t) => !options.environments || options.environments.includes(t.env));
  const configTime = mtime(join(repo, CONFIG_FILE)) ?? 0;
  const stale = new Set<string>();
  for (const t of targets) {
    if (t.skipReason) continue;
    const entry = index.targets.find((e) => e.id === t.id);
    const outputTime = entry && indexTime !== undefined ? mtime(resolve(repo, entry.output)) : undefined;
    if (outputTime === undefined || configTime > outputTime) {
      stale.add(t.id);
      continue;
    }
    const graph = layout.graph(t.id);
    if (graph.unresolved || newestInput(repo, graph.files, graph.dirs) > outputTime) stale.add(t.id);
  }
  if (stale.size === 0) return { model: layout, rendered: [], findings: [] };
  const report = await render({
    repo,
    model: layout,
    only: stale,
    ...(options.env ? { env: options.env } : {}),
    ...(options.environments ? { environments: options.environments } : {}),
  });
  return { model: layout, rendered: report.rendered, findings: report.findings };
}

function newestInput(repo: string, files: Iterable<string>, dirs: Iterable<string>): number {
  let newest = 0;
  for (const f of files) newest = Math.max(newest, mtime(join(repo, f)) ?? Number.MAX_SAFE_INTEGER);
  for (const d of dirs) newest = Math.max(newest, newestIn(join(repo, d), 0));
  return newest;
}

/** The newest mtime under a folder (the folder's own mtime covers deleted files). */
function newestIn(dir: string, depth: number): number {
  let newest = mtime(dir) ?? Number.MAX_SAFE_INTEGER;
  if (depth > 20) return newest;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return newest;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestIn(path, depth + 1) : (mtime(path) ?? 0));
  }
  return newest;
}

function mtime(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}
