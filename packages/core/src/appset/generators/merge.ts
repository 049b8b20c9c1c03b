/**
 * The merge generator: parameter sets of the first child, overridden by sets
 * of later children that agree on every merge key; sets no base set matches
 * are dropped. Each child's sets must be unique by the merge keys.
 */
import { goJson } from "../sprig/encoding.js";
import { hasOwn, newMap, put } from "../gotemplate/values.js";
import { deepClone, mergoMerge, type Params } from "../params.js";
import type { ChildParams } from "./matrix.js";
import { ExpansionError, type Run } from "./run.js";
import { asObject, asString } from "./values.js";

function byMergeKey(keys: string[], sets: Params[]): Map<string, Params> {
  if (keys.length === 0)
    throw new ExpansionError("no merge keys were specified, Merge requires at least one");
  const unique = [...new Set(keys)];
  const out = new Map<string, Params>();
  for (const set of sets) {
    const key = newMap();
    for (const k of unique) put(key, k, hasOwn(set, k) ? set[k] : null);
    const json = goJson(key, { html: true, indent: false });
    if (out.has(json)) {
      throw new ExpansionError(
        `error getting param sets by merge key: the parameters from a generator were not unique by the given mergeKeys, Merge requires all param sets to be unique. Duplicate key was ${json}`,
      );
    }
    out.set(json, set);
  }
  return out;
}

export function mergeGenerator(spec: unknown, run: Run, childParams: ChildParams): Params[] {
  const merge = asObject(spec);
  const generators = merge.generators;
  if (!Array.isArray(generators) || generators.length < 2) {
    throw new ExpansionError("found less than two generators, Merge requires two or more");
  }
  const keys = Array.isArray(merge.mergeKeys) ? merge.mergeKeys.map(asString) : [];
  const sets = generators.map((g, i) => {
    try {
      return childParams(g, undefined);
    } catch (err) {
      if (err instanceof ExpansionError) {
        throw new ExpansionError(
          `error getting params from generator ${i + 1} of ${generators.length}: ${err.message}`,
        );
      }
      throw err;
    }
  });
  const base = byMergeKey(keys, sets[0] ?? []);
  for (const later of sets.slice(1)) {
    const overrides = byMergeKey(keys, later);
    for (const [key, baseSet] of base) {
      const override = overrides.get(key);
      if (!override) continue;
      if (run.goTemplate) {
        base.set(key, mergoMerge(deepClone(baseSet) as Params, deepClone(override) as Params, true));
      } else {
        const combined = newMap();
        for (const k of Object.keys(baseSet)) put(combined, k, baseSet[k]);
        for (const k of Object.keys(override)) put(combined, k, override[k]);
        base.set(key, combined);
      }
    }
  }
  return [...base.values()];
}
