import { existsSync, statSync } from "node:fs";
import { join, posix, relative, resolve } from "node:path";
import type { Finding } from "../finding.js";
import { isObject, sameRepo } from "./applications.js";
import { folderOf } from "./detect.js";
import { envFromApplication, namesFromPath, stripEnv } from "./names.js";
import type { AppSource, ApplicationRef, ModelApplication, RenderSpec, Target, TargetKind } from "./types.js";

/** What following the Applications added. */
export interface AppTargets {
  targets: Target[];
  findings: Finding[];
}

/**
 * Follows every Application that points into this repository (its repoURL is one of `repoURLs`,
 * or, with none known, any path that exists here):
 * - one that deploys a folder target as is only marks that target;
 * - one that renders something else (a Helm chart with env values files, kustomize or directory
 *   options, several sources, a folder no leaf covers) becomes a target
 *   `applications/<env>/<name>` rendered the way Argo CD's repo-server would.
 * Each Application's `env` and `targets` are filled in.
 */
export function followApplications(
  repo: string,
  apps: readonly ModelApplication[],
  folders: Map<string, Target>,
  repoURLs: readonly string[],
  kindOf: (path: string) => TargetKind | undefined,
  knownEnvs: ReadonlySet<string> = new Set(),
): AppTargets {
  const findings: Finding[] = [];
  const targets = new Map<string, Target>();
  const plainPath = new Map<ModelApplication, string>();
  const envsByPath = new Map<string, Set<string>>();
  for (const app of apps) {
    const local = app.sources.filter((s) => isLocal(s, repo, repoURLs));
    const rendering = local.filter((s) => s.path !== undefined && !s.chart);
    app.env = appEnv(app, rendering, knownEnvs).env;
    const path = cleanPath(rendering[0]?.path ?? "");
    const kind = folders.get(path)?.kind ?? kindOf(path);
    if (
      rendering.length === 1 &&
      app.sources.length === 1 &&
      !hasOptions(rendering[0]) &&
      kind &&
      kind !== "helm"
    ) {
      plainPath.set(app, path);
      const envs = envsByPath.get(path) ?? new Set<string>();
      envs.add(app.env);
      envsByPath.set(path, envs);
    }
  }
  for (const app of apps) {
    const local = app.sources.filter((s) => isLocal(s, repo, repoURLs));
    const rendering = local.filter((s) => s.path !== undefined && !s.chart);
    const ref: ApplicationRef = { name: app.name, file: app.file, line: app.line };
    if (app.applicationSet) ref.applicationSet = app.applicationSet;
    if (app.inputs.length > 0) ref.inputs = app.inputs;
    if (rendering.length === 0) {
      const chart = app.sources.find((s) => s.chart !== undefined);
      if (chart) {
        // The Application lives here and so do its values; the chart does not. It is a target
        // the render lists as skipped, so promotion and the changelog still see the service.
        const target = chartRepoTarget(repo, app, ref, chart, knownEnvs);
        findings.push(
          note(
            app,
            `Application ${app.name} renders ${describeExternal(chart)}, not from this repository; not rendered here`,
          ),
        );
        if (!targets.has(target.id)) {
          targets.set(target.id, target);
          app.targets.push(target.id);
        }
        continue;
      }
      const external = app.sources.filter((s) => s.path !== undefined && !local.includes(s));
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
    const path = plainPath.get(app);
    // A folder deployed as is is its own target, named by its path, unless Applications of
    // several envs deploy it: then each is a target of its env (env policies differ).
    let plain = path === undefined ? undefined : folders.get(path);
    if (!plain && path !== undefined && path !== "" && (envsByPath.get(path)?.size ?? 0) <= 1) {
      plain = deployedFolder(repo, path, kindOf(path) ?? "directory", app, knownEnvs);
      folders.set(path, plain);
    }
    if (plain) {
      plain.applications.push(ref);
      app.targets.push(plain.id);
      continue;
    }
    const target = applicationTarget(repo, app, ref, rendering, findings, kindOf, knownEnvs);
    if (!target) continue;
    const existing = targets.get(target.id);
    if (existing) {
      findings.push(
        error(
          app,
          `Application ${app.name} in ${app.file} has the same name and env as one in ${existing.applications[0]?.file ?? "?"}; only the first is rendered`,
        ),
      );
      continue;
    }
    targets.set(target.id, target);
    app.targets.push(target.id);
  }
  return { targets: [...targets.values()], findings };
}

/** An Application that renders a chart from a chart repository: listed, not rendered. */
function chartRepoTarget(
  repo: string,
  app: ModelApplication,
  ref: ApplicationRef,
  chart: AppSource,
  knownEnvs: ReadonlySet<string>,
): Target {
  const { env, why } = appEnv(app, [], knownEnvs);
  const service = stripEnv(app.name, env);
  const source = folderOf(app.file);
  return {
    id: `applications/${env || "_"}/${app.name}`,
    env,
    service,
    kind: "helm",
    source,
    dir: resolve(repo, source),
    specs: [],
    applications: [ref],
    origin: "application",
    skipReason: `renders ${describeExternal(chart)}, not from this repository; not rendered here`,
    reasons: [
      `Application ${app.name} (${app.file}:${app.line}) deploys ${describeExternal(chart)}`,
      why,
      `service "${service}": the name of Application ${app.name}${service !== app.name ? " without its env" : ""}`,
    ],
  };
}

/**
 * The repo-relative value files an Application names: `$ref/path` from a source of this repo,
 * and paths relative to a local chart folder.
 */
export function valueFilesOf(app: ModelApplication): string[] {
  const out: string[] = [];
  for (const s of app.sources) {
    for (const f of s.helm?.valueFiles ?? []) {
      if (/^[a-z]+:\/\//i.test(f)) continue;
      const file = f.startsWith("$") ? f.replace(/^\$[^/]+\//, "") : posix.join(cleanPath(s.path ?? ""), f);
      const norm = posix.normalize(file);
      // A chart-repo source's plain value files live in the chart, not here.
      if (!norm.startsWith("..") && (!s.chart || f.startsWith("$"))) out.push(norm);
    }
  }
  return out;
}

/** A folder that no layout rule found but an Application deploys as is. */
function deployedFolder(
  repo: string,
  path: string,
  kind: TargetKind,
  app: ModelApplication,
  knownEnvs: ReadonlySet<string>,
): Target {
  const dir = resolve(repo, path);
  const names = namesFromPath(path, knownEnvs);
  const spec: RenderSpec =
    kind === "kustomize" ? { type: "kustomize", dir } : { type: "directory", dir, recurse: false };
  const t: Target = {
    id: path,
    env: names.env ?? "",
    kind,
    source: path,
    dir,
    specs: [spec],
    applications: [],
    origin: "application",
    reasons: [
      `${path || "."}: deployed as is by Application ${app.name} (${app.file}:${app.line})`,
      ...names.why,
    ],
  };
  if (names.service) t.service = names.service;
  return t;
}

/**
 * An Application's env, by evidence in this order: the folders it renders (source paths, then
 * value files), the folder it is written in, its labels and name, its destination.
 */
export function appEnv(
  app: ModelApplication,
  rendering: readonly AppSource[],
  knownEnvs: ReadonlySet<string> = new Set(),
): { env: string; why: string } {
  for (const s of rendering) {
    const n = namesFromPath(cleanPath(s.path ?? ""), knownEnvs);
    if (n.env) return { env: n.env, why: `${n.why[0] ?? ""} (source path of Application ${app.name})` };
  }
  for (const file of valueFilesOf(app)) {
    const n = namesFromPath(folderOf(file), knownEnvs);
    if (n.env) return { env: n.env, why: `${n.why[0] ?? ""} (value file of Application ${app.name})` };
    // `values-prod.yaml` beside the chart.
    const byFile = /(?:^|[-_.])values[-_.]([a-z0-9-]+)\.ya?ml$/i.exec(file)?.[1];
    if (byFile && namesFromPath(byFile, knownEnvs).env)
      return { env: byFile, why: `env "${byFile}": the value file ${file} of Application ${app.name}` };
  }
  if (!app.applicationSet) {
    const n = namesFromPath(folderOf(app.file), knownEnvs);
    if (n.env) return { env: n.env, why: `${n.why[0] ?? ""} (where Application ${app.name} is written)` };
  }
  const named = envFromApplication(app);
  if (named) return named;
  return { env: "", why: `no env: nothing in Application ${app.name} names one` };
}

function applicationTarget(
  repo: string,
  app: ModelApplication,
  ref: ApplicationRef,
  sources: AppSource[],
  findings: Finding[],
  kindOf: (path: string) => TargetKind | undefined,
  knownEnvs: ReadonlySet<string>,
): Target | undefined {
  const refs = new Map(app.sources.filter((s) => s.ref).map((s) => [s.ref ?? "", s]));
  const specs: RenderSpec[] = [];
  for (const source of sources) {
    const path = cleanPath(source.path ?? "");
    const dir = resolve(repo, path);
    if (!insideRepo(repo, dir) || !isDir(dir)) {
      findings.push(
        error(
          app,
          `Application ${app.name}: source path "${source.path ?? ""}" is not a folder in this repository`,
        ),
      );
      return undefined;
    }
    const spec = sourceSpec(repo, app, source, dir, refs, findings, kindOf(path));
    if (!spec) return undefined;
    specs.push(spec);
  }
  const sourcePath = cleanPath(sources[0]?.path ?? "");
  const { env, why } = appEnv(app, sources, knownEnvs);
  const names = namesFromPath(sourcePath, knownEnvs);
  const reasons = [
    `Application ${app.name} (${app.file}:${app.line}${app.applicationSet ? `, generated by ApplicationSet ${app.applicationSet}` : ""}) renders ${sourcePath || "."}${sources.length > 1 ? ` and ${sources.length - 1} more source(s)` : ""}${hasOptions(sources[0]) ? " with options" : ""}`,
    why,
  ];
  let service = names.service;
  if (service) reasons.push(names.why.find((w) => w.startsWith("service")) ?? "");
  else {
    service = stripEnv(app.name, env);
    reasons.push(
      `service "${service}": the name of Application ${app.name}${service !== app.name ? ` without its env` : ""}`,
    );
  }
  const target: Target = {
    id: `applications/${env || "_"}/${app.name}`,
    env,
    service,
    kind: specs[0]?.type ?? "directory",
    source: sourcePath,
    dir: resolve(repo, sourcePath),
    specs,
    applications: [ref],
    origin: "application",
    reasons,
  };
  return target;
}

function sourceSpec(
  repo: string,
  app: ModelApplication,
  source: AppSource,
  dir: string,
  refs: Map<string, AppSource>,
  findings: Finding[],
  detected: TargetKind | undefined,
): RenderSpec | undefined {
  const kind = source.helm ? "helm" : (detected ?? "directory");
  if (kind === "helm") {
    if (!existsSync(join(dir, "Chart.yaml"))) {
      findings.push(
        error(app, `Application ${app.name}: ${source.path ?? ""} has helm options but no Chart.yaml`),
      );
      return undefined;
    }
    const valueFiles: string[] = [];
    for (const f of source.helm?.valueFiles ?? []) {
      const resolved = resolveValueFile(f, dir, refs, repo);
      if (typeof resolved !== "string") {
        findings.push(error(app, `Application ${app.name}: value file "${f}" ${resolved.problem}`));
        return undefined;
      }
      if (!existsSync(resolved)) {
        if (source.helm?.ignoreMissingValueFiles) continue;
        findings.push(
          error(
            app,
            `Application ${app.name}: value file "${f}" does not exist (${relative(repo, resolved)})`,
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
    if (app.destination.namespace) spec.namespace = app.destination.namespace;
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

/** True when a source renders from this repository. */
export function isLocal(source: AppSource, repo: string, repoURLs: readonly string[]): boolean {
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

/** A source path as a repo-relative folder ("" for the root). */
export function cleanPath(p: string): string {
  const n = posix.normalize(p.replace(/^\.\//, "")).replace(/\/$/, "");
  return n === "." ? "" : n;
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

function note(app: ModelApplication, message: string): Finding {
  return {
    tool: "render",
    rule: "external-source",
    severity: "notice",
    message,
    file: app.file,
    line: app.line,
  };
}

function error(app: ModelApplication, message: string): Finding {
  return {
    tool: "render",
    rule: "application-source",
    severity: "error",
    message,
    file: app.file,
    line: app.line,
    target: `applications/${app.env || "_"}/${app.name}`,
  };
}
