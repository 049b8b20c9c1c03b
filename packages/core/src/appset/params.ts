/**
 * Generator parameters: conversion from parsed YAML/JSON into Go values, the
 * dot-flattening fasttemplate sees (jeremywohl/flatten), and mergo's map merge
 * (how matrix, merge and sprig's `merge` combine maps).
 */
import { LIMITS } from "./budget.js";
import {
  containerTypeOf,
  formatValue,
  hasOwn,
  Int64,
  isMap,
  isTrue,
  newMap,
  put,
  typed,
  type GoMap,
  type GoValue,
} from "./gotemplate/values.js";

export type Params = GoMap;

export class DepthError extends Error {
  constructor() {
    super(`values are nested more than ${LIMITS.maxDepth} levels deep`);
  }
}

/**
 * Parsed YAML or JSON as Go sees it after sigs.k8s.io/yaml: maps, slices,
 * strings, booleans, null, and every number a float64.
 */
export function toGoValue(v: unknown, depth = 0): GoValue {
  if (depth > LIMITS.maxDepth) throw new DepthError();
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString().replace(".000Z", "Z");
  if (Array.isArray(v)) return v.map((x) => toGoValue(x, depth + 1));
  if (v instanceof Map) {
    const m = newMap();
    for (const [k, x] of v) put(m, String(k), toGoValue(x, depth + 1));
    return m;
  }
  if (typeof v === "object") {
    const m = newMap();
    for (const [k, x] of Object.entries(v)) put(m, k, toGoValue(x, depth + 1));
    return m;
  }
  return null;
}

/** Go values back to plain JSON-able data (ints as numbers, missing values dropped). */
export function toPlain(v: GoValue, depth = 0): unknown {
  if (depth > LIMITS.maxDepth) throw new DepthError();
  if (v === undefined) return undefined;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Int64) return Number(v.v);
  if (Array.isArray(v)) return v.map((x) => toPlain(x, depth + 1) ?? null);
  if (isMap(v)) {
    const entries: [string, unknown][] = [];
    for (const k of Object.keys(v)) {
      const x = toPlain(v[k], depth + 1);
      if (x !== undefined) entries.push([k, x]);
    }
    return Object.fromEntries(entries);
  }
  return v;
}

export function deepClone(v: GoValue, depth = 0): GoValue {
  if (depth > LIMITS.maxDepth) throw new DepthError();
  if (Array.isArray(v)) {
    const out = v.map((x) => deepClone(x, depth + 1));
    const tag = containerTypeOf(v);
    return tag ? typed(out, tag) : out;
  }
  if (isMap(v)) {
    const m = newMap();
    for (const k of Object.keys(v)) put(m, k, deepClone(v[k], depth + 1));
    const tag = containerTypeOf(v);
    return tag ? typed(m, tag) : m;
  }
  return v;
}

/** Go's zero values and empty containers: what mergo's merge may overwrite. */
function isEmptyGo(v: GoValue): boolean {
  return !isTrue(v);
}

/**
 * mergo.Merge(&dst, src[, WithOverride]) for map[string]interface{}: nested
 * maps merge into each other, and a value is taken from src when dst has none
 * (or an empty one), or always with `overwrite`. Mutates and returns dst.
 */
export function mergoMerge(dst: GoMap, src: GoMap, overwrite: boolean, depth = 0): GoMap {
  if (depth > LIMITS.maxDepth) throw new DepthError();
  for (const k of Object.keys(src)) {
    const s = src[k];
    const d = hasOwn(dst, k) ? dst[k] : undefined;
    if (s === null || s === undefined) {
      if (overwrite) put(dst, k, null);
      continue;
    }
    if (isMap(s)) {
      if (isMap(d)) {
        mergoMerge(d, s, overwrite, depth + 1);
        continue;
      }
      if (d !== undefined && !isEmptyGo(d)) continue;
      put(dst, k, s);
      continue;
    }
    if (overwrite || d === undefined || isEmptyGo(d)) put(dst, k, s);
  }
  return dst;
}

/**
 * jeremywohl/flatten with DotStyle, then `%v` of every leaf: how Argo CD turns
 * nested values into the flat strings that selectors and fasttemplate see.
 * Only map[string]interface{} and []interface{} are walked; typed containers
 * (a cluster's labels in Go template mode) print whole, as Go prints them.
 */
export function flattenParams(params: GoMap, fully = false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (v: GoValue, key: string, depth: number): void => {
    if (depth > LIMITS.maxDepth) throw new DepthError();
    const walkable = fully || typeof v !== "object" || v === null || containerTypeOf(v) === undefined;
    if (isMap(v) && walkable) {
      for (const k of Object.keys(v)) walk(v[k], key === "" ? k : `${key}.${k}`, depth + 1);
      return;
    }
    if (Array.isArray(v) && walkable) {
      v.forEach((x, i) => {
        walk(x, key === "" ? String(i) : `${key}.${i}`, depth + 1);
      });
      return;
    }
    Object.defineProperty(out, key, {
      value: formatValue(v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  for (const k of Object.keys(params)) walk(params[k], k, 1);
  return out;
}

/** Params from a flat string map (fasttemplate mode). */
export function flatParams(entries: Iterable<[string, string]>): Params {
  const m = newMap();
  for (const [k, v] of entries) put(m, k, v);
  return m;
}
