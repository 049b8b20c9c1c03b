/** Shared helpers for generator specs: reading fields, and the `values` every generator may add. */
import { messageOf } from "../../errors.js";
import { isMap, newMap, put, typed } from "../gotemplate/values.js";
import type { Params } from "../params.js";
import { isObject } from "../render.js";
import { ExpansionError, type Run } from "./run.js";

export function asObject(v: unknown): Record<string, unknown> {
  return isObject(v) ? v : {};
}

export function asString(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

/** A map[string]string field: scalars become strings, anything else is an error naming the field. */
export function stringMap(v: unknown, field: string): [string, string][] {
  if (v === undefined || v === null) return [];
  if (!isObject(v)) throw new ExpansionError(`${field} must be a map of strings`);
  return Object.entries(v).map(([k, x]) => {
    if (typeof x === "object" && x !== null) throw new ExpansionError(`${field}.${k} must be a string`);
    return [k, asString(x)];
  });
}

/**
 * appendTemplatedValues: each value is rendered against the parameters the
 * generator made (not against other values), then added as `values.KEY`
 * (fasttemplate) or under a `values` map (Go templates).
 */
export function appendValues(values: unknown, params: Params, run: Run, field: string): void {
  const entries = stringMap(values, field);
  if (entries.length === 0) return;
  const rendered: [string, string][] = entries.map(([k, v]) => {
    try {
      return [k, run.replace(v, params)];
    } catch (err) {
      throw new ExpansionError(`failed to append templated values: ${messageOf(err)}`);
    }
  });
  if (run.goTemplate) {
    const m = newMap();
    for (const [k, v] of rendered) put(m, k, v);
    put(params, "values", typed(m, "map[string]string"));
  } else {
    for (const [k, v] of rendered) put(params, `values.${k}`, v);
  }
}

export function isNonEmptyParams(p: Params | undefined): p is Params {
  return p !== undefined && isMap(p) && Object.keys(p).length > 0;
}
