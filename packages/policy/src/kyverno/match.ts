import { minimatch } from "minimatch";
import { parseSelector, selectorMatches, type LabelSelector } from "../k8s/selectors.js";
import type { DocReader } from "../load/document.js";
import type { MatchContext } from "../model.js";
import { stringMap, type Resource } from "../types.js";
import { namespaceLabelsOf } from "../vap/match.js";

/** One Kyverno resource filter (`match.any[].resources` and friends). */
export interface ResourceFilter {
  kinds: string[];
  names: string[];
  namespaces: string[];
  operations: string[];
  annotations: Record<string, string>;
  selector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  /** The filter names subjects, roles or clusterRoles: it needs a real requester. */
  byRequester: boolean;
  /** Fields autogen looks at: `name`/`names`, `selector` and `annotations` as written. */
  narrowed: boolean;
}

/** A rule's `match` or `exclude` block. */
export interface KyvernoMatch {
  any: ResourceFilter[];
  all: ResourceFilter[];
  /** The older top-level `resources` filter, which must match as well. */
  top?: ResourceFilter;
}

type Path = (string | number)[];

/** Reads `match`/`exclude` (with `any`, `all`, or the older top-level `resources`). */
export function parseKyvernoMatch(doc: DocReader, path: Path): KyvernoMatch | undefined {
  if (!doc.object(path)) return undefined;
  const filters = (key: string) =>
    doc.list([...path, key]).map((_, i) => parseFilter(doc, [...path, key, i]));
  const block: KyvernoMatch = { any: filters("any"), all: filters("all") };
  if (doc.object([...path, "resources"])) block.top = parseFilter(doc, path);
  return block;
}

function parseFilter(doc: DocReader, path: Path): ResourceFilter {
  const res = [...path, "resources"];
  const filter: ResourceFilter = {
    kinds: doc.strings([...res, "kinds"]),
    names: [
      ...doc.strings([...res, "names"]),
      ...(doc.string([...res, "name"]) ? [doc.string([...res, "name"]) ?? ""] : []),
    ],
    namespaces: doc.strings([...res, "namespaces"]),
    operations: doc.strings([...res, "operations"]),
    annotations: stringMap(doc.get([...res, "annotations"])),
    byRequester: ["subjects", "roles", "clusterRoles"].some((k) => doc.get([...path, k]) !== undefined),
    narrowed:
      !!doc.get([...res, "name"]) ||
      doc.strings([...res, "names"]).length > 0 ||
      doc.get([...res, "selector"]) != null ||
      doc.get([...res, "annotations"]) != null,
  };
  const selector = parseSelector(doc.get([...res, "selector"]), "selector", doc.at([...res, "selector"]));
  const nsSelector = parseSelector(
    doc.get([...res, "namespaceSelector"]),
    "namespaceSelector",
    doc.at([...res, "namespaceSelector"]),
  );
  if (selector) filter.selector = selector;
  if (nsSelector) filter.namespaceSelector = nsSelector;
  return filter;
}

/**
 * True when a rule applies: its match block matches and its exclude block does not.
 * Filters on subjects, roles or clusterRoles never match: CI has no real requester.
 */
export function kyvernoMatches(
  match: KyvernoMatch | undefined,
  exclude: KyvernoMatch | undefined,
  r: Resource,
  ctx: MatchContext,
): boolean {
  if (!match || !blockMatches(match, r, ctx)) return false;
  return !(exclude && blockMatches(exclude, r, ctx));
}

function blockMatches(block: KyvernoMatch, r: Resource, ctx: MatchContext): boolean {
  if (block.any.length === 0 && block.all.length === 0 && !block.top) return false;
  if (block.any.length > 0 && !block.any.some((f) => filterMatches(f, r, ctx))) return false;
  if (block.top && !filterMatches(block.top, r, ctx)) return false;
  return block.all.every((f) => filterMatches(f, r, ctx));
}

function filterMatches(f: ResourceFilter, r: Resource, ctx: MatchContext): boolean {
  if (f.byRequester) return false;
  if (f.operations.length > 0 && !f.operations.includes("CREATE")) return false;
  if (f.kinds.length > 0 && !f.kinds.some((k) => kindMatches(k, r))) return false;
  if (f.names.length > 0 && !f.names.some((n) => wildcard(n, r.ref.name))) return false;
  const isNamespace = r.group === "" && r.ref.kind === "Namespace";
  const namespace = isNamespace ? r.ref.name : (r.ref.namespace ?? "");
  if (f.namespaces.length > 0 && !f.namespaces.some((n) => wildcard(n, namespace))) return false;
  const annotations = stringMap(r.object.metadata?.annotations);
  for (const [k, v] of Object.entries(f.annotations)) {
    if (!Object.keys(annotations).some((key) => wildcard(k, key) && wildcard(v, annotations[key] ?? "")))
      return false;
  }
  if (!selectorMatches(f.selector, r.labels)) return false;
  if (f.namespaceSelector) {
    const labels = namespaceLabelsOf(r, ctx.catalog.of(r).namespaced, ctx);
    if (!labels || !selectorMatches(f.namespaceSelector, labels)) return false;
  }
  return true;
}

/** `Kind`, `version/Kind` or `group/version/Kind`, each part with `*` wildcards; subresources never match. */
function kindMatches(spec: string, r: Resource): boolean {
  const parts = spec.split("/");
  if (parts.length > 3 || (parts.length === 2 && !/^[A-Z*]/.test(parts[1] ?? ""))) return false;
  const kind = parts[parts.length - 1] ?? "";
  if (!wildcard(kind, r.ref.kind)) return false;
  if (parts.length === 2) return wildcard(parts[0] ?? "", r.version);
  if (parts.length === 3) return wildcard(parts[0] ?? "", r.group) && wildcard(parts[1] ?? "", r.version);
  return true;
}

function wildcard(pattern: string, value: string): boolean {
  return pattern === value || minimatch(value, pattern, { dot: true, nocomment: true, nonegate: true });
}
