/**
 * Container images set in an overlay's own YAML files: plain manifests it
 * lists as resources, strategic-merge patches (`version.yml` holding only a
 * Deployment's image) and JSON6902 patch files. Each image is a site with an
 * id that names what it sets (the resource and container, or the patch
 * target and op path), so the same site is found again in another env
 * whatever its file is called. Nothing else in these files is promotable:
 * replicas, env vars, hosts and namespaces are what make an env an env.
 */
import { posix } from "node:path";
import type { YamlFile } from "../../core/src/index.js";
import type { YamlCache } from "./locate.js";
import type { ScalarText } from "./scalar.js";
import type { NodeKeys } from "./yaml-embedded.js";
import { formatPath, readField, type PathStep } from "./yaml-lookup.js";

/** A file that may set images, or (`inline`) a patch written as a string in the kustomization at `path`. */
export interface ManifestFile {
  path: string;
  /** A patch's target, `Deployment/web`. */
  target?: string;
  /** Where the inline patch string sits in the kustomization, e.g. `["patches", 2, "patch"]`. */
  inline?: NodeKeys;
}

/** One image field in one file. */
export interface ManifestSite {
  /** Pairs the site with its counterpart in another env, e.g. `Deployment/web spec.template.spec.containers[web].image`. */
  id: string;
  /** How it was found: a container's `image`, or a JSON6902 op's `value`. */
  kind: "container" | "json6902";
  file: YamlFile;
  doc: number;
  path: PathStep[];
  key: string;
  value: ScalarText | undefined;
}

/** Lists whose entries are containers with an `image`. */
const CONTAINER_LISTS = new Set(["containers", "initContainers", "ephemeralContainers"]);
/** A JSON6902 op path that sets one container's image. */
const IMAGE_OP_PATH = /\/(?:containers|initContainers|ephemeralContainers)\/[^/]+\/image$/;

/**
 * The overlay's own files that may set images, in the order kustomize applies them
 * (resources, then patches), each with the patch target for JSON6902 files.
 * Without a kustomization: the folder's YAML files (a plain manifest folder).
 */
export async function manifestFiles(
  cache: YamlCache,
  dir: string,
  kustomization: string | undefined,
  inDir: readonly string[],
): Promise<ManifestFile[]> {
  if (!kustomization) {
    return inDir
      .filter((p) => /\.ya?ml$/i.test(p) && posix.dirname(p) === dir)
      .filter((p) => !/\/(values[^/]*|Chart)\.ya?ml$/i.test(p))
      .map((path) => ({ path }));
  }
  const k = (await cache.get(kustomization))?.documents[0]?.value as Record<string, unknown> | undefined;
  if (!k || typeof k !== "object") return [];
  const out: ManifestFile[] = [];
  const add = (ref: unknown, target?: unknown) => {
    if (typeof ref !== "string") return;
    const path = posix.normalize(posix.join(dir, ref));
    if (!path.startsWith(`${dir}/`) || !inDir.includes(path) || out.some((o) => o.path === path)) return;
    const t = targetText(target);
    out.push(t ? { path, target: t } : { path });
  };
  // Inline patches (a YAML string in the kustomization) take their place in kustomize's order.
  const inline = (keys: NodeKeys, target?: unknown) => {
    const t = targetText(target);
    out.push({ path: kustomization, inline: keys, ...(t ? { target: t } : {}) });
  };
  for (const r of list(k.resources)) add(r);
  for (const [i, p] of list(k.patchesStrategicMerge).entries()) {
    if (typeof p === "string" && p.includes("\n")) inline(["patchesStrategicMerge", i]);
    else add(p);
  }
  for (const key of ["patches", "patchesJson6902"] as const) {
    for (const [i, p] of list(k[key]).entries()) {
      if (!isRecord(p)) continue;
      if (typeof p.patch === "string") inline([key, i, "patch"], p.target);
      else add(p.path, p.target);
    }
  }
  return out;
}

/** Every image site of `files`, in their order. */
export async function manifestSites(
  cache: YamlCache,
  files: readonly ManifestFile[],
): Promise<ManifestSite[]> {
  const out: ManifestSite[] = [];
  for (const { path, target, inline } of files) {
    const file = inline ? await cache.embedded(path, 0, inline) : await cache.get(path);
    for (const document of file?.documents ?? []) {
      const value = document.value;
      if (Array.isArray(value)) out.push(...opSites(file as YamlFile, document.index, value, target));
      else if (isRecord(value)) out.push(...containerSites(file as YamlFile, document.index, value));
    }
  }
  return out;
}

function containerSites(file: YamlFile, doc: number, value: Record<string, unknown>): ManifestSite[] {
  const meta = isRecord(value.metadata) ? value.metadata : {};
  const owner = `${str(value.kind) ?? "?"}/${str(meta.name) ?? "?"}`;
  const out: ManifestSite[] = [];
  const walk = (node: Record<string, unknown>, path: string[], depth: number) => {
    if (depth > 8) return;
    for (const [k, v] of Object.entries(node)) {
      if (CONTAINER_LISTS.has(k) && Array.isArray(v)) {
        for (const c of v) {
          const name = isRecord(c) ? str(c.name) : undefined;
          if (name === undefined || !isRecord(c) || typeof c.image !== "string") continue;
          const step: PathStep = { key: "name", equals: { text: name, isString: true } };
          const at: PathStep[] = [...path, k, step];
          out.push(site(file, doc, at, "image", "container", `${owner} ${formatPath(at, "image")}`));
        }
      } else if (isRecord(v) && k !== "metadata") {
        walk(v, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return out;
}

function opSites(file: YamlFile, doc: number, ops: unknown[], target: string | undefined): ManifestSite[] {
  const out: ManifestSite[] = [];
  const seen = new Set<string>();
  for (const op of ops) {
    if (!isRecord(op) || !["add", "replace"].includes(str(op.op) ?? "")) continue;
    const opPath = str(op.path);
    if (!opPath || !IMAGE_OP_PATH.test(opPath) || seen.has(opPath)) continue;
    seen.add(opPath);
    const path: PathStep[] = [{ key: "path", equals: { text: opPath, isString: true } }];
    out.push(site(file, doc, path, "value", "json6902", `${target ?? "?"} ${opPath}`));
  }
  return out;
}

function site(
  file: YamlFile,
  doc: number,
  path: PathStep[],
  key: string,
  kind: ManifestSite["kind"],
  id: string,
): ManifestSite {
  const document = file.documents[doc];
  const value = document ? readField(file, document, path, key).value : undefined;
  return { id, kind, file, doc, path, key, value };
}

/** `Deployment/web`: a patch target as an id part. */
function targetText(target: unknown): string | undefined {
  if (!isRecord(target)) return undefined;
  return `${str(target.kind) ?? "?"}/${str(target.name) ?? "?"}`;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
