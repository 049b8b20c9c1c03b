/**
 * The fields that deploy an image or a chart in one service's env, found by
 * promote's locator (`locateFiles`): kustomize `images[]` entries, Helm
 * image maps in the env's values file, images written whole in the env's
 * manifests and patch files, Chart.yaml dependencies and the chart sources
 * of Applications.
 */
import type { YamlFile } from "../../core/src/index.js";
import { formatImageRef, type ImageRef } from "./bump-ref.js";
import type { Changeset } from "./changeset.js";
import type { ServiceFiles, YamlCache } from "./locate.js";
import { manifestSites, type ManifestSite } from "./locate-manifests.js";
import { listEntries } from "./plan.js";
import type { FieldRules } from "./services.js";
import { readField, type PathStep } from "./yaml-lookup.js";

/** A place that deploys one image: write the tag into `tagKey`, the digest into `digestKey`. */
export interface ImageSite {
  /** The image it deploys, registry and path included. */
  image: string;
  kind: "kustomize" | "helm";
  file: YamlFile;
  /** The document of `file` (an Application's, in a multi-document file); 0 when absent. */
  doc?: number;
  path: PathStep[];
  tagKey: string;
  digestKey: string;
}

/** A container image written whole (`image: name:tag`) in the env's own manifests or patch files. */
export interface ReferenceSite {
  /** The image it deploys (the reference without tag and digest). */
  image: string;
  site: ManifestSite;
}

/** Every image the service's env sets whole in its manifests, strategic-merge and JSON6902 patches. */
export async function referenceSites(cache: YamlCache, files: ServiceFiles): Promise<ReferenceSite[]> {
  const out: ReferenceSite[] = [];
  for (const site of await manifestSites(cache, files.manifests)) {
    if (site.value?.text) out.push({ image: imageName(site.value.text), site });
  }
  return out;
}

/**
 * Sets `ref` on the reference sites that deploy its image: the name stays as written, the tag
 * and digest become the reference's. Returns how many sites deploy it.
 */
export function bumpReferences(
  set: Changeset,
  service: string,
  sites: readonly ReferenceSite[],
  ref: ImageRef,
): number {
  const matching = sites.filter((s) => s.image === ref.name);
  for (const { site } of matching) {
    const value = formatImageRef({ ...ref, name: imageName(site.value?.text ?? ref.name) });
    set.field(service, site.file, site.doc, site.path, site.key, { text: value, isString: true });
  }
  return matching.length;
}

/** `ghcr.io/org/web` of `ghcr.io/org/web:1.2@sha256:…` (a registry port is not a tag). */
export function imageName(reference: string): string {
  const named = reference.split("@")[0] ?? reference;
  const colon = named.lastIndexOf(":");
  return colon > named.lastIndexOf("/") ? named.slice(0, colon) : named;
}

/** A place that pins a chart's version. */
export interface ChartSite {
  chart: string;
  file: YamlFile;
  doc: number;
  path: PathStep[];
  key: string;
}

/** Every image the service deploys from its `files` in one env. */
export async function imageSites(
  cache: YamlCache,
  files: ServiceFiles,
  rules: FieldRules,
): Promise<ImageSite[]> {
  const out: ImageSite[] = [];
  const kustomization = files.kustomization ? await cache.get(files.kustomization) : undefined;
  if (kustomization) {
    for (const step of listEntries(kustomization, "images")) {
      const path: PathStep[] = ["images", step];
      // What kustomize deploys: newName when the entry renames the image, else its name.
      const image = first(kustomization, path, "newName") ?? step.equals.text;
      out.push({
        image,
        kind: "kustomize",
        file: kustomization,
        path,
        tagKey: "newTag",
        digestKey: "digest",
      });
    }
  }
  const values = files.values ? await cache.get(files.values) : undefined;
  if (values && files.values) {
    const chain = await valuesChain(cache, files, files.values);
    for (const prefix of imagePrefixes(rules)) {
      const path = prefix.split(".");
      const repository = last(chain, path, "repository");
      if (repository === undefined) continue;
      const registry = last(chain, path, "registry");
      const image = registry ? `${registry}/${repository}` : repository;
      out.push({ image, kind: "helm", file: values, path, tagKey: "tag", digestKey: "digest" });
    }
  }
  out.push(...(await inlineValueSites(cache, files, rules)));
  return out;
}

/**
 * Helm image maps written inline in the env's Applications: `helm.valuesObject`, and
 * `helm.values` (a YAML string, edited inside). Argo CD lets inline values win over value files,
 * so the repository may come from the chart's values in the repo and the tag from here.
 */
