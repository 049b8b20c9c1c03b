import type { Random } from "./random.js";

/** The Kubernetes kinds a service's base can hold, in the order they are added. */
export const BASE_CATALOG = [
  "Deployment",
  "Service",
  "ConfigMap",
  "ServiceAccount",
  "HorizontalPodAutoscaler",
  "PodDisruptionBudget",
  "Ingress",
  "Role",
  "RoleBinding",
  "CronJob",
] as const;

/** One base resource: its kind and the file (or chart template) that holds it. */
export interface BaseResource {
  kind: (typeof BASE_CATALOG)[number];
  file: string;
  /** 0 for catalog entries; 1, 2 ... for the extra ConfigMaps past the catalog. */
  extra: number;
}

/** Everything the templates need to know about one generated service. */
export interface ServiceSpec {
  name: string;
  kind: "kustomize" | "helm";
  team: string;
  port: number;
  resources: BaseResource[];
  config: Record<string, string>;
  secretKeys: string[];
  /** Per env: image tag, replica count and sizing, drawn once so both renderers agree. */
  envs: Record<string, EnvSettings>;
}

export interface EnvSettings {
  tag: string;
  replicas: number;
  cpu: string;
  memory: string;
  logLevel: string;
}

// Word lists, not a name per service: 20 × 7 pairs before numbering starts.
const DOMAINS = (
  "billing orders catalog search auth payments inventory shipping notify media " +
  "profile cart pricing reviews ledger reports gateway ingest audit session"
).split(" ");
const ROLES = ["api", "worker", "web", "sync", "cron", "events", "admin"];
const TEAMS = ["commerce", "platform", "growth", "data", "identity", "fulfilment"];
const SECRET_KEYS = ["DATABASE_URL", "REDIS_URL", "API_TOKEN", "SMTP_PASSWORD", "S3_SECRET_ACCESS_KEY"];
const FILE_OF: Record<BaseResource["kind"], string> = {
  Deployment: "deployment.yaml",
  Service: "service.yaml",
  ConfigMap: "configmap.yaml",
  ServiceAccount: "serviceaccount.yaml",
  HorizontalPodAutoscaler: "hpa.yaml",
  PodDisruptionBudget: "pdb.yaml",
  Ingress: "ingress.yaml",
  Role: "role.yaml",
  RoleBinding: "rolebinding.yaml",
  CronJob: "cronjob.yaml",
};

/** The base resources for `count` resources: the catalog in order, then extra ConfigMaps. */
export function baseResources(count: number): BaseResource[] {
  const out: BaseResource[] = [];
  for (let i = 0; i < count; i++) {
    const kind = BASE_CATALOG[i];
    if (kind) out.push({ kind, file: FILE_OF[kind], extra: 0 });
    else {
      const extra = i - BASE_CATALOG.length + 1;
      out.push({ kind: "ConfigMap", file: `configmap-extra-${extra}.yaml`, extra });
    }
  }
  return out;
}

/** `count` distinct service names such as `orders-api`, drawn from the PRNG. */
export function serviceNames(rnd: Random, count: number): string[] {
  const pairs = rnd.shuffle(DOMAINS.flatMap((d) => ROLES.map((r) => `${d}-${r}`)));
  // Past the word list, number the names: still valid ids, still deterministic.
  return Array.from({ length: count }, (_, i) => pairs[i] ?? `${pairs[i % pairs.length]!}-${i}`);
}

/** Draws one service's settings; the draw order is fixed, so a seed always gives the same repo. */
export function serviceSpec(
  rnd: Random,
  name: string,
  kind: ServiceSpec["kind"],
  resourceCount: number,
  environments: readonly string[],
): ServiceSpec {
  const config: Record<string, string> = {};
  for (let i = 0, n = rnd.int(2, 6); i < n; i++)
    config[`FEATURE_${i}`] = rnd.pick(["enabled", "disabled", "beta"]);
  const secretKeys = rnd.shuffle(SECRET_KEYS).slice(0, rnd.int(1, 3)).sort();
  const envs: Record<string, EnvSettings> = {};
  for (const [i, env] of environments.entries()) {
    // Later environments get more replicas and room, as production usually does.
    envs[env] = {
      tag: rnd.version(),
      replicas: rnd.int(1, 2) + i,
      cpu: `${rnd.int(1, 8) * 100}m`,
      memory: `${rnd.int(2, 16) * 64}Mi`,
      logLevel: rnd.pick(["debug", "info", "warn"]),
    };
  }
  return {
    name,
    kind,
    team: rnd.pick(TEAMS),
    port: rnd.pick([8080, 8000, 3000, 9000]),
    resources: baseResources(resourceCount),
    config,
    secretKeys,
    envs,
  };
}
