import { existsSync, statSync } from "node:fs";
import { join, posix, relative, resolve } from "node:path";
import type { Finding } from "../../core/src/finding.js";
import { detectKind, type Layout } from "../../core/src/layout.js";
import { isObject, readApplications, sameRepo, type AppSource, type ArgoApplication } from "./argo.js";
import type { RenderSpec, RenderTarget } from "./spec.js";

/** What to render: the layout's targets plus what Argo CD Applications add. */
export interface Discovery {
  targets: RenderTarget[];
  findings: Finding[];
}

/**
 * Turns the layout into render targets and follows the Argo CD Applications
 * under `argo-apps/` that point into this repository (their repoURL is one of
 * `repoURLs`, or, with none configured, any path that exists here):
 * - an Application that deploys a layout target as is only marks that target;
 * - one that renders something else (a Helm chart with env values files,
 *   kustomize options, directory options, several sources) becomes a target
 *   `applications/<env>/<name>` rendered the way Argo CD's repo-server would.
 */
export function discoverTargets(layout: Layout, repoURLs: readonly string[]): Discovery {
  const findings: Finding[] = [];
  const byId = new Map<string, RenderTarget>();
  for (const t of layout.targets) {
    const target: RenderTarget = {
      id: t.id,
      env: t.env,
      kind: t.kind,
      source: t.id,
      specs: [specFor(t.kind, t.dir, t.service ?? posix.basename(t.id))],
      applications: [],
    };
    if (t.service) target.service = t.service;
    byId.set(t.id, target);
  }
  const { apps, unreadable } = readApplications(layout.repo);
  for (const err of unreadable) {
    const f: Finding = {
      tool: "render",
      rule: "unreadable-application",
      severity: "error",
      message: err.message,
    };
    if (err.file) f.file = err.file;
    if (err.line) f.line = err.line;
    findings.push(f);
  }
  for (const app of apps) {
    const ref = { name: app.name, file: app.file, line: app.line };
    const local = app.sources.filter((s) => isLocal(s, layout.repo, repoURLs));
    const rendering = local.filter((s) => s.path !== undefined && !s.chart);
    if (rendering.length === 0) {
      const external = app.sources.filter(
        (s) => s.chart !== undefined || (s.path !== undefined && !local.includes(s)),
      );
      if (external.length > 0) {
        findings.push(
          note(
            app,
            `Application ${app.name} renders ${external.map(describeExternal).join(" and ")}, not from this repository; not rendered here`,
          ),
        );
      }
      continue;
    }
    const plain =
      rendering.length === 1 && app.sources.length === 1
        ? byId.get(cleanPath(rendering[0]?.path ?? ""))
        : undefined;
    if (plain && !hasOptions(rendering[0]) && plain.kind !== "helm") {
      plain.applications.push(ref);
      continue;
    }
    const target = applicationTarget(app, rendering, layout, findings);
    if (target) byId.set(target.id, target);
  }
  const targets = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { targets, findings };
}

function applicationTarget(
  app: ArgoApplication,
  sources: AppSource[],
  layout: Layout,
  findings: Finding[],
): RenderTarget | undefined {
  const refs = new Map(app.sources.filter((s) => s.ref).map((s) => [s.ref ?? "", s]));
  const specs: RenderSpec[] = [];
  for (const source of sources) {
    const path = cleanPath(source.path ?? "");
    const dir = resolve(layout.repo, path);
    if (!insideRepo(layout.repo, dir) || !isDir(dir)) {
      findings.push(
        error(
          app,
          `Application ${app.name}: source path "${source.path ?? ""}" is not a folder in this repository`,
        ),
      );
      return undefined;
    }
    const spec = sourceSpec(app, source, dir, refs, layout, findings);
    if (!spec) return undefined;
    specs.push(spec);
  }
  const first = sources[0];
  const sourcePath = cleanPath(first?.path ?? "");
  const service = /^apps\/([^/]+)\//.exec(sourcePath + "/")?.[1];
  const env = app.env ?? layout.targets.find((t) => t.id === sourcePath)?.env ?? "";
  const kind = specs[0]?.type ?? "directory";
  const target: RenderTarget = {
    id: `applications/${env || "_"}/${app.name}`,
    env,
    kind,
    source: sourcePath,
    specs,
    applications: [{ name: app.name, file: app.file, line: app.line }],
  };
  if (service) target.service = service;
  return target;
}

