import { existsSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import type { Finding, Severity } from "../../../core/src/finding.js";
import { kindOfFolder as detectKind } from "../../../core/src/model/detect.js";
import { isObject, sameRepo } from "../../../render/src/argo.js";
import type { IndexEntry, RenderIndex } from "../../../render/src/output.js";
import type { RenderedResource } from "../rendered.js";
import type { ModelApplication } from "../../../core/src/model/types.js";
import { generatedApps, liveTemplate, noMatch } from "./appset.js";
import { appLabel, appLine, readArgoObjects, writtenApp, type AppView } from "./model.js";
import { checkOverlaysReferenced, checkSyncWaves, checkDuplicates } from "./cross.js";
import type { DocumentReader } from "../../../core/src/model/read.js";
import type { KnownLines } from "../../../core/src/yaml-lines.js";

/** What the Argo CD reference checks need to know about the repository and its render. */
export interface ArgoContext {
  repo: string;
  environments: readonly string[];
  /** URLs that name this repository (config and git remotes); empty: any existing path is local. */
  repoURLs: readonly string[];
  index: RenderIndex;
  /** Rendered resources by target id. */
  byTarget: ReadonlyMap<string, RenderedResource[]>;
  /** Whether a kind is namespaced, when a schema knows it. */
  namespaced: (apiVersion: string, kind: string) => boolean | undefined;
  /** Input files of each target (for overlays reached through another kustomization). */
  inputs: ReadonlyMap<string, ReadonlySet<string>>;
  /** The repository model's files that hold Argo CD objects. */
  argoFiles: readonly string[];
  /** The repository model's reader: the model parsed these files already. */
  read?: DocumentReader;
  /** Lines of fields found in earlier runs on the same files (the persistent cache's). */
  knownLines?: (file: string) => KnownLines;
  /** The Applications the model's ApplicationSets generated. */
  generated: readonly ModelApplication[];
  /** `file#name` of the ApplicationSets whose expansion needs the live cluster or SCM, or failed. */
  liveSets: ReadonlySet<string>;
}

/** Namespaces every cluster has. */
const BUILTIN_NAMESPACES = new Set(["default", "kube-system", "kube-public", "kube-node-lease"]);

/**
 * Checks the Argo CD objects under `argo-apps/` against the repository, with no Argo CD:
 * source paths and Helm value files exist and render, no env deploys another env's folder,
 * projects are defined, destination namespaces exist, ApplicationSet generators match,
 * no two Applications deploy the same object, sync waves are integers, every overlay is deployed.
 */
export function checkArgo(ctx: ArgoContext): { findings: Finding[]; applications: number } {
  const objects = readArgoObjects(ctx.repo, ctx.argoFiles, ctx.read, ctx.knownLines);
  if (objects.length === 0) return { findings: [], applications: 0 };
  const findings: Finding[] = [];
  const apps: AppView[] = objects.filter((o) => o.kind === "Application").map(writtenApp);
  const templates: AppView[] = [];
  for (const set of objects.filter((o) => o.kind === "ApplicationSet")) {
    const generated = generatedApps(set, ctx.generated);
    apps.push(...generated);
    const live = ctx.liveSets.has(`${set.at.file}#${set.name}`);
    findings.push(...noMatch(set, generated.length, live));
    const template = live && generated.length === 0 ? liveTemplate(set) : undefined;
    if (template) templates.push(template);
  }
  const projects = objects.filter((o) => o.kind === "AppProject");
  const namespaces = clusterNamespaces(ctx);
  for (const app of apps) {
    findings.push(...checkSources(ctx, app));
    findings.push(
      ...checkProject(
        app,
        projects.map((p) => ({ name: p.name, env: p.env })),
      ),
    );
    findings.push(...checkNamespace(app, namespaces, rendersNamespace(ctx, app)));
  }
  findings.push(...checkDuplicates(ctx, apps, targetOf));
  findings.push(...checkSyncWaves(ctx, objects));
  findings.push(...checkOverlaysReferenced(ctx, apps, targetOf, templates));
  return { findings, applications: apps.length };
}

/** The rendered target that an Application deploys: the one the renderer tied to it, else its path's. */
export function targetOf(ctx: ArgoContext, app: AppView): IndexEntry | undefined {
  if (!app.generatedBy) {
    const ref = `${app.at.file}#${app.name}`;
    const tied = ctx.index.targets.find((t) => t.applications?.includes(ref));
    if (tied) return tied;
  }
  const path = localPaths(ctx, app)[0]?.path;
  return path === undefined ? undefined : ctx.index.targets.find((t) => t.id === path);
}

/** The Application's sources that render from this repository, with their YAML paths. */
export function localPaths(
  ctx: ArgoContext,
  app: AppView,
): { source: Record<string, unknown>; path: string; at: (string | number)[] }[] {
  const out: { source: Record<string, unknown>; path: string; at: (string | number)[] }[] = [];
  const list = Array.isArray(app.spec.sources)
    ? app.spec.sources.map((s: unknown, i: number) => [s, ["spec", "sources", i]] as const)
    : [[app.spec.source, ["spec", "source"]] as const];
  for (const [source, at] of list) {
    if (!isObject(source) || typeof source.path !== "string" || source.chart !== undefined) continue;
    const url = typeof source.repoURL === "string" ? source.repoURL : "";
    if (url && ctx.repoURLs.length > 0 && !sameRepo(url, ctx.repoURLs)) continue;
    const path = posix.normalize(source.path.replace(/^\.\//, "")).replace(/\/$/, "");
    out.push({ source, path: path === "." ? "" : path, at: [...at] });
  }
  return out;
}

function checkSources(ctx: ArgoContext, app: AppView): Finding[] {
  const out: Finding[] = [];
  const refs = new Set(
    (Array.isArray(app.spec.sources) ? app.spec.sources : [])
      .filter(isObject)
      .map((s: Record<string, unknown>) => (typeof s.ref === "string" ? s.ref : ""))
      .filter(Boolean),
  );
  for (const { source, path, at } of localPaths(ctx, app)) {
    const dir = join(ctx.repo, path);
    if (path.startsWith("..") || !isDir(dir)) {
      out.push(
        argo(app, "argo/source-path", "error", `source path "${path}" is not a folder in this repository`, [
          ...at,
          "path",
        ]),
      );
      continue;
    }
    crossEnv(ctx, app, path, [...at, "path"], out);
    const target = targetOf(ctx, app);
    if (target?.status === "failed") {
      const why = (target.error ?? "failed").split("\n")[0] ?? "";
      out.push({
        ...argo(app, "argo/source-render", "error", `source path "${path}" does not render: ${why}`, [
          ...at,
          "path",
        ]),
        // The failed target, so a report that has render's own finding for it can drop this echo.
        target: target.id,
      });
    } else if (!target && !isObject(source.helm) && !detectKind(dir)) {
      out.push(
        argo(
          app,
          "argo/source-render",
          "error",
          `source path "${path}" holds no kustomization, Helm chart or manifests`,
          [...at, "path"],
        ),
      );
    }
    const helm = isObject(source.helm) ? source.helm : {};
    const files = Array.isArray(helm.valueFiles) ? helm.valueFiles : [];
    files.forEach((f: unknown, i: number) => {
      if (typeof f !== "string" || /^[a-z]+:\/\//i.test(f)) return;
      const ref = /^\$([^/]+)\/(.*)$/.exec(f);
      if (ref && !refs.has(ref[1] ?? "")) return;
      const rel = ref ? posix.normalize(ref[2] ?? "") : posix.normalize(posix.join(path, f));
      const where = [...at, "helm", "valueFiles", i];
      if (!existsSync(join(ctx.repo, rel)) && helm.ignoreMissingValueFiles !== true) {
        out.push(
          argo(app, "argo/value-file", "error", `Helm value file "${f}" does not exist (${rel})`, where),
        );
      } else {
        crossEnv(ctx, app, posix.dirname(rel), where, out);
      }
    });
  }
  return out;
}

/** An Application under argo-apps/<env>/ must not deploy a folder of another environment. */
function crossEnv(
  ctx: ArgoContext,
  app: AppView,
  path: string,
  at: (string | number)[],
  out: Finding[],
): void {
  if (!app.env || !ctx.environments.includes(app.env)) return;
  const other = path.split("/").find((s) => s !== app.env && ctx.environments.includes(s));
  if (other) {
    out.push(
      argo(
        app,
        "argo/cross-env",
        "error",
        `is in argo-apps/${app.env}/ but deploys "${path}" of environment ${other}`,
        at,
      ),
    );
  }
}

function checkProject(app: AppView, projects: { name: string; env?: string }[]): Finding[] {
  const project = typeof app.spec.project === "string" ? app.spec.project : "default";
  if (project === "default" || /\{\{/.test(project)) return [];
  if (projects.length === 0) {
    return [
      argo(
        app,
        "argo/project",
        "notice",
        `project "${project}" is not defined in this repository (it defines no AppProjects); it must exist in Argo CD`,
        ["spec", "project"],
      ),
    ];
  }
  const sameEnv = projects.filter((p) => p.env === app.env);
  const known = (sameEnv.length > 0 ? sameEnv : projects).map((p) => p.name);
  if (known.includes(project)) return [];
  return [
    argo(
      app,
      "argo/project",
      "error",
      `project "${project}" is not defined; AppProjects here: ${[...new Set(known)].sort().join(", ")}`,
      ["spec", "project"],
    ),
  ];
}

/**
 * Namespace objects rendered from clusters/ targets, by env ("" collects them all). An env whose
 * clusters/ target was not rendered in this run (another shard, --changed-since) is absent from
 * the map: its namespaces are unknown here, not missing.
 */
function clusterNamespaces(ctx: ArgoContext): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>([["", new Set()]]);
  const unknown = ctx.index.targets.filter((t) => t.id.startsWith("clusters/") && t.status === "skipped");
  for (const t of ctx.index.targets) {
    if (!t.id.startsWith("clusters/") || t.status === "skipped") continue;
    for (const r of ctx.byTarget.get(t.id) ?? []) {
      if (r.kind !== "Namespace" || r.apiVersion !== "v1" || !r.name) continue;
      for (const env of [t.env, ""]) {
        const set = out.get(env) ?? new Set<string>();
        set.add(r.name);
        out.set(env, set);
      }
    }
  }
  for (const t of unknown) out.set(`?${t.env}`, new Set());
  if (unknown.length > 0) out.set("?", new Set());
  return out;
}

/**
 * The Namespace objects the Application's own render holds. Argo CD applies a Namespace before
 * the namespaced objects of the same sync, so an Application that deploys its destination's
 * Namespace needs no CreateNamespace=true (a preview that does so is also how the namespace
 * gets deleted again on teardown).
 */
function rendersNamespace(ctx: ArgoContext, app: AppView): Set<string> {
  const ids = app.targets ?? [targetOf(ctx, app)?.id ?? ""];
  const out = new Set<string>();
  for (const id of ids) {
    for (const r of ctx.byTarget.get(id) ?? []) {
      if (r.kind === "Namespace" && r.apiVersion === "v1" && r.name) out.add(r.name);
    }
  }
  return out;
}

function checkNamespace(
  app: AppView,
  namespaces: Map<string, Set<string>>,
  own: ReadonlySet<string>,
): Finding[] {
  const dest = isObject(app.spec.destination) ? app.spec.destination : {};
  const ns = typeof dest.namespace === "string" ? dest.namespace : "";
  if (!ns || BUILTIN_NAMESPACES.has(ns) || own.has(ns)) return [];
  const sync = isObject(app.spec.syncPolicy) ? app.spec.syncPolicy : {};
  const options = Array.isArray(sync.syncOptions) ? sync.syncOptions : [];
  if (options.some((o: unknown) => typeof o === "string" && o.replace(/\s/g, "") === "CreateNamespace=true"))
    return [];
  if (namespaces.get(app.env ?? "")?.has(ns)) return [];
  // The namespaces of that env were not rendered here: nothing to compare with.
  if (namespaces.has(`?${app.env ?? ""}`) || (!app.env && namespaces.has("?"))) return [];
  const where = app.env ? `clusters/${app.env}` : "clusters/";
  return [
    argo(
      app,
      "argo/destination-namespace",
      "error",
      `destination namespace "${ns}" is not a Namespace in ${where} and the Application does not set CreateNamespace=true`,
      ["spec", "destination", "namespace"],
    ),
  ];
}

/** A finding on an Application, at `path` inside it. */
export function argo(
  app: AppView,
  rule: string,
  severity: Severity,
  message: string,
  path: (string | number)[],
): Finding {
  return {
    tool: "lint",
    rule,
    severity,
    message: `${appLabel(app)}: ${message}`,
    file: app.at.file,
    line: appLine(app, path),
    resource: { apiVersion: "argoproj.io/v1alpha1", kind: "Application", name: app.name },
  };
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
