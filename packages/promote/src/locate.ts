/**
 * Finds the files that hold a service's promotable fields in one env: the
 * kustomization of its overlay, the manifests and patch files it lists, its
 * Helm values file (through the Argo CD Application's `valueFiles` under
 * `argo-apps/<env>/`, or `values.yaml` in the overlay), an umbrella
 * `Chart.yaml`, and chart-repo Applications.
 */
import { posix } from "node:path";
import { isMap, isSeq, type YAMLMap } from "yaml";
import { parseYaml, type YamlFile } from "../../core/src/index.js";
import { manifestFiles, type ManifestFile } from "./locate-manifests.js";
import { scalarText, type ScalarText } from "./scalar.js";
import type { Overlay } from "./services.js";
import type { Tree } from "./tree.js";
import { embeddedFile, type EmbeddedFile, type NodeKeys } from "./yaml-embedded.js";
import type { PathStep } from "./yaml-lookup.js";

const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
const VALUES_FILES = ["values.yaml", "values.yml"];

/** One source of an Argo CD Application. */
export interface AppSource {
  /** Where the source sits in the Application: `spec.source` or the `spec.sources` entry of its chart. */
  path: PathStep[];
  /** The Helm chart name, for sources from a chart repository. */
  chart?: string;
  targetRevision?: ScalarText;
  /** Value files resolved to paths in this repo. */
  valueFiles: string[];
  /** The source's folder in this repo, for git sources. */
  dir?: string;
  /** True when the source writes Helm values inline in `helm.valuesObject`. */
  inlineValues?: boolean;
  /** Where the source writes Helm values as a YAML string (`helm.values: |`), for `YamlCache.embedded`. */
  valuesString?: NodeKeys;
}

/** An Argo CD Application found under `argo-apps/<env>/`. */
export interface AppRef {
  file: string;
  doc: number;
  name: string;
  sources: AppSource[];
}

/** Where one service keeps its promotable fields in one env. */
export interface ServiceFiles {
  overlay: Overlay;
  kustomization?: string;
  values?: string;
  chart?: string;
  apps: AppRef[];
  /** The overlay's own manifests and patch files (and inline patches) that may set container images, in kustomize's order. */
  manifests: ManifestFile[];
}

/** Parses files on first use and keeps them, so each is read once per tree. */
export class YamlCache {
  private readonly files = new Map<string, Promise<YamlFile | undefined>>();
  private readonly strings = new Map<string, Promise<EmbeddedFile | undefined>>();
  constructor(readonly tree: Tree) {}

  get(path: string): Promise<YamlFile | undefined> {
    let file = this.files.get(path);
    if (!file) {
      file = this.tree.read(path).then((text) => (text === undefined ? undefined : parseYaml(text, path)));
      this.files.set(path, file);
    }
    return file;
  }

  /** The YAML string at `keys` of `path`'s document `doc`, parsed (yaml-embedded.ts); undefined when it is none. */
  async embedded(path: string, doc: number, keys: NodeKeys): Promise<EmbeddedFile | undefined> {
    const id = `${path}#${doc}:${JSON.stringify(keys)}`;
    let file = this.strings.get(id);
    if (!file) {
      file = this.get(path).then((outer) => (outer ? embeddedFile(outer, doc, keys) : undefined));
      this.strings.set(id, file);
    }
    return file;
  }
}

/** The files of `overlay` in `cache`'s tree. */
export async function locateFiles(cache: YamlCache, overlay: Overlay): Promise<ServiceFiles> {
  const inDir = await cache.tree.list(overlay.dir);
  const pick = (names: string[]) => names.map((n) => `${overlay.dir}/${n}`).find((p) => inDir.includes(p));
  const apps = await applicationsFor(cache, overlay);
  const kustomization = pick(KUSTOMIZATION_FILES);
  const chart = pick(["Chart.yaml"]);
  // A chart's templates are not manifests; its images live in values.
  const manifests = chart ? [] : await manifestFiles(cache, overlay.dir, kustomization, inDir);
  const files: ServiceFiles = { overlay, apps, manifests };
  if (kustomization) files.kustomization = kustomization;
  const values = valuesFileOf(apps, overlay) ?? pick(VALUES_FILES);
  if (values && (await cache.tree.read(values)) !== undefined) files.values = values;
  if (chart) files.chart = chart;
  return files;
}

/**
 * The env's own values file: the last `valueFiles` entry inside the overlay
 * folder (later files win in Helm, and the overlay is what differs per env).
 */
function valuesFileOf(apps: AppRef[], overlay: Overlay): string | undefined {
  const files = apps.flatMap((a) => a.sources.flatMap((s) => s.valueFiles));
  return files.filter((f) => f.startsWith(`${overlay.dir}/`)).at(-1);
}

