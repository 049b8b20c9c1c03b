import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { INDEX_FILE, type RenderIndex } from "../../render/src/output.js";
import type { InputGraph } from "../../render/src/graph.js";

/**
 * Why `render/` must be rendered again before linting, or undefined when it is fresh.
 * It is stale when index.json is missing, lists other targets than the repository has now, or
 * is older than any file a target reads (its input graph, folders included), `.gitops.yaml`
 * or any file that holds Argo CD objects. Comparing modification times keeps this cheap; a fresh
 * clone has no render/ at all, so CI always renders.
 */
export function staleReason(
  repo: string,
  outDir: string,
  index: RenderIndex,
  graphs: ReadonlyMap<string, InputGraph>,
  argoFiles: readonly string[] = [],
): string | undefined {
  const indexPath = join(outDir, INDEX_FILE);
  if (!existsSync(indexPath)) return "render/index.json is missing";
  const rendered = new Set(index.targets.map((t) => t.id));
  const current = [...graphs.keys()];
  if (current.length !== rendered.size || current.some((id) => !rendered.has(id))) {
    return "the targets changed since the last render";
  }
  const renderedAt = statSync(indexPath).mtimeMs;
  const files = new Set<string>([".gitops.yaml", ...argoFiles]);
  const dirs = new Set<string>();
  for (const g of graphs.values()) {
    for (const f of g.files) files.add(f);
    for (const d of g.dirs) dirs.add(d);
  }
  for (const f of files) if (newer(join(repo, f), renderedAt)) return `${f} changed after the last render`;
  for (const d of dirs) {
    const hit = newestUnder(join(repo, d), renderedAt);
    if (hit) return `${d}/${hit} changed after the last render`;
  }
  return undefined;
}

function newer(path: string, than: number): boolean {
  try {
    return statSync(path).mtimeMs > than;
  } catch {
    return false;
  }
}

function newestUnder(dir: string, than: number, depth = 0): string | undefined {
  if (depth > 12) return undefined;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      const hit = newestUnder(path, than, depth + 1);
      if (hit) return `${e.name}/${hit}`;
    } else if (newer(path, than)) return e.name;
  }
  return undefined;
}
