import { FileHasher, TargetResults, type CacheStore } from "../../cache/src/index.js";
import type { LintConfig } from "../../core/src/config.js";
import type { Finding } from "../../core/src/finding.js";
import type { InputGraph } from "../../core/src/model/types.js";
import type { IndexEntry } from "../../render/src/output.js";
import { renderedSyncWaves } from "./extras.js";
import type { RenderedResource } from "./rendered.js";
import type { SchemaCatalog } from "./schema/catalog.js";
import { checkSchemas, type Locate } from "./schema/check.js";
import type { RepoCrd } from "./schema/crd.js";

/** One target's share of the schema pass: what a fresh pass over its resources finds. */
interface TargetLint {
  schema: Finding[];
  waves: Finding[];
}

export interface SchemaPassInput {
  repo: string;
  /** Rendered resources of `targets`, target by target in that order (as readRendered gives them). */
  resources: readonly RenderedResource[];
  /** By target id, the SHA-256 of the rendered bytes `resources` were parsed from (readRendered's). */
  digests: ReadonlyMap<string, string>;
  targets: readonly IndexEntry[];
  catalog: SchemaCatalog;
  config: LintConfig;
  strict: boolean;
  /** The repo's CRDs: every target's schema pass reads them through the catalog. */
  crds: readonly RepoCrd[];
  locate: Locate;
  graphs: ReadonlyMap<string, InputGraph>;
  /** The persistent cache, or none (then the pass runs over everything). */
  cache?: CacheStore;
  /** Folders never hashed (render/). */
  outputDirs: readonly string[];
  /** The run's file hasher (the model's, shared with render and policy); default a new one. */
  hasher?: FileHasher;
}

/**
 * The schema pass (and the sync-wave check on rendered objects), the part of lint whose cost
 * grows with every target, run target by target: a target's findings depend only on its own
 * resources, its input files (where findings are located), the schema set and the lint config.
 * With a cache, a target whose key is unchanged takes its findings from there. The result is
 * the same list, in the same order, as one pass over every resource: schema findings target by
 * target, then sync-wave findings target by target.
 */
export function schemaPass(input: SchemaPassInput): { schema: Finding[]; waves: Finding[] } {
  const byTarget = new Map<string, RenderedResource[]>();
  for (const r of input.resources) {
    const list = byTarget.get(r.target.id);
    if (list) list.push(r);
    else byTarget.set(r.target.id, [r]);
  }
  const fresh = (resources: readonly RenderedResource[]): TargetLint => ({
    schema: checkSchemas(resources, input.catalog, input.config.missingSchema, input.locate),
    waves: renderedSyncWaves(resources, input.locate),
  });
  const results = input.cache
    ? new TargetResults<TargetLint>(
        input.cache,
        "lint-target",
        input.hasher ?? new FileHasher(input.repo, input.outputDirs),
        {
          kubeVersion: input.catalog.kubeVersion,
          strict: input.strict,
          config: input.config,
          // The repo's CRDs feed every target's catalog: a CRD change re-checks every target.
          crds: input.crds.map((c) => [c.key, c.namespaced, c.schema]),
        },
        isTargetLint,
      )
    : undefined;
  const schema: Finding[] = [];
  const waves: Finding[] = [];
  for (const target of input.targets) {
    const resources = byTarget.get(target.id);
    if (!resources) continue;
    const graph = input.graphs.get(target.id);
    const digest = input.digests.get(target.id);
    const one =
      results && digest !== undefined
        ? results.through(
            {
              id: target.id,
              source: target.source,
              renderedSha256: digest,
              // SourceLocator reads the graph's YAML files sorted, and the YAML under its folders.
              inputs: { files: [...(graph?.files ?? [])].sort(), dirs: graph?.dirs ?? [] },
            },
            () => fresh(resources),
          )
        : fresh(resources);
    for (const f of one.schema) schema.push(f);
    for (const f of one.waves) waves.push(f);
  }
  return { schema, waves };
}

function isTargetLint(v: unknown): v is TargetLint {
  const r = v as Partial<TargetLint> | null;
  return typeof r === "object" && r !== null && Array.isArray(r.schema) && Array.isArray(r.waves);
}
