import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { helmService } from "./gen/helm.js";
import { kustomizeService } from "./gen/kustomize.js";
import { argoAppFiles, clusterFiles, environmentFiles, rootFiles } from "./gen/platform.js";
import { Random } from "./gen/random.js";
import { serviceNames, serviceSpec } from "./gen/service.js";

/** What to generate. */
export interface GenerateOptions {
  services: number;
  /** Share of services that are Helm charts, 0..1 (default 0.3). */
  helmRatio?: number;
  /** Resources in each service's base (default 6): the catalog in order, then extra ConfigMaps. */
  resourcesPerService?: number;
  /** Environments in promotion order (default staging, prod). */
  environments?: string[];
  /** PRNG seed (default 1): the same seed gives the same bytes. */
  seed?: number;
}

/** One generated service. */
export interface GeneratedService {
  name: string;
  kind: "kustomize" | "helm";
  /** Overlay folders relative to the repo, one per env. */
  overlays: string[];
  /** Kubernetes kinds each overlay renders to, sorted (base resources plus the ExternalSecret). */
  kinds: string[];
}

/** What was written. */
export interface GeneratedRepo {
  dir: string;
  services: GeneratedService[];
  files: number;
  bytes: number;
}

/**
 * Writes a synthetic infra-gitops repository in the blueprint's layout into
 * `dir` (missing or empty). Everything renders with real kustomize and helm;
 * the benchmarks of every check run on it.
 */
export function generateRepo(dir: string, opts: GenerateOptions): GeneratedRepo {
  const { files, services } = generateFiles(opts);
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty; the generator writes only into an empty folder`);
  let bytes = 0;
  for (const [path, text] of files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    const data = Buffer.from(text, "utf8");
    writeFileSync(full, data);
    bytes += data.length;
  }
  return { dir: resolve(dir), services, files: files.size, bytes };
}

/** The repository as path → content, without touching the disk. */
export function generateFiles(opts: GenerateOptions): {
  files: Map<string, string>;
  services: GeneratedService[];
} {
  const count = checkInt("services", opts.services, 1);
  const helmRatio = opts.helmRatio ?? 0.3;
  if (!(helmRatio >= 0 && helmRatio <= 1)) throw new Error(`helmRatio must be within 0..1, got ${helmRatio}`);
  const resources = checkInt("resourcesPerService", opts.resourcesPerService ?? 6, 1);
  const environments = opts.environments ?? ["staging", "prod"];
  if (environments.length === 0) throw new Error("environments must name at least one env");
  const rnd = new Random(opts.seed ?? 1);

  const names = serviceNames(rnd, count);
  // Exactly round(n × ratio) Helm services, spread over the list rather than bunched at the front.
  const helm = new Set(rnd.shuffle(names).slice(0, Math.round(count * helmRatio)));
  const specs = names.map((name) =>
    serviceSpec(rnd, name, helm.has(name) ? "helm" : "kustomize", resources, environments),
  );

  const files = new Map<string, string>();
  const add = (more: Map<string, string>) => {
    for (const [path, text] of more) files.set(path, text);
  };
  add(rootFiles(environments, count));
  for (const svc of specs) add(svc.kind === "helm" ? helmService(svc) : kustomizeService(svc));
  for (const env of environments) {
    add(clusterFiles(specs, env));
    add(environmentFiles(specs, env));
    add(argoAppFiles(specs, env));
  }
  const services = specs.map((s) => ({
    name: s.name,
    kind: s.kind,
    overlays: environments.map((env) => `apps/${s.name}/overlays/${env}`),
    kinds: [...s.resources.map((r) => r.kind), "ExternalSecret"].sort(),
  }));
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), services };
}

function checkInt(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer >= ${min}, got ${value}`);
  return value;
}
