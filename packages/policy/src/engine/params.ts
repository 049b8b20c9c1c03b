import type { KindCatalog } from "../k8s/catalog.js";
import { selectorMatches } from "../k8s/selectors.js";
import type { ParamKind, ParamRef } from "../model.js";
import { splitApiVersion, type Resource } from "../types.js";

/** Params for one evaluation, or why there are none. */
export type ParamLookup = { params: Resource[] } | { error: string };

/**
 * Param objects for `paramKind`/`paramRef`, taken from the manifests in the repository
 * (rendered targets, the policies folder, or the given manifests).
 */
export class ParamIndex {
  private readonly byKind = new Map<string, Resource[]>();

  constructor(
    candidates: Iterable<Resource>,
    private readonly catalog: KindCatalog,
  ) {
    for (const r of candidates) {
      const key = `${r.ref.apiVersion}/${r.ref.kind}`;
      const list = this.byKind.get(key) ?? [];
      list.push(r);
      this.byKind.set(key, list);
    }
    // The same object may be rendered by several targets; keep each identity once.
    for (const [key, list] of this.byKind) {
      const seen = new Set<string>();
      this.byKind.set(
        key,
        list.filter((r) => {
          const id = `${r.ref.namespace ?? ""}/${r.ref.name}`;
          if (seen.has(id)) return false;
          seen.add(id);
          return true;
        }),
      );
    }
  }

  /**
   * The params a binding selects for `object`: by name or by selector, in `paramRef.namespace`,
   * else (for a namespaced param kind) in the object's own namespace.
   */
  lookup(kind: ParamKind, ref: ParamRef, object: Resource): ParamLookup {
    const all = this.byKind.get(`${kind.apiVersion}/${kind.kind}`) ?? [];
    const { group } = splitApiVersion(kind.apiVersion);
    const namespaced = this.catalog.lookup(
      group,
      kind.kind,
      all.some((r) => r.ref.namespace !== undefined),
    ).namespaced;
    let namespace: string | undefined;
    if (ref.namespace !== undefined && ref.namespace !== "") namespace = ref.namespace;
    else if (namespaced) {
      namespace = object.ref.namespace;
      if (namespace === undefined) {
        return {
          error: `paramRef.namespace must be set to use the namespaced ${kind.kind} params on a cluster-scoped object`,
        };
      }
    }
    const inScope = all.filter((r) => (namespaced ? r.ref.namespace === namespace : true));
    const params =
      ref.name !== undefined
        ? inScope.filter((r) => r.ref.name === ref.name)
        : inScope.filter((r) => selectorMatches(ref.selector, r.labels));
    return { params };
  }
}