function sourceSpec(
  app: ArgoApplication,
  source: AppSource,
  dir: string,
  refs: Map<string, AppSource>,
  layout: Layout,
  findings: Finding[],
): RenderSpec | undefined {
  const kind = source.helm ? "helm" : (detectKind(dir) ?? "directory");
  if (kind === "helm") {
    if (!existsSync(join(dir, "Chart.yaml"))) {
      findings.push(
        error(app, `Application ${app.name}: ${source.path ?? ""} has helm options but no Chart.yaml`),
      );
      return undefined;
    }
    const valueFiles: string[] = [];
    for (const f of source.helm?.valueFiles ?? []) {
      const resolved = resolveValueFile(f, dir, refs, layout.repo);
      if (typeof resolved !== "string") {
        findings.push(error(app, `Application ${app.name}: value file "${f}" ${resolved.problem}`));
        return undefined;
      }
      if (!existsSync(resolved)) {
        if (source.helm?.ignoreMissingValueFiles) continue;
        findings.push(
          error(
            app,
            `Application ${app.name}: value file "${f}" does not exist (${relative(layout.repo, resolved)})`,
          ),
        );
        return undefined;
      }
      valueFiles.push(resolved);
    }
    const helm = source.helm ?? {};
    const spec: Extract<RenderSpec, { type: "helm" }> = {
      type: "helm",
      chartDir: dir,
      releaseName: helm.releaseName ?? app.name,
      valueFiles,
    };
    if (app.destinationNamespace) spec.namespace = app.destinationNamespace;
    if (helm.values) spec.values = helm.values;
    if (isObject(helm.valuesObject)) spec.valuesObject = helm.valuesObject;
    if (helm.parameters?.length) spec.parameters = helm.parameters;
    if (helm.skipCrds) spec.skipCrds = true;
    return spec;
  }
  if (kind === "kustomize")
    return source.kustomize
      ? { type: "kustomize", dir, options: source.kustomize }
      : { type: "kustomize", dir };
  const d = source.directory ?? {};
  const spec: Extract<RenderSpec, { type: "directory" }> = {
    type: "directory",
    dir,
    recurse: d.recurse === true,
  };
  if (d.include) spec.include = d.include;
  if (d.exclude) spec.exclude = d.exclude;
  return spec;
}

/** Resolves a Helm value file as Argo CD does: `$ref/...` from a ref source, else relative to the chart. */
function resolveValueFile(
  f: string,
  chartDir: string,
  refs: Map<string, AppSource>,
  repo: string,
): string | { problem: string } {
  if (/^[a-z]+:\/\//i.test(f)) return { problem: "is a URL; remote value files need network access" };
  let path: string;
  const ref = /^\$([^/]+)\/(.*)$/.exec(f);
  if (ref) {
    if (!refs.has(ref[1] ?? "")) return { problem: `names the unknown source ref "$${ref[1] ?? ""}"` };
    path = resolve(repo, ref[2] ?? "");
  } else {
    path = resolve(chartDir, f);
  }
  return insideRepo(repo, path) ? path : { problem: "points outside the repository" };
}

/** How a layout target renders, by kind. */
function specFor(kind: RenderTarget["kind"], dir: string, releaseName: string): RenderSpec {
  if (kind === "kustomize") return { type: "kustomize", dir };
  if (kind === "helm") return { type: "helm", chartDir: dir, releaseName, valueFiles: [] };
  return { type: "directory", dir, recurse: false };
}

function isLocal(source: AppSource, repo: string, repoURLs: readonly string[]): boolean {
  if (source.repoURL && repoURLs.length > 0) return sameRepo(source.repoURL, repoURLs);
  // No URL to compare against: accept a path that exists here.
  return source.path !== undefined && isDir(resolve(repo, cleanPath(source.path)));
}

/** An outside source as a reader can look it up: the chart and version, or the path, and the URL. */
function describeExternal(source: AppSource): string {
  const what = source.chart
    ? `chart ${source.chart}${source.targetRevision ? ` ${source.targetRevision}` : ""}`
    : (source.path ?? "");
  return `${what} from ${source.repoURL ?? "another repository"}`;
}

function hasOptions(source: AppSource | undefined): boolean {
  return (
    source !== undefined &&
    (source.helm !== undefined || source.kustomize !== undefined || source.directory !== undefined)
  );
}

function cleanPath(p: string): string {
  return posix.normalize(p.replace(/^\.\//, "")).replace(/\/$/, "");
}

function insideRepo(repo: string, path: string): boolean {
  const r = relative(resolve(repo), path);
  return r === "" || (!r.startsWith("..") && !r.startsWith("/"));
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function note(app: ArgoApplication, message: string): Finding {
  return {
    tool: "render",
    rule: "external-source",
    severity: "notice",
    message,
    file: app.file,
    line: app.line,
  };
}

function error(app: ArgoApplication, message: string): Finding {
  return {
    tool: "render",
    rule: "application-source",
    severity: "error",
    message,
    file: app.file,
    line: app.line,
    target: `applications/${app.env ?? "_"}/${app.name}`,
  };
}
