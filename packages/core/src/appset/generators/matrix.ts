/**
 * The matrix generator: every parameter set of the first child combined with
 * every set the second child makes when its fields are templated with the
 * first's. Go templates merge the sets (the first child's values win);
 * fasttemplate refuses a key the two children give different values.
 */
import { LIMITS } from "../budget.js";
import { formatValue, newMap, put } from "../gotemplate/values.js";
import { deepClone, mergoMerge, type Params } from "../params.js";
import { ExpansionError, type Run } from "./run.js";
import { asObject } from "./values.js";

/** Parameters of one child generator, its fields templated with `params` when given. */
export type ChildParams = (child: unknown, params: Params | undefined) => Params[];

export function matrixGenerator(spec: unknown, run: Run, childParams: ChildParams): Params[] {
  const generators = asObject(spec).generators;
  if (!Array.isArray(generators) || generators.length < 2) {
    throw new ExpansionError("found less than two generators, Matrix support only two");
  }
  if (generators.length > 2)
    throw new ExpansionError("found more than two generators, Matrix support only two");
  const first: Params[] = wrap("first", () => childParams(generators[0], undefined));
  const out: Params[] = [];
  for (const a of first) {
    const second = wrap("second", () => childParams(generators[1], a));
    for (const b of second) {
      out.push(run.goTemplate ? mergeGo(a, b) : combineStrings(a, b));
      if (out.length > LIMITS.maxApplications) {
        throw new ExpansionError(
          `the matrix generator makes more than ${LIMITS.maxApplications} parameter sets`,
        );
      }
    }
  }
  return out;
}

function wrap(which: "first" | "second", fn: () => Params[]): Params[] {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ExpansionError) {
      throw new ExpansionError(
        which === "first"
          ? `error failed to get params for first generator in matrix generator: ${err.message}`
          : `failed to get params for second generator in the matrix generator: ${err.message}`,
      );
    }
    throw err;
  }
}

/** mergo.Merge(&tmp, b, WithOverride) then mergo.Merge(&tmp, a, WithOverride). */
function mergeGo(a: Params, b: Params): Params {
  const tmp = mergoMerge(newMap(), deepClone(b) as Params, true);
  return mergoMerge(tmp, deepClone(a) as Params, true);
}

/** utils.CombineStringMaps. */
function combineStrings(a: Params, b: Params): Params {
  const out = newMap();
  for (const k of Object.keys(a)) put(out, k, formatValue(a[k]));
  for (const k of Object.keys(b)) {
    const v = formatValue(b[k]);
    const current = Object.prototype.hasOwnProperty.call(out, k) ? out[k] : undefined;
    if (current !== undefined && current !== v) {
      throw new ExpansionError(
        `failed to combine string maps with merging params for the matrix generator: found duplicate key ${k} with different value, a: ${formatValue(current)} ,b: ${v}`,
      );
    }
    put(out, k, v);
  }
  return out;
}
