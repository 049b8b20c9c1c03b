import type { K8sObject, NamespaceLabels, Resource } from "../types.js";

/** The Namespaces objects may live in: their labels (for namespaceSelector) and the objects themselves. */
export interface Namespaces {
  labels: NamespaceLabels;
  objects: ReadonlyMap<string, K8sObject>;
}

/**
 * Collects the Namespace objects among `resources` (for a repository: those rendered for the
 * target's env, `clusters/<env>` above all). When two define the same name, the first wins.
 */
export function collectNamespaces(resources: Iterable<Resource>): Namespaces {
  const labels = new Map<string, Record<string, string>>();
  const objects = new Map<string, K8sObject>();
  for (const r of resources) {
    if (r.group !== "" || r.ref.kind !== "Namespace" || labels.has(r.ref.name)) continue;
    labels.set(r.ref.name, { ...r.labels, "kubernetes.io/metadata.name": r.ref.name });
    objects.set(r.ref.name, r.object);
  }
  return { labels, objects };
}
