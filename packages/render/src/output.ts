import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { isAbsolute, join, resolve, sep } from "node:path";

/** One target's line in `render/index.json` (DESIGN.md's render JSON shape). */
export interface IndexEntry {
  id: string;
  env: string;
  service?: string;
  kind: string;
  /** The folder it renders from, relative to the repo. */
  source: string;
  /** `render/<id>.yaml`, relative to the repo. */
  output: string;
  status: "ok" | "failed" | "skipped";
  resources: number;
  sha256: string;
  error?: string;
  /** Argo CD Applications that deploy it: `file#name`. */
  applications?: string[];
}

export interface RenderIndex {
  targets: IndexEntry[];
}

export const INDEX_FILE = "index.json";

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The previous run's index, or an empty one when there is none or it is
 * unreadable. render/ is a working folder anyone can edit: entries that are
 * not well-formed, or whose output lies outside the repository, are dropped.
 */
export function readIndex(outDir: string): RenderIndex {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(outDir, INDEX_FILE), "utf8"));
  } catch {
    return { targets: [] };
  }
  const targets = (parsed as { targets?: unknown } | null)?.targets;
  return { targets: Array.isArray(targets) ? targets.filter(isIndexEntry) : [] };
}

function isIndexEntry(e: unknown): e is IndexEntry {
  if (typeof e !== "object" || e === null) return false;
  const { id, output, status } = e as Record<string, unknown>;
  return (
    typeof id === "string" &&
    typeof status === "string" &&
    typeof output === "string" &&
    !isAbsolute(output) &&
    !output.split(/[\\/]/).includes("..")
  );
}

/** Deterministic JSON: entries sorted by id, fixed key order, trailing newline. */
export function formatIndex(index: RenderIndex): string {
  const targets = [...index.targets].sort((a, b) => a.id.localeCompare(b.id)).map(ordered);
  return JSON.stringify({ targets }, null, 2) + "\n";
}

const KEY_ORDER: (keyof IndexEntry)[] = [
  "id",
  "env",
  "service",
  "kind",
  "source",
  "output",
  "status",
  "resources",
  "sha256",
  "error",
  "applications",
];

/** The same keys in the same order on every run, whatever order they were set in. */
function ordered(entry: IndexEntry): IndexEntry {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) if (entry[k] !== undefined) out[k] = entry[k];
  return out as unknown as IndexEntry;
}

/**
 * Removes outputs of targets that no longer exist. Only files a previous index
 * listed are removed: render/ may hold files that are not ours.
 */
export function removeStale(
  outDir: string,
  repo: string,
  previous: RenderIndex,
  current: ReadonlySet<string>,
): string[] {
  const removed: string[] = [];
  for (const entry of previous.targets) {
    if (current.has(entry.id) || typeof entry.output !== "string") continue;
    const path = resolve(repo, entry.output);
    // A hand-edited index must not make us delete anything outside render/.
    if (!path.startsWith(resolve(outDir) + sep) || !path.endsWith(".yaml")) continue;
    rmSync(path, { force: true });
    removed.push(entry.output);
  }
  return removed;
}
