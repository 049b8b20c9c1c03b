/**
 * Env and service names from the evidence a repository gives: folder names first, then the
 * Applications that deploy a folder (labels, name, destination). The word lists are what public
 * GitOps repositories use; a repo that uses other words pins them in `.gitops.yaml`.
 */

/** Folders whose children are environments (`envs/<env>`, `clusters/<env>` ...). */
const ENV_CONTAINERS = new Set(["env", "envs", "environment", "environments", "clusters", "stages"]);
/**
 * Folders whose children are environments only when they read as one: `overlays/prod` is an env,
 * `overlays/stable` (an operator channel) or `overlays/default` is a variant.
 */
const WEAK_CONTAINERS = new Set(["overlays", "variants"]);

/** Environment words, in promotion order: the rank orders environments when none are configured. */
const ENV_WORDS: Record<string, number> = {
  local: 0,
  dev: 1,
  develop: 1,
  development: 1,
  sandbox: 1,
  test: 2,
  testing: 2,
  int: 2,
  integration: 2,
  sit: 2,
  ci: 2,
  qa: 3,
  uat: 4,
  demo: 4,
  perf: 4,
  nonprod: 4,
  "non-prod": 4,
  staging: 5,
  stage: 5,
  stg: 5,
  preprod: 6,
  "pre-prod": 6,
  preproduction: 6,
  canary: 6,
  prod: 7,
  production: 7,
  prd: 7,
  live: 7,
  dr: 8,
};

/** Folders that group services: the child is the service (`apps/<service>/...`). */
const SERVICE_GROUPS = new Set(["apps", "applications", "services", "workloads", "charts", "tenants"]);

/** Folders that describe how a service is built, not which service it is. */
const STRUCTURAL = new Set([
  "base",
  "bases",
  "operator",
  "instance",
  "deploy",
  "deployment",
  "deployments",
  "k8s",
  "kubernetes",
  "kustomize",
  "manifests",
  "helm",
  "chart",
  "config",
  "src",
]);

/** The rank of an env-like name (its env word, e.g. `prod-us` ranks as `prod`), or undefined. */
export function envRank(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower in ENV_WORDS) return ENV_WORDS[lower];
  // `prod-us`, `us-east-prod`: a strong env word first or last. Weak words (`test`, `demo`,
  // `live`, `ci`) inside a longer name are more often a service (`test-runner`, `live-stream`).
  const parts = lower.split(/[-_.]/);
  if (parts.length < 2 || parts.length > 4) return undefined;
  for (const p of [parts[0] ?? "", parts.at(-1) ?? ""]) if (STRONG.has(p)) return ENV_WORDS[p];
  return undefined;
}

const STRONG = new Set([
  "dev",
  "development",
  "qa",
  "uat",
  "staging",
  "stage",
  "stg",
  "preprod",
  "prod",
  "production",
  "prd",
  "nonprod",
  "sandbox",
  "dr",
]);

/** True when `name` reads as an environment: `prod`, `staging`, `prod-eu`, `us-east-prod` ... */
export function looksLikeEnv(name: string): boolean {
  return envRank(name) !== undefined;
}

