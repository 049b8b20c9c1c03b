import { posix } from "node:path";
import {
  cacheKey,
  FileHasher,
  modelHasher,
  TargetResults,
  Unhashable,
  type CacheStore,
} from "../../cache/src/index.js";
import type { PolicyConfig } from "../../core/src/config.js";
import type { CompiledPolicy } from "./engine/compile.js";
import { runCelPolicies, type PolicyResult, type RunOptions } from "./engine/run.js";
import type { SourceLocator } from "./inputs/locate.js";
import type { Resource } from "./types.js";
import type { CheckInputs } from "./check.js";

/** One target's in-process evaluation: its results (located, before waivers) and the count. */
interface TargetPolicy {
  results: Omit<PolicyResult, "resource">[];
  evaluations: number;
}

export interface TargetEvaluation {
  repo: string;
  compiled: readonly CompiledPolicy[];
  inputs: CheckInputs;
  run: RunOptions;
  locator: SourceLocator;
  cache: CacheStore;
  /** The policies folder and the waivers file in it (waivers apply afterwards, so no key holds them). */
  dir: string;
  exceptions: string;
  config: PolicyConfig;
  /** Every checked object, and the policies folder's: CRDs and params come from them. */
  all: readonly Resource[];
  objects: readonly Resource[];
}

/**
 * The in-process CEL evaluation, target by target, each target's results from the cache when
 * nothing it depends on changed: its rendered bytes, its input files (findings are located in
 * them), its env and that env's Namespaces, the policies folder, `policy.enforcement`, and the
 * CRDs and param objects of the whole run (a CRD changes a kind's scope, a ConfigMap a param).
 * Waivers are applied later to the union, so unused and expired waivers are still decided over
 * the whole run. The results are those of one pass over `inputs.groups`, in the same order:
 * env by env, and within an env target by target, as the groups were built.
 */
export function evaluateTargets(e: TargetEvaluation): {
  results: PolicyResult[];
  evaluations: number;
} {
  // The model's hasher: validate's render and lint hashed these files already in this run.
  const hasher = e.inputs.model ? modelHasher(e.inputs.model) : new FileHasher(e.repo, ["render"]);
  const paramKinds = new Set(
    e.compiled.flatMap((c) => {
      const k = c.bound.policy.paramKind;
      return k ? [`${k.apiVersion}/${k.kind}`] : [];
    }),
  );
  const cross = [...e.all, ...e.objects];
  // A policies folder that cannot be hashed faithfully (a symlinked folder) is checked uncached.
  const policies = hashOrUndefined(() =>
    hasher.dirWithout(e.dir, (rel) => rel === posix.normalize(e.exceptions)),
  );
  const shared = {
    policies,
    config: { ...e.config, exceptions: null },
    crds: cacheKey(
      cross
        .filter((r) => r.ref.kind === "CustomResourceDefinition" && r.group === "apiextensions.k8s.io")
        .map((r) => r.object),
    ),
    params: cacheKey(
      cross.filter((r) => paramKinds.has(`${r.ref.apiVersion}/${r.ref.kind}`)).map((r) => [r.ref, r.object]),
    ),
  };
  const cache = new TargetResults<TargetPolicy>(e.cache, "policy-target", hasher, shared, isTargetPolicy);
  const results: PolicyResult[] = [];
  let evaluations = 0;
  for (const group of e.inputs.groups) {
    const namespaces = cacheKey([...group.namespaces.objects]);
    for (const file of e.inputs.files) {
      const entry = file.target === undefined ? undefined : e.inputs.entries.get(file.target);
      if (!entry || entry.env !== group.env) continue;
      const fresh = (): TargetPolicy => {
        const one = runCelPolicies(e.compiled, [{ ...group, resources: file.resources }], e.run);
        for (const r of one.results)
          if (r.resource && r.finding.file === undefined) e.locator.locate(r.finding, r.resource);
        // What waivers and the report read; the object itself stays out of the entry.
        const kept = one.results.map(({ finding, policy, rule, waivable }) =>
          rule === undefined ? { finding, policy, waivable } : { finding, policy, rule, waivable },
        );
        return { results: kept, evaluations: one.evaluations };
      };
      const graph = e.inputs.model?.graph(entry.id);
      // Unkeyable (a policies folder that cannot be hashed, bytes not read here): checked fresh.
      const one =
        policies === undefined || file.sha256 === undefined
          ? fresh()
          : cache.through(
              {
                id: entry.id,
                source: entry.source,
                renderedSha256: file.sha256,
                // The locator searches the graph's files in this order, then the YAML under its folders.
                inputs: { files: graph?.files ?? [], dirs: graph?.dirs ?? [] },
                extra: { env: group.env ?? null, namespaces },
              },
              fresh,
            );
      for (const r of one.results) results.push(r);
      evaluations += one.evaluations;
    }
  }
  return { results, evaluations };
}

function hashOrUndefined(hash: () => string): string | undefined {
  try {
    return hash();
  } catch (err) {
    if (err instanceof Unhashable) return undefined;
    throw err;
  }
}

/** Whether the results of `runCelPolicies` may be computed target by target (all rendered). */
export function perTarget(inputs: CheckInputs): boolean {
  return inputs.entries.size > 0 && inputs.files.every((f) => f.target !== undefined);
}

function isTargetPolicy(v: unknown): v is TargetPolicy {
  const r = v as Partial<TargetPolicy> | null;
  return (
    typeof r === "object" &&
    r !== null &&
    typeof r.evaluations === "number" &&
    Array.isArray(r.results) &&
    r.results.every((x) => typeof x.policy === "string" && typeof x.finding === "object")
  );
}
