import { parseSelector, selectorMatches, type LabelSelector } from "../k8s/selectors.js";
import type { DocReader } from "../load/document.js";
import type { MatchContext } from "../model.js";
import type { Resource } from "../types.js";

/** One `resourceRules`/`excludeResourceRules` entry (admissionregistration NamedRuleWithOperations). */
export interface ResourceRule {
  apiGroups: string[];
  apiVersions: string[];
  resources: string[];
  operations: string[];
  resourceNames: string[];
  scope: "*" | "Cluster" | "Namespaced";
}

/** A parsed `matchConstraints` or `matchResources`. */
export interface MatchResources {
  /** undefined: no rule constraint (a binding that only narrows by selector). */
  resourceRules?: ResourceRule[];
  excludeResourceRules: ResourceRule[];
  namespaceSelector?: LabelSelector;
  objectSelector?: LabelSelector;
}

const SCOPES = ["*", "Cluster", "Namespaced"] as const;

/** Reads a MatchResources block at `path`; undefined when absent. */
export function parseMatchResources(doc: DocReader, path: (string | number)[]): MatchResources | undefined {
  if (!doc.object(path)) return undefined;
  const rules = (key: string): ResourceRule[] =>
    doc.list([...path, key]).map((_, i) => {
      const p = [...path, key, i];
      if (!doc.object(p)) throw doc.fail(p, "must be a map");
      return {
        apiGroups: doc.strings([...p, "apiGroups"]),
        apiVersions: doc.strings([...p, "apiVersions"]),
        resources: doc.strings([...p, "resources"]),
        operations: doc.strings([...p, "operations"]),
        resourceNames: doc.strings([...p, "resourceNames"]),
        scope: doc.oneOf([...p, "scope"], SCOPES, "*"),
      };
    });
  const result: MatchResources = { excludeResourceRules: rules("excludeResourceRules") };
  if (doc.get([...path, "resourceRules"]) !== undefined) result.resourceRules = rules("resourceRules");
  const ns = parseSelector(
    doc.get([...path, "namespaceSelector"]),
    "namespaceSelector",
    doc.at([...path, "namespaceSelector"]),
  );
  const obj = parseSelector(
    doc.get([...path, "objectSelector"]),
    "objectSelector",
    doc.at([...path, "objectSelector"]),
  );
  if (ns) result.namespaceSelector = ns;
  if (obj) result.objectSelector = obj;
  return result;
}

/**
 * True when the object is matched: a resource rule covers it (each object is checked as a
 * CREATE), no exclude rule does, and both selectors match. Cluster-scoped objects skip the
 * namespaceSelector, except Namespaces, which are matched on their own labels (as in Kubernetes).
 */
export function matchesResources(m: MatchResources, r: Resource, ctx: MatchContext): boolean {
  const info = ctx.catalog.of(r);
  if (
    m.resourceRules &&
    !m.resourceRules.some((rule) => ruleMatches(rule, r, info.resource, info.namespaced))
  )
    return false;
  if (m.excludeResourceRules.some((rule) => ruleMatches(rule, r, info.resource, info.namespaced)))
    return false;
  if (!selectorMatches(m.objectSelector, r.labels)) return false;
  if (m.namespaceSelector) {
    const labels = namespaceLabelsOf(r, info.namespaced, ctx);
    if (labels && !selectorMatches(m.namespaceSelector, labels)) return false;
  }
  return true;
}

/**
 * The labels namespaceSelector is matched against: the object's own for a Namespace, its
 * Namespace's for a namespaced object (a namespace we did not find has only the
 * `kubernetes.io/metadata.name` label Kubernetes puts on every namespace), none for other
 * cluster-scoped objects.
 */
export function namespaceLabelsOf(
  r: Resource,
  namespaced: boolean,
  ctx: MatchContext,
): Record<string, string> | undefined {
  if (r.group === "" && r.ref.kind === "Namespace") {
    return { ...r.labels, "kubernetes.io/metadata.name": r.ref.name };
  }
  if (!namespaced) return undefined;
  const ns = r.ref.namespace ?? "";
  return { ...(ctx.namespaces.get(ns) ?? {}), "kubernetes.io/metadata.name": ns };
}

function ruleMatches(rule: ResourceRule, r: Resource, resource: string, namespaced: boolean): boolean {
  const any = (list: string[], value: string) => list.includes("*") || list.includes(value);
  if (!any(rule.operations, "CREATE")) return false;
  if (!any(rule.apiGroups, r.group) || !any(rule.apiVersions, r.version)) return false;
  if (!rule.resources.some((x) => x === "*" || x === "*/*" || x === resource)) return false;
  if (rule.resourceNames.length > 0 && !rule.resourceNames.includes(r.ref.name)) return false;
  if (rule.scope === "Cluster" && namespaced) return false;
  if (rule.scope === "Namespaced" && !namespaced) return false;
  return true;
}
