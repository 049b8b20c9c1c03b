/**
 * Drift: how the two overlays of a service differ in what promotion does not
 * copy (replicas, hosts, patches ...). Shown in the pull request for
 * information only; most of it is what makes an env an env.
 */
import { parseYaml } from "../../core/src/index.js";
import { FILE_FIELD } from "./changeset.js";
import type { Change, ServicePair } from "./plan.js";
import type { Tree } from "./tree.js";

/** A field that differs between the source and target overlay and is not promoted. */
export interface Drift {
  service: string;
  /** The target's file (or the source's, when the target lacks it). */
  file: string;
  field: string;
  /** The value in the source env; null when absent there. */
  source: string | null;
  /** The value in the target env; null when absent there. */
  target: string | null;
}

export interface DriftReport {
  items: Drift[];
  /** Differences left out to keep the report readable. */
  omitted: number;
}

/** Most drift entries reported per service. */
const PER_SERVICE = 25;

/** Compares each service's overlays file by file, leaving out the promoted fields. */
export async function computeDrift(
  pairs: readonly ServicePair[],
  changes: readonly Change[],
  source: Tree,
  target: Tree,
): Promise<DriftReport> {
  const items: Drift[] = [];
  let omitted = 0;
  for (const pair of pairs) {
    const own = changes.filter((c) => c.service === pair.service);
    const promoted = new Set(own.map((c) => `${c.file}\0${c.field}`));
    // A file copied whole is promoted as a whole.
    const copied = new Set(own.filter((c) => c.field === FILE_FIELD).map((c) => c.file));
    const found: Drift[] = [];
    for (const [from, to] of await filePairs(pair, source, target)) {
      if (to && copied.has(to)) continue;
      const a = from ? await source.read(from) : undefined;
      const b = to ? await target.read(to) : undefined;
      const file = to ?? from ?? "";
      if (a === b) continue;
      if (a === undefined || b === undefined) {
        found.push({
          service: pair.service,
          file,
          field: "(file)",
          source: a === undefined ? null : "present",
          target: b === undefined ? null : "present",
        });
        continue;
      }
      for (const d of compareFile(file, a, b)) {
        if (!promoted.has(`${file}\0${d.field}`)) found.push({ service: pair.service, file, ...d });
      }
    }
    items.push(...found.slice(0, PER_SERVICE));
    omitted += Math.max(0, found.length - PER_SERVICE);
  }
  return { items, omitted };
}

/** Source and target paths of the files to compare: the overlay folders, and values files kept elsewhere. */
async function filePairs(
  pair: ServicePair,
  source: Tree,
  target: Tree,
): Promise<[string | undefined, string | undefined][]> {
  const srcDir = pair.source.overlay.dir;
  const dstDir = pair.target.overlay.dir;
  const names = new Set<string>();
  for (const p of await source.list(srcDir)) names.add(p.slice(srcDir.length + 1));
  for (const p of await target.list(dstDir)) names.add(p.slice(dstDir.length + 1));
  const out: [string | undefined, string | undefined][] = [...names]
    .sort()
    .map((n) => [`${srcDir}/${n}`, `${dstDir}/${n}`]);
  const { values: sv } = pair.source;
  const { values: tv } = pair.target;
  if (sv && tv && !sv.startsWith(`${srcDir}/`) && !tv.startsWith(`${dstDir}/`)) out.push([sv, tv]);
  return out;
}

function compareFile(file: string, a: string, b: string): Omit<Drift, "service" | "file">[] {
  if (!/\.(ya?ml|json)$/i.test(file)) return [{ field: "(content)", source: "differs", target: "differs" }];
  let left: Map<string, string>;
  let right: Map<string, string>;
  try {
    left = flattenFile(a, file);
    right = flattenFile(b, file);
  } catch {
    return [{ field: "(content)", source: "differs", target: "differs" }];
  }
  const keys = [...new Set([...left.keys(), ...right.keys()])];
  return keys
    .filter((k) => left.get(k) !== right.get(k))
    .map((field) => ({ field, source: left.get(field) ?? null, target: right.get(field) ?? null }));
}

function flattenFile(text: string, file: string): Map<string, string> {
  const out = new Map<string, string>();
  const docs = parseYaml(text, file).documents;
  for (const d of docs) flatten(d.value, docs.length > 1 ? `[doc ${d.index}]` : "", out);
  return out;
}

/** Leaf values by path; list entries with a `name` are keyed by it, as promotion names them. */
function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, "[]");
    value.forEach((item, i) => {
      // Named entries by their name; JSON6902 ops by their path, as promotion names them.
      const { name, op, path: at } = (item ?? {}) as { name?: unknown; op?: unknown; path?: unknown };
      const key = typeof name === "string" ? name : typeof op === "string" && typeof at === "string" ? at : i;
      flatten(item, `${path}[${key}]`, out);
    });
  } else if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(path, "{}");
    for (const [k, v] of entries) flatten(v, path ? `${path}.${k}` : k, out);
  } else {
    out.set(path, value === undefined ? "null" : typeof value === "string" ? value : JSON.stringify(value));
  }
}
