import type { DocReader } from "../load/document.js";
import type { ResourceRule } from "../vap/match.js";
import { parseKyvernoMatch, type KyvernoMatch, type ResourceFilter } from "./match.js";

// Kyverno's autogen: a rule written for Pods also runs on the Pod controllers, through their Pod
// template. What follows mirrors Kyverno's own code (pkg/autogen/v1 for ClusterPolicy/Policy,
// pkg/cel/autogen for ValidatingPolicy), quirks included, so that CI and the cluster agree on
// which rules exist, what they are called and what they match.

/** The policy annotation that picks the controllers (`none`, `all`, or a comma-separated list). */
export const AUTOGEN_ANNOTATION = "pod-policies.kyverno.io/autogen-controllers";

/** Every controller Kyverno generates rules for by default. */
const POD_CONTROLLERS = [
  "DaemonSet",
  "Deployment",
  "Job",
  "StatefulSet",
  "ReplicaSet",
  "ReplicationController",
  "CronJob",
];
/** The controllers whose Pod template sits at `spec.template`. */
const TEMPLATE_CONTROLLERS = POD_CONTROLLERS.filter((k) => k !== "CronJob");
const POD_KINDS = new Set([...POD_CONTROLLERS, "Pod"]);

/** Kyverno writes generated kinds fully qualified. */
const GVK: Record<string, string> = {
  DaemonSet: "apps/v1/DaemonSet",
  Deployment: "apps/v1/Deployment",
  Job: "batch/v1/Job",
  StatefulSet: "apps/v1/StatefulSet",
  ReplicaSet: "apps/v1/ReplicaSet",
  ReplicationController: "v1/ReplicationController",
  CronJob: "batch/v1/CronJob",
  Pod: "v1/Pod",
};

/** One generated rule: its name, what it matches, and how its CEL text is rewritten. */
export interface AutogenRule {
  name: string;
  match: KyvernoMatch;
  exclude?: KyvernoMatch;
  rewrite: (text: string) => string;
}

/** Kyverno's textual rewrite of a rule's CEL (`object.spec` -> `object.spec.template.spec` ...). */
function replacer(template: string): (text: string) => string {
  const pairs: [string, string][] = [
    ["object.spec", `object.${template}.spec`],
    ["oldObject.spec", `oldObject.${template}.spec`],
    ["object.metadata", `object.${template}.metadata`],
    ["oldObject.metadata", `oldObject.${template}.metadata`],
  ];
  return (text) => pairs.reduce((t, [from, to]) => t.split(from).join(to), text);
}

export const rewriteForPodControllers = replacer("spec.template");
export const rewriteForCronJobs = replacer("spec.jobTemplate.spec.template");

/** The kind in `Kind`, `version/Kind` or `group/version/Kind` (a `Kind/subresource` gives Kind). */
function kindOf(spec: string): string {
  const parts = spec.split("/");
  if (parts.length === 2 && !/^[A-Z*]/.test(parts[1] ?? "")) return parts[0] ?? "";
  return parts[parts.length - 1] ?? "";
}

function containsKind(kinds: readonly string[], kind: string): boolean {
  return kinds.some((k) => kindOf(k) === kind);
}

function filtersOf(block: KyvernoMatch | undefined): ResourceFilter[] {
  if (!block) return [];
  return [...(block.top ? [block.top] : []), ...block.any, ...block.all];
}

/**
 * Kyverno's CanAutoGen, over every rule of the policy (whatever it does): no generate rule, no
 * JSON6902 patch, no filter narrowed by name, selector or annotations, no filter that lists Pod
 * together with other kinds, and at least one filter naming Pod or a Pod controller exactly.
 */
function canAutoGen(doc: DocReader): boolean {
  let needed = false;
  for (const [i] of doc.list(["spec", "rules"]).entries()) {
    const p = ["spec", "rules", i];
    if (doc.get([...p, "generate"]) != null) return false;
    if (nonEmpty(doc.get([...p, "mutate", "patchesJson6902"]))) return false;
    const foreach = doc.get([...p, "mutate", "foreach"]);
    if (
      Array.isArray(foreach) &&
      foreach.some(
        (f) =>
          typeof f === "object" &&
          f !== null &&
          nonEmpty((f as { patchesJson6902?: unknown }).patchesJson6902),
      )
    )
      return false;
    const filters = [
      ...filtersOf(parseKyvernoMatch(doc, [...p, "match"])),
      ...filtersOf(parseKyvernoMatch(doc, [...p, "exclude"])),
    ];
    for (const f of filters) {
      if (f.narrowed || (f.kinds.length > 1 && containsKind(f.kinds, "Pod"))) return false;
      needed ||= f.kinds.some((k) => POD_KINDS.has(k));
    }
  }
  return needed;
}