async function inlineValueSites(
  cache: YamlCache,
  files: ServiceFiles,
  rules: FieldRules,
): Promise<ImageSite[]> {
  const out: ImageSite[] = [];
  for (const app of files.apps) {
    const appFile = await cache.get(app.file);
    for (const source of app.sources) {
      const chain: YamlFile[] = [];
      for (const path of [...(source.dir ? [`${source.dir}/values.yaml`] : []), ...source.valueFiles]) {
        const file = await cache.get(path);
        if (file) chain.push(file);
      }
      const string = source.valuesString
        ? await cache.embedded(app.file, app.doc, source.valuesString)
        : undefined;
      for (const prefix of imagePrefixes(rules)) {
        const inner = prefix.split(".");
        const object: PathStep[] = [...source.path, "helm", "valuesObject", ...inner];
        const document = appFile?.documents[app.doc];
        const inApp = (key: string) =>
          appFile && document ? readField(appFile, document, object, key).value?.text : undefined;
        if (appFile && source.inlineValues) {
          const repository = inApp("repository") ?? last(chain, inner, "repository");
          const registry = inApp("registry") ?? last(chain, inner, "registry");
          if (repository !== undefined) out.push(helmSite(registry, repository, appFile, app.doc, object));
        }
        if (string) {
          const repository = first(string, inner, "repository") ?? last(chain, inner, "repository");
          const registry = first(string, inner, "registry") ?? last(chain, inner, "registry");
          if (repository !== undefined) out.push(helmSite(registry, repository, string, 0, inner));
        }
      }
    }
  }
  return out;
}

function helmSite(
  registry: string | undefined,
  repository: string,
  file: YamlFile,
  doc: number,
  path: PathStep[],
): ImageSite {
  const image = registry ? `${registry}/${repository}` : repository;
  return { image, kind: "helm", file, doc, path, tagKey: "tag", digestKey: "digest" };
}

/** Every chart version the service pins in one env. */
export async function chartSites(cache: YamlCache, files: ServiceFiles): Promise<ChartSite[]> {
  const out: ChartSite[] = [];
  const chart = files.chart ? await cache.get(files.chart) : undefined;
  if (chart) {
    for (const step of listEntries(chart, "dependencies")) {
      out.push({
        chart: step.equals.text,
        file: chart,
        doc: 0,
        path: ["dependencies", step],
        key: "version",
      });
    }
  }
  const kustomization = files.kustomization ? await cache.get(files.kustomization) : undefined;
  if (kustomization) {
    for (const step of listEntries(kustomization, "helmCharts")) {
      out.push({
        chart: step.equals.text,
        file: kustomization,
        doc: 0,
        path: ["helmCharts", step],
        key: "version",
      });
    }
  }
  for (const app of files.apps) {
    const file = await cache.get(app.file);
    if (!file) continue;
    for (const source of app.sources) {
      if (source.chart)
        out.push({ chart: source.chart, file, doc: app.doc, path: source.path, key: "targetRevision" });
    }
  }
  return out;
}

/** `image` and the maps above each `…tag`/`…digest` path of `promote.values`. */
function imagePrefixes(rules: FieldRules): string[] {
  const prefixes = new Set(["image"]);
  for (const dotted of rules.values) {
    const m = /^(.+)\.(?:tag|digest)$/.exec(dotted);
    if (m?.[1]) prefixes.add(m[1]);
  }
  return [...prefixes];
}

/**
 * The value files Helm merges for the env, in order, ending with `own`: the chart's
 * `values.yaml`, then the Application's `valueFiles` (later files win).
 */
async function valuesChain(cache: YamlCache, files: ServiceFiles, own: string): Promise<YamlFile[]> {
  const source = files.apps.flatMap((a) => a.sources).find((s) => s.valueFiles.includes(own));
  const paths = source ? [...(source.dir ? [`${source.dir}/values.yaml`] : []), ...source.valueFiles] : [own];
  const out: YamlFile[] = [];
  for (const path of new Set(paths)) {
    const file = await cache.get(path);
    if (file) out.push(file);
  }
  return out;
}

function first(file: YamlFile, path: readonly PathStep[], key: string): string | undefined {
  const document = file.documents[0];
  return document ? readField(file, document, path, key).value?.text : undefined;
}

function last(chain: readonly YamlFile[], path: readonly PathStep[], key: string): string | undefined {
  let found: string | undefined;
  for (const file of chain) found = first(file, path, key) ?? found;
  return found;
}
