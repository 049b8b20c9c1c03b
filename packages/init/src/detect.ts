import { dirname } from "node:path";
import { PreviewSets } from "../../preview/src/sets.js";
import { ID_PATTERN, type RepoModel, type Target } from "../../core/src/index.js";
import { envRank } from "../../core/src/model/names.js";
import { pinnableRoots, type PinnedRoot } from "./roots.js";

/** A target as init reports and uses it. */
export interface DetectedTarget {
  id: string;
  env: string;
  service?: string;
  kind: Target["kind"];
  /** The folder it renders from ("" for an Application target whose source is not a folder here). */
  folder: string;
}

/** What `gitops init` found in the repository, through the repository model. */
export interface Detected {
  /** Environments in promotion order, as the model gives them. */
  environments: string[];
  /** True when `.gitops.yaml` already names them. */
  environmentsConfigured: boolean;
  /** The production envs: the last env, and those that rank with it (`prod-eu`, `prod-us`). */
  prodEnvs: string[];
  targets: DetectedTarget[];
  applications: { name: string; file: string }[];
  /** Repo-relative folders (or root-level files) that hold Argo CD Applications and ApplicationSets. */
  applicationPlaces: string[];
  /**
   * `targets.roots` that give exactly the folder targets discovery found, with their env and
   * service; undefined when no set of roots does (see roots.ts).
   */
  roots?: PinnedRoot[];
  /** Why no roots are pinned, when they are not. */
  rootsNote?: string;
  /** True when the repo has `.gitops.yaml`. */
  hasConfig: boolean;
  /** True when an ApplicationSet has a pullRequest generator: the preview callers are written. */
  previews: boolean;
  /** True when `.gitops.yaml` names the Argo CD server (`argocd.server`). */
  argocdServer: boolean;
  /** True when the repository is deployed by Argo CD: the observe caller is written (see `deployedByArgoCd`). */
  observe: boolean;
}

const idPattern = new RegExp(ID_PATTERN);

/** Reads the model into what the files init writes need. */
export function detect(model: RepoModel): Detected {
  const targets = model.targets.map((t) => {
    const d: DetectedTarget = { id: t.id, env: t.env, kind: t.kind, folder: folderOf(t) };
    if (t.service) d.service = t.service;
    return d;
  });
  const detected: Detected = {
    environments: [...model.environments],
    environmentsConfigured: model.environmentsConfigured,
    prodEnvs: prodEnvs(model.environments),
    targets,
    applications: model.applications.map((a) => ({ name: a.name, file: a.file })),
    applicationPlaces: applicationPlaces([
      ...model.applications.map((a) => a.file),
      ...model.applicationSets.map((s) => s.file),
    ]),
    hasConfig: model.configFile !== undefined,
    previews: new PreviewSets(model).sets.length > 0,
    argocdServer: model.config.argocd.server.trim() !== "",
    observe: deployedByArgoCd(model),
  };
  if (!detected.hasConfig) {
    const pinned = pinnableRoots(model);
    if (pinned.roots) detected.roots = pinned.roots;
    else detected.rootsNote = pinned.note;
  }
  return detected;
}

/**
 * Whether the observe alerts apply. They read Argo CD's Applications, so they need an Argo CD to
 * read: either the repository holds Argo CD objects (Argo CD deploys it, whatever the server's
 * address), or `.gitops.yaml` names `argocd.server` (the Applications live in another repository).
 * The objects are the scan's `argoFiles` (Applications, ApplicationSets, AppProjects, cluster
 * Secrets) and an app-of-apps chart, which the model expands only with helm on PATH and otherwise
 * notes as `render/app-of-apps`: what init writes must not depend on helm being installed. A
 * repository with neither (Flux, env folders applied by another tool) would get a workflow that
 * can only fail, so none.
 */
function deployedByArgoCd(model: RepoModel): boolean {
  return (
    model.config.argocd.server.trim() !== "" ||
    model.argoFiles.length > 0 ||
    model.applications.length > 0 ||
    model.findings.some((f) => f.tool === "render" && f.rule === "app-of-apps")
  );
}

/** True when every env can be written to `environments` (the config's id pattern). */
export function writableEnvs(envs: readonly string[]): boolean {
  return envs.length > 0 && envs.every((e) => idPattern.test(e));
}

/** The last env and every env that ranks as it does (`prod-eu` and `prod-us` after `staging`). */
export function prodEnvs(envs: readonly string[]): string[] {
  const last = envs.at(-1);
  if (last === undefined) return [];
  const rank = envRank(last);
  if (rank === undefined) return [last];
  return envs.filter((e) => envRank(e) === rank);
}

/** A target's own folder: a folder target's id; an Application target's local source folder, if any. */
function folderOf(t: Target): string {
  return t.id.startsWith("applications/") ? t.source : t.id;
}

/**
 * The folders that hold Argo CD objects, outermost only; a file at the repository root is named
 * itself, since owning its folder would own the whole repository.
 */
function applicationPlaces(files: readonly string[]): string[] {
  const places = new Set<string>();
  for (const f of files) {
    const dir = dirname(f);
    places.add(dir === "." ? f : dir);
  }
  const sorted = [...places].sort();
  return sorted.filter((p) => !sorted.some((q) => q !== p && p.startsWith(`${q}/`)));
}