function nonEmpty(v: unknown): boolean {
  return typeof v === "string" ? v !== "" : v != null;
}

/**
 * The controllers a ClusterPolicy/Policy generates rules for, as Kyverno reads them: none when
 * autogen does not apply or the annotation says `none`; else the annotation's comma-separated
 * list (taken as written: Kyverno does not trim it), or every Pod controller.
 */
export function policyControllers(doc: DocReader): string[] {
  if (!canAutoGen(doc)) return [];
  const annotation = doc.get(["metadata", "annotations", AUTOGEN_ANNOTATION]);
  if (typeof annotation !== "string") return POD_CONTROLLERS;
  const list = [...new Set(annotation.split(","))];
  return list.length === 1 && list[0] === "none" ? [] : list;
}

/**
 * The rules Kyverno generates from one rule for `controllers`: `autogen-<rule>` for the
 * controllers with a `spec.template`, `autogen-cronjob-<rule>` for CronJobs. A rule only gets
 * them when its match names Pod (and its exclude, if it names kinds, names Pod too).
 */
export function autogenRules(
  rule: string,
  match: KyvernoMatch | undefined,
  exclude: KyvernoMatch | undefined,
  controllers: readonly string[],
): AutogenRule[] {
  if (controllers.length === 0 || rule.startsWith("autogen-") || !match) return [];
  const matchKinds = filtersOf(match).flatMap((f) => f.kinds);
  const excludeKinds = filtersOf(exclude).flatMap((f) => f.kinds);
  if (!containsKind(matchKinds, "Pod")) return [];
  if (excludeKinds.length > 0 && !containsKind(excludeKinds, "Pod")) return [];
  const out: AutogenRule[] = [];
  const rest = controllers.filter((c) => c !== "CronJob");
  // Kyverno joins the list and strips CronJob; an empty remainder generates nothing.
  if (rest.join(",") !== "") {
    const kinds = templateKinds(rest).map((k) => GVK[k] ?? k);
    const generated: AutogenRule = {
      name: ruleName("autogen", rule),
      match: retarget(match, kinds, true, false),
      rewrite: rewriteForPodControllers,
    };
    if (exclude) generated.exclude = retarget(exclude, kinds, true, true);
    out.push(generated);
  }
  if (controllers.some((c) => c.includes("CronJob") || c.includes("all"))) {
    const kinds = [GVK.CronJob ?? "CronJob"];
    const generated: AutogenRule = {
      name: ruleName("autogen-cronjob", rule),
      match: retarget(match, kinds, false, false),
      rewrite: rewriteForCronJobs,
    };
    if (exclude) generated.exclude = retarget(exclude, kinds, false, true);
    out.push(generated);
  }
  return out;
}

/** `all` is every template controller; otherwise the known names, or (none known) the list as given. */
function templateKinds(list: readonly string[]): string[] {
  if (list.length === 1 && list[0] === "all") return [...TEMPLATE_CONTROLLERS].sort();
  const known = list.filter((c) => TEMPLATE_CONTROLLERS.includes(c));
  return [...(known.length > 0 ? known : list)].sort();
}

/** Kyverno cuts generated rule names at 63 characters. */
function ruleName(prefix: string, rule: string): string {
  return `${prefix}-${rule}`.slice(0, 63);
}

/**
 * The generated rule's filters: in `any` if it has filters, else in `all`, else the top-level
 * filter. For controllers only the filters naming Pod change kinds; for CronJobs every one does.
 * An exclude block's top-level filter changes only when it names kinds.
 */
function retarget(block: KyvernoMatch, kinds: string[], onlyPod: boolean, exclude: boolean): KyvernoMatch {
  const swap = (f: ResourceFilter): ResourceFilter =>
    !onlyPod || containsKind(f.kinds, "Pod") ? { ...f, kinds } : f;
  if (block.any.length > 0) return { ...block, any: block.any.map(swap) };
  if (block.all.length > 0) return { ...block, all: block.all.map(swap) };
  if (!block.top || (exclude && block.top.kinds.length === 0)) return block;
  return { ...block, top: { ...block.top, kinds } };
}

// ValidatingPolicy (policies.kyverno.io) autogen.

/** A ValidatingPolicy controller: where it is served and which template path its rules read. */
interface VpolTarget {
  group: string;
  resource: string;
  cron: boolean;
}

