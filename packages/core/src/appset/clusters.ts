/** Argo CD clusters: reading a cluster Secret, and the local cluster Argo CD always knows. */
import type { ClusterInfo } from "./types.js";

export const SECRET_TYPE_LABEL = "argocd.argoproj.io/secret-type";
export const IN_CLUSTER_NAME = "in-cluster";
export const IN_CLUSTER_SERVER = "https://kubernetes.default.svc";

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof v !== "object" || v === null || Array.isArray(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") {
      Object.defineProperty(out, k, {
        value: String(x),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

/**
 * A cluster from an Argo CD cluster Secret (label argocd.argoproj.io/secret-type:
 * cluster): `name`, `server` and `project` from `data` (base64) with `stringData`
 * taking precedence, as the API server merges them. Anything else is undefined.
 */
export function clusterFromSecret(doc: unknown): ClusterInfo | undefined {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return undefined;
  const d = doc as { kind?: unknown; metadata?: unknown; data?: unknown; stringData?: unknown };
  if (d.kind !== "Secret") return undefined;
  const metadata = (typeof d.metadata === "object" && d.metadata !== null ? d.metadata : {}) as {
    labels?: unknown;
    annotations?: unknown;
  };
  const labels = stringMap(metadata.labels);
  if (labels[SECRET_TYPE_LABEL] !== "cluster") return undefined;
  const fields: Record<string, string> = {};
  const data = stringMap(d.data);
  for (const key of ["name", "server", "project"]) {
    const raw = data[key];
    if (raw !== undefined) fields[key] = Buffer.from(raw, "base64").toString("utf8");
  }
  Object.assign(fields, pick(stringMap(d.stringData), ["name", "server", "project"]));
  const cluster: ClusterInfo = {
    name: fields.name ?? "",
    server: fields.server ?? "",
    labels,
    annotations: stringMap(metadata.annotations),
  };
  if (fields.project !== undefined) cluster.project = fields.project;
  return cluster;
}

function pick(m: Record<string, string>, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) if (m[k] !== undefined) out[k] = m[k];
  return out;
}

/** secretToCluster trims the server's trailing slashes before comparing it with the local address. */
export function isInClusterServer(server: string): boolean {
  return server.replace(/\/+$/, "") === IN_CLUSTER_SERVER;
}

/** The labels a cluster's Secret carries (the secret-type label included). */
export function secretLabels(cluster: ClusterInfo): Record<string, string> {
  return { ...cluster.labels, [SECRET_TYPE_LABEL]: cluster.labels[SECRET_TYPE_LABEL] ?? "cluster" };
}
