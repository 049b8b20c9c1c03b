/**
 * generators.Transform: one generator entry to parameter sets, one result per
 * generator kind it names. Its `selector` filters the sets (on their flattened
 * values), a `template` of its own is merged over the ApplicationSet's, and
 * inside a matrix its fields are first templated with the other child's params.
 */
import { messageOf } from "../../errors.js";
import { flattenParams, type Params } from "../params.js";
import { isObject, mergeTemplates, renderDeep, type Json } from "../render.js";
import { compileSelector, SelectorError } from "../selector.js";
import { clusterGenerator } from "./clusters.js";
import { gitGenerator } from "./git.js";
import { listGenerator } from "./list.js";
import { liveGenerator } from "./live.js";
import { matrixGenerator } from "./matrix.js";
import { mergeGenerator } from "./merge.js";
import { pullRequestGenerator } from "./pull-request.js";
import { ExpansionError, type Run } from "./run.js";
import { isNonEmptyParams } from "./values.js";

/** In the order of ApplicationSetGenerator's fields, which is the order Argo CD runs them in. */
export const GENERATOR_KINDS = [
  "list",
  "clusters",
  "git",
  "scmProvider",
  "clusterDecisionResource",
  "pullRequest",
  "matrix",
  "merge",
  "plugin",
] as const;
export type GeneratorKind = (typeof GENERATOR_KINDS)[number];

export interface TransformResult {
  kind: GeneratorKind;
  params: Params[];
  /** The generator's template merged over the base template. */
  template: Json | undefined;
}

/** Nesting: 0 for spec.generators, 1 inside a matrix/merge, 2 inside a nested one (terminal generators only). */
export function transform(
  generator: unknown,
  run: Run,
  base: Json | undefined,
  interpolate: Params | undefined,
  depth: number,
): TransformResult[] {
  if (!isObject(generator)) throw new ExpansionError("a generator must be a map");
  let select: ((labels: Record<string, string>) => boolean) | undefined;
  try {
    if (generator.selector !== undefined && generator.selector !== null)
      select = compileSelector(generator.selector, false);
  } catch (err) {
    if (err instanceof SelectorError)
      throw new ExpansionError(`error parsing label selector: ${err.message}`);
    throw err;
  }
  const kinds = GENERATOR_KINDS.filter((k) => generator[k] !== undefined && generator[k] !== null);
  const results: TransformResult[] = [];
  for (const kind of kinds) {
    if ((kind === "matrix" || kind === "merge") && depth >= 2) {
      throw new ExpansionError("matrix and merge generators can only be nested once");
    }
    const own = isObject(generator[kind]) ? (generator[kind] as Record<string, Json>).template : undefined;
    const template = mergeTemplates(own, base);
    let spec = generator;
    if (isNonEmptyParams(interpolate)) {
      try {
        spec = renderDeep(generator, interpolate, run.replace) as typeof generator;
      } catch (err) {
        throw new ExpansionError(`failed to replace parameters in generator: ${messageOf(err)}`);
      }
    }
    const params = generate(kind, spec[kind], run, depth);
    const kept = select ? params.filter((p) => select(flattenParams(p))) : params;
    results.push({ kind, params: kept, template });
  }
  return results;
}

/** A matrix or merge child's parameter sets (Go's getParams). */
function childParams(child: unknown, run: Run, params: Params | undefined, depth: number): Params[] {
  const results = transform(child, run, undefined, params, depth);
  if (results.length === 0) throw new ExpansionError("child generator generated no parameters");
  if (results.length > 1) throw new ExpansionError("found more than one generator in matrix.Generators");
  return results[0]?.params ?? [];
}

function generate(kind: GeneratorKind, spec: unknown, run: Run, depth: number): Params[] {
  switch (kind) {
    case "list":
      return listGenerator(spec, run);
    case "clusters":
      return clusterGenerator(spec, run);
    case "git":
      return gitGenerator(spec, run);
    case "pullRequest":
      return pullRequestGenerator(spec, run);
    case "scmProvider":
    case "clusterDecisionResource":
    case "plugin":
      return liveGenerator(kind, spec, run);
    case "matrix":
      return matrixGenerator(spec, run, (child, params) => childParams(child, run, params, depth + 1));
    case "merge":
      return mergeGenerator(spec, run, (child, params) => childParams(child, run, params, depth + 1));
  }
}