const VPOL_TARGETS: Record<string, VpolTarget> = {
  daemonsets: { group: "apps", resource: "daemonsets", cron: false },
  deployments: { group: "apps", resource: "deployments", cron: false },
  replicasets: { group: "apps", resource: "replicasets", cron: false },
  statefulsets: { group: "apps", resource: "statefulsets", cron: false },
  jobs: { group: "batch", resource: "jobs", cron: false },
  cronjobs: { group: "batch", resource: "cronjobs", cron: true },
};

/** One generated ValidatingPolicy variant: the `defaults` (template) one or the `cronjobs` one. */
export interface VpolAutogen {
  /** `defaults` or `cronjobs`, as Kyverno keys them. */
  key: "defaults" | "cronjobs";
  resourceRules: ResourceRule[];
  rewrite: (text: string) => string;
}

/**
 * Kyverno's CanAutoGen for a ValidatingPolicy: exactly one resource rule, for core v1 `pods`,
 * with no resourceNames, no exclude rules and no namespace or object selector.
 */
function vpolCanAutoGen(doc: DocReader): boolean {
  const m = ["spec", "matchConstraints"];
  if (!doc.object(m)) return false;
  for (const sel of ["namespaceSelector", "objectSelector"]) {
    const labels = doc.get([...m, sel, "matchLabels"]);
    const exprs = doc.get([...m, sel, "matchExpressions"]);
    if (labels && typeof labels === "object" && Object.keys(labels).length > 0) return false;
    if (Array.isArray(exprs) && exprs.length > 0) return false;
  }
  if (doc.list([...m, "excludeResourceRules"]).length > 0) return false;
  const rules = doc.list([...m, "resourceRules"]);
  if (rules.length !== 1) return false;
  const r = [...m, "resourceRules", 0];
  const only = (key: string, value: string) => {
    const list = doc.strings([...r, key]);
    return list.length === 1 && list[0] === value;
  };
  return (
    doc.strings([...r, "resourceNames"]).length === 0 &&
    only("apiGroups", "") &&
    only("apiVersions", "v1") &&
    only("resources", "pods")
  );
}

/**
 * The variants Kyverno generates for a ValidatingPolicy: by default every controller but
 * ReplicationController; `spec.autogen.podControllers.controllers` (resource names) narrows it,
 * and an empty list turns autogen off. Operations come from the policy's first resource rule.
 */
export function vpolAutogen(doc: DocReader): VpolAutogen[] {
  if (!vpolCanAutoGen(doc)) return [];
  const path = ["spec", "autogen", "podControllers", "controllers"];
  const chosen = doc.get(path) == null ? Object.keys(VPOL_TARGETS) : doc.strings(path);
  const operations = doc.strings(["spec", "matchConstraints", "resourceRules", 0, "operations"]);
  const targets = [...new Set(chosen)].flatMap((c) => (VPOL_TARGETS[c] ? [VPOL_TARGETS[c]] : []));
  const out: VpolAutogen[] = [];
  for (const key of ["cronjobs", "defaults"] as const) {
    const group = targets.filter((t) => t.cron === (key === "cronjobs"));
    if (group.length === 0) continue;
    const byGroup = new Map<string, string[]>();
    for (const t of group) byGroup.set(t.group, [...(byGroup.get(t.group) ?? []), t.resource]);
    const resourceRules: ResourceRule[] = [...byGroup.keys()].sort().map((g) => ({
      apiGroups: [g],
      apiVersions: ["v1"],
      resources: [...(byGroup.get(g) ?? [])].sort(),
      operations,
      resourceNames: [],
      scope: "*",
    }));
    const template = key === "cronjobs" ? "spec.jobTemplate.spec.template" : "spec.template";
    out.push({ key, resourceRules, rewrite: protectedReplacer(template) });
  }
  return out;
}

/**
 * The ValidatingPolicy rewrite: like the ClusterPolicy one, except that an occurrence followed
 * by `.name` or `.namespace` stays on the controller's own metadata.
 */
function protectedReplacer(template: string): (text: string) => string {
  const steps: [string, string][] = [];
  for (const [from, to] of [
    ["spec", `${template}.spec`],
    ["metadata", `${template}.metadata`],
  ] as const) {
    steps.push([`object.${from}`, `object.${to}`], [`oldObject.${from}`, `oldObject.${to}`]);
  }
  return (text) => steps.reduce((t, [from, to]) => replaceUnprotected(t, from, to), text);
}

function replaceUnprotected(text: string, from: string, to: string): string {
  let out = "";
  let rest = text;
  for (let i = rest.indexOf(from); i >= 0; i = rest.indexOf(from)) {
    out += rest.slice(0, i);
    rest = rest.slice(i + from.length);
    out += /^\.(name|namespace)(?![A-Za-z0-9_])/.test(rest) ? from : to;
  }
  return out + rest;
}