/** Orders found environments by their env word (dev → qa → staging → prod), then by name. */
export function orderEnvironments(envs: Iterable<string>): string[] {
  const rank = (e: string) => envRank(e) ?? 4.5;
  return [...new Set(envs)].filter(Boolean).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** What a path says about env and service, and which segment said it. */
export interface PathNames {
  env?: string;
  service?: string;
  /** One line per name, for `--explain`. */
  why: string[];
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Env and service from a repo-relative folder path:
 * - env: the child of the last env container (`envs/qa`, `overlays/prod`, `clusters/production`),
 *   else the last env-like folder name (`apps/staging`, `argo-apps/prod`);
 * - service: the child of a service group (`apps/<service>/...`) that is not itself an env, else
 *   the folder before the env container, passing over structural names (`<svc>/operator/overlays/x`).
 */
export function namesFromPath(path: string, knownEnvs: ReadonlySet<string> = NONE): PathNames {
  const segs = path.split("/").filter(Boolean);
  const why: string[] = [];
  let envAt = -1;
  let containerAt = -1;
  for (let i = segs.length - 2; i >= 0; i--) {
    const s = segs[i]?.toLowerCase() ?? "";
    const child = segs[i + 1] ?? "";
    if (ENV_CONTAINERS.has(s) || WEAK_CONTAINERS.has(s)) {
      containerAt = i;
      if (ENV_CONTAINERS.has(s) || looksLikeEnv(child) || knownEnvs.has(child)) envAt = i + 1;
      break;
    }
  }
  if (envAt === -1 && containerAt === -1) {
    for (let i = segs.length - 1; i >= 0; i--) {
      if (looksLikeEnv(segs[i] ?? "") || knownEnvs.has(segs[i] ?? "")) {
        envAt = i;
        break;
      }
    }
  }
  const out: PathNames = { why };
  if (envAt !== -1) {
    out.env = segs[envAt] ?? "";
    why.push(
      containerAt !== -1
        ? `env "${out.env}": the folder under ${segs.slice(0, containerAt + 1).join("/")}/`
        : `env "${out.env}": an environment name in the path`,
    );
  }
  const limit = containerAt !== -1 ? containerAt + 1 : envAt === -1 ? segs.length : envAt;
  for (let i = 0; i < limit - 1; i++) {
    const group = segs[i]?.toLowerCase() ?? "";
    const child = segs[i + 1] ?? "";
    if (SERVICE_GROUPS.has(group) && !looksLikeEnv(child) && !STRUCTURAL.has(child.toLowerCase())) {
      out.service = child;
      why.push(`service "${child}": the folder under ${segs.slice(0, i + 1).join("/")}/`);
      return out;
    }
  }
  if (containerAt > 0) {
    for (let i = containerAt - 1; i >= 0; i--) {
      const s = segs[i] ?? "";
      if (STRUCTURAL.has(s.toLowerCase())) continue;
      if (SERVICE_GROUPS.has(s.toLowerCase()) || looksLikeEnv(s)) break;
      out.service = s;
      why.push(`service "${s}": the folder that holds ${segs.slice(i + 1, containerAt + 1).join("/")}/`);
      break;
    }
  }
  return out;
}

/** An Application name without its env affix: `cms-prod` → `cms`, `prod-cms` → `cms`. */
export function stripEnv(name: string, env: string): string {
  if (!env) return name;
  for (const sep of ["-", "_", "."]) {
    if (name.endsWith(sep + env)) return name.slice(0, -(env.length + 1));
    if (name.startsWith(env + sep)) return name.slice(env.length + 1);
  }
  return name;
}

/** Labels Argo CD users put an env in. */
const ENV_LABELS = ["env", "environment", "stage", "app.kubernetes.io/environment"];

/** The env an Application names in its labels, name or destination, and where it was found. */
export function envFromApplication(app: {
  name: string;
  labels: Record<string, string>;
  destination: { name?: string; namespace?: string };
}): { env: string; why: string } | undefined {
  for (const key of ENV_LABELS) {
    const v = app.labels[key];
    if (v) return { env: v, why: `env "${v}": label ${key} of Application ${app.name}` };
  }
  const fromWords = (text: string | undefined): string | undefined => {
    if (!text) return undefined;
    if (looksLikeEnv(text) && !text.includes("-")) return text;
    const parts = text.split(/[-_.]/);
    for (const p of [parts.at(-1), parts[0]]) if (p && looksLikeEnv(p)) return p;
    return undefined;
  };
  const byName = fromWords(app.name);
  if (byName) return { env: byName, why: `env "${byName}": the name of Application ${app.name}` };
  const byNs = fromWords(app.destination.namespace);
  if (byNs) return { env: byNs, why: `env "${byNs}": the destination namespace of Application ${app.name}` };
  const byCluster = fromWords(app.destination.name);
  if (byCluster)
    return { env: byCluster, why: `env "${byCluster}": the destination cluster of Application ${app.name}` };
  return undefined;
}
