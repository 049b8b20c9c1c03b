import { join, relative } from "node:path";
import { UserError } from "../../core/src/errors.js";
import { walkFiles } from "../../core/src/walk.js";
import { loadYamlFile } from "../../core/src/yaml.js";

/** The parts of an Argo CD Application source that decide what it renders. */
export interface AppSource {
  repoURL?: string;
  path?: string;
  chart?: string;
  targetRevision?: string;
  /** `ref` names this source for `$ref/...` value files of other sources. */
  ref?: string;
  helm?: {
    releaseName?: string;
    valueFiles?: string[];
    values?: string;
    valuesObject?: Record<string, unknown>;
    parameters?: { name: string; value: string; forceString?: boolean }[];
    ignoreMissingValueFiles?: boolean;
    skipCrds?: boolean;
  };
  kustomize?: {
    images?: string[];
    namePrefix?: string;
    nameSuffix?: string;
    commonLabels?: Record<string, string>;
    commonAnnotations?: Record<string, string>;
    namespace?: string;
    patches?: unknown[];
  };
  directory?: { recurse?: boolean; include?: string; exclude?: string };
}

/** An Application found in the repo, with where it was found. */
export interface ArgoApplication {
  name: string;
  /** File relative to the repo. */
  file: string;
  /** 1-based line of the document in `file`. */
  line: number;
  /** The env folder it sits in (`argo-apps/<env>/...`), when it does. */
  env?: string;
  destinationNamespace?: string;
  sources: AppSource[];
}

const MANIFEST = /\.ya?ml$/i;

/**
 * Reads every Argo CD Application under `argo-apps/` as written in the files.
 * Kustomize patches applied to Applications themselves are not seen here: the
 * input graph needs the file each Application comes from. A file with broken
 * YAML is returned in `unreadable` (the loader's error, naming file and line).
 */
export function readApplications(
  repo: string,
  root = "argo-apps",
): { apps: ArgoApplication[]; unreadable: UserError[] } {
  const apps: ArgoApplication[] = [];
  const unreadable: UserError[] = [];
  for (const path of walkFiles(join(repo, root), (name) => MANIFEST.test(name))) {
    const file = relative(repo, path).split("\\").join("/");
    let yaml;
    try {
      yaml = loadYamlFile(path, file);
    } catch (err) {
      // One broken file must not stop the rest: it becomes a finding.
      if (err instanceof UserError) {
        unreadable.push(err);
        continue;
      }
      throw err;
    }
    for (const doc of yaml.documents) {
      const app = asApplication(doc.value);
      if (!app) continue;
      const env = file.split("/")[1];
      const entry: ArgoApplication = { name: app.name, file, line: doc.line, sources: app.sources };
      if (env && file.split("/").length > 2) entry.env = env;
      if (app.namespace) entry.destinationNamespace = app.namespace;
      apps.push(entry);
    }
  }
  apps.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { apps, unreadable };
}

function asApplication(
  value: unknown,
): { name: string; namespace?: string; sources: AppSource[] } | undefined {
  if (!isObject(value) || value.kind !== "Application" || typeof value.apiVersion !== "string")
    return undefined;
  if (!value.apiVersion.startsWith("argoproj.io/")) return undefined;
  const metadata = isObject(value.metadata) ? value.metadata : {};
  const spec = isObject(value.spec) ? value.spec : {};
  const name = typeof metadata.name === "string" ? metadata.name : "";
  if (!name) return undefined;
  const sources = Array.isArray(spec.sources)
    ? (spec.sources.filter(isObject) as AppSource[])
    : isObject(spec.source)
      ? [spec.source as AppSource]
      : [];
  const destination = isObject(spec.destination) ? spec.destination : {};
  const namespace = typeof destination.namespace === "string" ? destination.namespace : undefined;
  return namespace ? { name, namespace, sources } : { name, sources };
}

/**
 * True when an Application's repoURL names this repository: one of the
 * configured URLs or the git remote, compared without scheme, user, `.git`
 * and case (https://github.com/o/r.git == git@github.com:o/r).
 */
export function sameRepo(url: string, candidates: readonly string[]): boolean {
  const n = normalizeRepoUrl(url);
  return candidates.some((c) => normalizeRepoUrl(c) === n);
}

export function normalizeRepoUrl(url: string): string {
  let u = url.trim().toLowerCase();
  u = u.replace(/^[a-z+]+:\/\//, "");
  u = u.replace(/^[^@/]+@/, "");
  u = u.replace(/^([^/:]+):(?!\d+\/)/, "$1/");
  u = u.replace(/:\d+\//, "/");
  return u.replace(/\.git$/, "").replace(/\/+$/, "");
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
