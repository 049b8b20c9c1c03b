/**
 * The checks only a preview needs: generated names that fit, a namespace of its own, and a
 * teardown Argo CD will really do when the pull request closes.
 */
import type { Finding, Severity } from "../../core/src/finding.js";
import { isObject } from "../../core/src/model/applications.js";
import type { ModelApplication } from "../../core/src/model/types.js";
import type { PreviewRule } from "./rules.js";
import { specOf, type PreviewSet } from "./sets.js";

/** RFC 1123 label characters; the length is checked on its own for a clearer message. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_LABEL = 63;
/** Argo CD's cascade-deleting finalizer, alone or with its /foreground or /background suffix. */
const FINALIZER = /^resources-finalizer\.argocd\.argoproj\.io(\/(foreground|background))?$/;
/** ApplicationSet policies under which the controller never deletes a generated Application. */
const NO_DELETE = ["create-only", "create-update"];

/** What the checks of one ApplicationSet's previews need to know besides the Applications. */
export interface SetContext {
  set: PreviewSet;
  apps: readonly ModelApplication[];
  /** Namespaces the set gives other pull requests' previews (empty when no other one could be expanded). */
  otherNamespaces: ReadonlySet<string>;
  /** True when at least one other pull request could be expanded (otherNamespaces means something). */
  comparedWithOthers: boolean;
  /** Names and namespaces for a branch whose slug is 50 characters, when that PR is still selected. */
  longest: { names: string[]; namespaces: string[] } | undefined;
  /** Namespaces of the real environments: namespace → the Application that deploys there. */
  envNamespaces: ReadonlyMap<string, string>;
  /** Names of the Namespace objects each preview Application renders, by Application name. */
  renderedNamespaces: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Every preview check for one ApplicationSet's Applications. */
export function checkPreviews(ctx: SetContext): Finding[] {
  const out: Finding[] = [];
  const at = (rule: PreviewRule, message: string, app?: ModelApplication, severity: Severity = "error") => {
    const f: Finding = { tool: "preview", rule, severity, message, file: ctx.set.file, line: ctx.set.line };
    if (app) {
      f.resource = { apiVersion: "argoproj.io/v1alpha1", kind: "Application", name: app.name };
      if (app.namespace) f.resource.namespace = app.namespace;
      if (app.targets[0]) f.target = app.targets[0];
    }
    out.push(f);
  };
  const setName = `ApplicationSet ${ctx.set.name}`;
  const policy = specOf(ctx.set).syncPolicy;
  const preserved = isObject(policy) && policy.preserveResourcesOnDeletion === true;
  if (isObject(policy)) {
    if (preserved)
      at(
        "preview/teardown-preserve",
        `${setName}: syncPolicy.preserveResourcesOnDeletion is true, so a closed pull request's preview keeps running after its Application is deleted`,
      );
    const sync = policy.applicationsSync;
    if (typeof sync === "string" && NO_DELETE.includes(sync))
      at(
        "preview/teardown-policy",
        `${setName}: syncPolicy.applicationsSync is ${sync}, so the controller never deletes the Application of a closed pull request; use create-delete or leave it unset`,
      );
  }
  for (const app of ctx.apps) checkName(app, at);
  for (const app of ctx.apps) checkApp(app, { ...ctx, preserved }, at);
  if (ctx.longest) checkLongest(ctx.longest, ctx.apps, at, setName);
  return out;
}

type Report = (rule: PreviewRule, message: string, app?: ModelApplication, severity?: Severity) => void;

function checkName(app: ModelApplication, at: Report): void {
  const ns = app.destination.namespace ?? "";
  for (const [what, value, tooLong, notLabel] of [
    ["Application name", app.name, "preview/name-too-long", "preview/name-not-dns-label"],
    ["namespace", ns, "preview/namespace-too-long", "preview/namespace-not-dns-label"],
  ] as const) {
    if (what === "namespace" && value === "") continue;
    if (value.length > MAX_LABEL)
      at(
        tooLong,
        `preview ${what} "${value}" is ${value.length} characters, over the ${MAX_LABEL} a label allows${what === "Application name" ? " (Argo CD's app.kubernetes.io/instance tracking label)" : ""}`,
        app,
      );
    if (!DNS_LABEL.test(value))
      at(
        notLabel,
        `preview ${what} "${value}" is not a DNS label: lower-case letters, digits and "-" only, starting and ending with a letter or digit`,
        app,
      );
  }
}

function checkApp(app: ModelApplication, ctx: SetContext & { preserved: boolean }, at: Report): void {
  const manifest = app.manifest;
  const metadata = isObject(manifest.metadata) ? manifest.metadata : {};
  const spec = isObject(manifest.spec) ? manifest.spec : {};
  const finalizers = Array.isArray(metadata.finalizers) ? metadata.finalizers : [];
  // Argo CD adds the finalizer to a template that lists none, unless resources are preserved
  // (reported once, on the ApplicationSet); a template that lists others gets none added.
  if (!ctx.preserved && !finalizers.some((f) => typeof f === "string" && FINALIZER.test(f)))
    at(
      "preview/teardown-finalizer",
      `preview Application ${app.name} has finalizers but not resources-finalizer.argocd.argoproj.io (Argo CD adds it only to a template that lists none): when the pull request closes the Application goes and its resources stay; add it to the template's metadata.finalizers`,
      app,
    );
  const sync = isObject(spec.syncPolicy) ? spec.syncPolicy : {};
  const automated = isObject(sync.automated) ? sync.automated : undefined;
  if (automated?.prune !== true)
    at(
      "preview/no-prune",
      automated
        ? `preview Application ${app.name} syncs automatically without prune: what a later push removes stays deployed; set syncPolicy.automated.prune: true`
        : `preview Application ${app.name} has no automated sync: pushes to the pull request never reach the preview, and nothing is pruned; set syncPolicy.automated with prune: true`,
      app,
    );
  const ns = app.destination.namespace ?? "";
  if (ns === "") return;
  const env = ctx.envNamespaces.get(ns);
  if (env !== undefined)
    at(
      "preview/shared-namespace",
      `preview Application ${app.name} deploys into namespace ${ns}, which Application ${env} of a real environment deploys into: the preview would overwrite and, on teardown, delete its resources`,
      app,
    );
  else if (ctx.otherNamespaces.has(ns))
    at(
      "preview/shared-namespace",
      `preview Application ${app.name} deploys into namespace ${ns}, and so would every other pull request's preview: make the namespace per pull request (e.g. with {{number}})`,
      app,
    );
  const perPR = ctx.comparedWithOthers ? !ctx.otherNamespaces.has(ns) && env === undefined : false;
  const syncOptions = Array.isArray(sync.syncOptions) ? sync.syncOptions : [];
  const rendered = ctx.renderedNamespaces.get(app.name)?.has(ns) === true;
  const creates = syncOptions.includes("CreateNamespace=true") || rendered;
  if (perPR && !creates)
    at(
      "preview/create-namespace",
      `preview Application ${app.name} deploys into ${ns}, a namespace per pull request that nothing creates: add CreateNamespace=true to syncPolicy.syncOptions (or a Namespace to the manifests)`,
      app,
    );
  // Argo CD never deletes a namespace CreateNamespace=true made (argoproj/argo-cd#7875); one in
  // the manifests goes with the rest through the finalizer.
  else if (perPR && !rendered)
    at(
      "preview/namespace-left-behind",
      `preview Application ${app.name} has its namespace ${ns} made by CreateNamespace=true, which Argo CD does not delete when the Application goes: every closed pull request leaves an empty namespace behind; render a Namespace ${ns} with the preview instead`,
      app,
      "warning",
    );
}

/** A name or namespace that fits for this branch but not for the longest slug a branch can have. */
function checkLongest(
  longest: { names: string[]; namespaces: string[] },
  apps: readonly ModelApplication[],
  at: Report,
  setName: string,
): void {
  const fits = (v: string) => v.length <= MAX_LABEL;
  // Only when this pull request's own values fit: otherwise the error above says it already.
  if (!apps.every((a) => fits(a.name) && fits(a.destination.namespace ?? ""))) return;
  const over = [
    ...longest.names.filter((n) => !fits(n)).map((n) => `name "${n}" (${n.length})`),
    ...longest.namespaces.filter((n) => !fits(n)).map((n) => `namespace "${n}" (${n.length})`),
  ];
  if (over.length === 0) return;
  at(
    "preview/long-branch",
    `${setName}: a pull request from a branch whose branch_slug is 50 characters (the most Argo CD makes) would get ${over.join(" and ")}, over 63 characters; shorten the template's fixed part or use {{number}} instead of {{branch_slug}}`,
    undefined,
    "warning",
  );
}