/** Applications in `argo-apps/<env>/` that deploy this service. */
async function applicationsFor(cache: YamlCache, overlay: Overlay): Promise<AppRef[]> {
  const out: AppRef[] = [];
  for (const file of await cache.tree.list(`argo-apps/${overlay.env}`)) {
    if (!/\.ya?ml$/.test(file)) continue;
    const yaml = await cache.get(file);
    for (const document of yaml?.documents ?? []) {
      const app = readApplication(file, document.index, document.value, document.doc.contents);
      if (app && belongsTo(app, overlay)) out.push(app);
    }
  }
  return out;
}

function belongsTo(app: AppRef, overlay: Overlay): boolean {
  const root = `${overlay.serviceRoot}/`;
  const inService = (p: string) => p === overlay.serviceRoot || p.startsWith(root);
  if (app.sources.some((s) => (s.dir && inService(s.dir)) || s.valueFiles.some(inService))) return true;
  // A chart from a chart repository with inline values points nowhere in the repo; go by name.
  return [overlay.service, `${overlay.service}-${overlay.env}`, `${overlay.env}-${overlay.service}`].includes(
    app.name,
  );
}

function readApplication(file: string, doc: number, value: unknown, contents: unknown): AppRef | undefined {
  const v = value as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } | null } | null;
  if (
    v?.kind !== "Application" ||
    typeof v.apiVersion !== "string" ||
    !v.apiVersion.startsWith("argoproj.io/")
  ) {
    return undefined;
  }
  const spec = isMap(contents) ? contents.get("spec", true) : undefined;
  if (!isMap(spec)) return undefined;
  const sources: AppSource[] = [];
  const single = spec.get("source", true);
  if (isMap(single)) sources.push(readSource(single, ["spec", "source"], undefined, ["spec", "source"]));
  const many = spec.get("sources", true);
  if (isSeq(many)) {
    // `ref` sources name a repository whose files `$ref/...` value files address from its root.
    const refs = new Set<string>();
    for (const item of many.items) {
      const ref = isMap(item) ? item.get("ref") : undefined;
      if (typeof ref === "string") refs.add(ref);
    }
    for (const [index, item] of many.items.entries()) {
      if (!isMap(item)) continue;
      const chart = item.get("chart");
      const path: PathStep[] =
        typeof chart === "string"
          ? ["spec", "sources", { key: "chart", equals: { text: chart, isString: true } }]
          : ["spec", "sources"];
      sources.push(readSource(item, path, refs, ["spec", "sources", index]));
    }
  }
  const name = typeof v.metadata?.name === "string" ? v.metadata.name : "";
  return { file, doc, name, sources };
}

function readSource(
  node: YAMLMap,
  path: PathStep[],
  refs: Set<string> | undefined,
  keys: NodeKeys,
): AppSource {
  const dirText = node.get("path");
  const dir = typeof dirText === "string" ? normalize(dirText) : undefined;
  const source: AppSource = { path, valueFiles: [] };
  if (dir !== undefined) source.dir = dir;
  const chart = node.get("chart");
  if (typeof chart === "string") source.chart = chart;
  const revision = scalarText(node.get("targetRevision", true));
  if (revision) source.targetRevision = revision;
  const helm = node.get("helm", true);
  if (isMap(helm) && isMap(helm.get("valuesObject", true))) source.inlineValues = true;
  if (isMap(helm) && typeof helm.get("values") === "string")
    source.valuesString = [...keys, "helm", "values"];
  const valueFiles = isMap(helm) ? helm.get("valueFiles", true) : undefined;
  if (isSeq(valueFiles)) {
    for (const item of valueFiles.items) {
      const text = scalarText(item)?.text;
      const resolved = text === undefined ? undefined : resolveValueFile(text, dir, refs);
      if (resolved) source.valueFiles.push(resolved);
    }
  }
  return source;
}

/** A value file as a repo path: relative to the source's path, or `$ref/...` from the repo root. */
function resolveValueFile(
  file: string,
  dir: string | undefined,
  refs: Set<string> | undefined,
): string | undefined {
  const ref = /^\$([^/]+)\/(.*)$/.exec(file);
  if (ref) return refs?.has(ref[1] ?? "") ? normalize(ref[2] ?? "") : undefined;
  if (dir === undefined) return undefined;
  return normalize(posix.join(dir, file));
}

/** A clean repo-relative path, or undefined for one that is absolute or leaves the repo. */
function normalize(path: string): string | undefined {
  if (path.startsWith("/") || /^[a-z]+:\/\//i.test(path)) return undefined;
  const clean = posix.normalize(path).replace(/\/+$/, "");
  if (clean === ".." || clean.startsWith("../")) return undefined;
  return clean === "." ? "" : clean;
}
