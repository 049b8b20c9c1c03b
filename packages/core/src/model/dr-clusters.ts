/**
 * DR parity, the cluster side: which clusters are primaries and which are their disaster-recovery
 * (DR) counterparts, and which services each runs. A cluster's role and region are labels, read
 * from the same places the ApplicationSet cluster generator reads clusters: `.gitops.yaml`
 * `clusters:` and the Argo CD cluster Secrets in the repo (e.g. `clusters/<name>/cluster-secret.yaml`):
 *
 *   labels: { role: primary | dr, region: us-west, drOf: prod-us-east }
 *
 * A DR cluster pairs with the primary its `drOf` label names; without one, with the primary of
 * the same `env` label when exactly one has it. A service runs on a cluster when an Application
 * (written or generated) whose destination is that cluster deploys one of its targets.
 */
import type { ClusterInfo } from "../appset/index.js";
import { knownClusters, readArgo } from "./applications.js";
import type { ModelApplication, RepoModel as Layout, Target } from "./types.js";

export const ROLE_LABEL = "role";
export const REGION_LABEL = "region";
export const DR_OF_LABEL = "drOf";

/** A cluster with a DR role: a primary, or the DR counterpart of one. */
export interface RoleCluster {
  name: string;
  server: string;
  role: "primary" | "dr";
  region: string;
  /** For a DR cluster: the primary it stands in for (undefined when none pairs). */
  primary?: string;
}

/** One service on one cluster: the Application that puts it there and the target it renders. */
export interface Placement {
  service: string;
  cluster: string;
  application: ModelApplication;
  target: Target;
}

/** A primary's placement of a service and its DR cluster, with the DR placement when there is one. */
export interface DrPair {
  service: string;
  primary: RoleCluster;
  dr: RoleCluster;
  source: Placement;
  /** Undefined: the service is missing on the DR cluster. */
  counterpart?: Placement;
}

/** Every cluster the model knows: `.gitops.yaml` first, then the repo's cluster Secrets (by name, first wins). */
export function modelClusters(layout: Layout): ClusterInfo[] {
  // Through the model's reader, which parsed every Argo CD file when the model loaded: no file is
  // read or parsed again.
  const written = readArgo(layout.repo, layout.argoFiles, layout.read);
  const seen = new Set<string>();
  return knownClusters(layout.config, written.clusterSecrets).filter(
    (c) => c.name !== "" && !seen.has(c.name) && seen.add(c.name),
  );
}

/** The clusters that carry `role: primary` or `role: dr`, DR clusters paired with their primary. */
export function roleClusters(layout: Layout): RoleCluster[] {
  const out: RoleCluster[] = [];
  const all = modelClusters(layout);
  for (const c of all) {
    const role = c.labels[ROLE_LABEL];
    if (role !== "primary" && role !== "dr") continue;
    out.push({ name: c.name, server: c.server, role, region: c.labels[REGION_LABEL] ?? "" });
  }
  const primaries = all.filter((c) => c.labels[ROLE_LABEL] === "primary");
  for (const dr of out.filter((c) => c.role === "dr")) {
    const info = all.find((c) => c.name === dr.name);
    const named = info?.labels[DR_OF_LABEL];
    const env = info?.labels.env;
    const sameEnv = env === undefined ? [] : primaries.filter((p) => p.labels.env === env);
    const primary = named ?? (sameEnv.length === 1 ? sameEnv[0]?.name : undefined);
    if (primary !== undefined && primaries.some((p) => p.name === primary)) dr.primary = primary;
  }
  return out;
}

/** Every service on every role cluster, by the Applications whose destination is that cluster. */
export function placements(layout: Layout, clusters: readonly RoleCluster[]): Placement[] {
  const byId = new Map(layout.targets.map((t) => [t.id, t]));
  const out: Placement[] = [];
  for (const app of layout.applications) {
    const cluster = clusters.find((c) => destinedTo(app, c));
    if (!cluster) continue;
    for (const id of app.targets) {
      const target = byId.get(id);
      if (target?.service)
        out.push({ service: target.service, cluster: cluster.name, application: app, target });
    }
  }
  return out;
}

function destinedTo(app: ModelApplication, c: RoleCluster): boolean {
  const { server, name } = app.destination;
  if (server !== undefined) return trim(server) === trim(c.server);
  return name !== undefined && name === c.name;
}

function trim(url: string): string {
  return url.replace(/\/+$/, "");
}

/** Each service placed on a primary, paired with each of that primary's DR clusters. */
export function drPairs(layout: Layout, clusters = roleClusters(layout)): DrPair[] {
  const placed = placements(layout, clusters);
  const out: DrPair[] = [];
  for (const primary of clusters.filter((c) => c.role === "primary")) {
    const drs = clusters.filter((c) => c.role === "dr" && c.primary === primary.name);
    for (const source of placed.filter((p) => p.cluster === primary.name)) {
      for (const dr of drs) {
        const counterpart = placed.find((p) => p.cluster === dr.name && p.service === source.service);
        out.push({ service: source.service, primary, dr, source, ...(counterpart ? { counterpart } : {}) });
      }
    }
  }
  return out;
}

/** Envs where the services run only on DR clusters: what `--no-dr` leaves out of a group. */
export function drOnlyEnvs(layout: Layout, services: readonly string[]): Set<string> {
  const clusters = roleClusters(layout);
  const placed = placements(layout, clusters).filter((p) => services.includes(p.service));
  const role = new Map(clusters.map((c) => [c.name, c.role]));
  const primaryEnvs = new Set(placed.filter((p) => role.get(p.cluster) !== "dr").map((p) => p.target.env));
  return new Set(
    placed
      .filter((p) => role.get(p.cluster) === "dr" && !primaryEnvs.has(p.target.env))
      .map((p) => p.target.env),
  );
}

/**
 * Each env that only DR clusters run (no primary runs anything there), with the envs its
 * clusters' primaries run: the envs it stands in for, and so the envs it is promoted with.
 */
export function drEnvPrimaries(layout: Layout): Map<string, string[]> {
  const clusters = roleClusters(layout);
  const placed = placements(layout, clusters).filter((p) => p.target.env !== "");
  const byName = new Map(clusters.map((c) => [c.name, c]));
  const isDr = (p: Placement) => byName.get(p.cluster)?.role === "dr";
  const primaryEnvs = new Set(placed.filter((p) => !isDr(p)).map((p) => p.target.env));
  const envsOn = new Map<string, Set<string>>();
  for (const p of placed) envsOn.set(p.cluster, (envsOn.get(p.cluster) ?? new Set()).add(p.target.env));
  const out = new Map<string, Set<string>>();
  for (const p of placed) {
    const primary = byName.get(p.cluster)?.primary;
    if (!isDr(p) || primary === undefined || primaryEnvs.has(p.target.env)) continue;
    const envs = out.get(p.target.env) ?? new Set<string>();
    for (const env of envsOn.get(primary) ?? []) envs.add(env);
    out.set(p.target.env, envs);
  }
  return new Map([...out].map(([env, envs]) => [env, [...envs].sort()]));
}
