import { join } from "node:path";
import { clusterFromSecret, type ClusterInfo } from "../appset/index.js";
import type { GitopsConfig } from "../config.js";
import { UserError } from "../errors.js";
import type { Finding } from "../finding.js";
import { readDocuments, type DocumentReader } from "./read.js";
import type { AppSource, ModelApplication } from "./types.js";

/** An ApplicationSet as written, for expansion. */
export interface WrittenAppSet {
  name: string;
  file: string;
  line: number;
  value: Record<string, unknown>;
}

/** The Argo CD objects written in the repository. */
export interface WrittenArgo {
  applications: ModelApplication[];
  applicationSets: WrittenAppSet[];
  /** Cluster Secrets (label argocd.argoproj.io/secret-type: cluster), as parsed documents. */
  clusterSecrets: unknown[];
  /** Files that do not parse: one error each, naming file and line. */
  findings: Finding[];
}

/**
 * The clusters Argo CD knows, as the ApplicationSet cluster generator sees them: `.gitops.yaml`
 * `clusters:` first, then the repository's cluster Secrets.
 */
export function knownClusters(config: GitopsConfig, clusterSecrets: readonly unknown[]): ClusterInfo[] {
  return [
    ...config.clusters.map((c) => ({ ...c, labels: c.labels ?? {}, annotations: c.annotations ?? {} })),
    ...clusterSecrets.flatMap((s) => clusterFromSecret(s) ?? []),
  ];
}

/**
 * Reads every Application, ApplicationSet and cluster Secret from the files the scan picked out.
 * A broken file becomes one finding and the others go on.
 */
export function readArgo(
  repo: string,
  files: readonly string[],
  read: DocumentReader = readDocuments,
): WrittenArgo {
  const out: WrittenArgo = { applications: [], applicationSets: [], clusterSecrets: [], findings: [] };
  for (const file of files) {
    let docs;
    try {
      docs = read(join(repo, file), file);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      const f: Finding = {
        tool: "render",
        rule: "unreadable-application",
        severity: "error",
        message: err.message,
        file,
      };
      if (err.line) f.line = err.line;
      out.findings.push(f);
      continue;
    }
    for (const doc of docs) {
      const v = doc.value;
      if (!isObject(v)) continue;
      if (v.kind === "Secret" && isClusterSecret(v)) {
        out.clusterSecrets.push(v);
        continue;
      }
      if (typeof v.apiVersion !== "string" || !v.apiVersion.startsWith("argoproj.io/")) continue;
      if (v.kind === "Application") {
        const app = asApplication(v, file, doc.line, null);
        if (app) out.applications.push(app);
      } else if (v.kind === "ApplicationSet") {
        const metadata = isObject(v.metadata) ? v.metadata : {};
        const name = typeof metadata.name === "string" ? metadata.name : "";
        if (name) out.applicationSets.push({ name, file, line: doc.line, value: v });
      }
    }
  }
  return out;
}

/** An Application object (written, generated or rendered) as the model keeps it; undefined without a name. */
export function asApplication(
  value: Record<string, unknown>,
  file: string,
  line: number,
  applicationSet: string | null,
): ModelApplication | undefined {
  const metadata = isObject(value.metadata) ? value.metadata : {};
  const spec = isObject(value.spec) ? value.spec : {};
  const name = typeof metadata.name === "string" ? metadata.name : "";
  if (!name) return undefined;
  const sources = Array.isArray(spec.sources)
    ? (spec.sources.filter(isObject) as AppSource[])
    : isObject(spec.source)
      ? [spec.source as AppSource]
      : [];
  const d = isObject(spec.destination) ? spec.destination : {};
  const destination: ModelApplication["destination"] = {};
  if (typeof d.server === "string") destination.server = d.server;
  if (typeof d.name === "string") destination.name = d.name;
  if (typeof d.namespace === "string") destination.namespace = d.namespace;
  return {
    name,
    namespace: typeof metadata.namespace === "string" ? metadata.namespace : "",
    project: typeof spec.project === "string" ? spec.project : "",
    file,
    line,
    applicationSet,
    targets: [],
    destination,
    labels: stringMap(metadata.labels),
    sources,
    env: "",
    inputs: [],
    manifest: value,
  };
}

function isClusterSecret(v: Record<string, unknown>): boolean {
  const metadata = isObject(v.metadata) ? v.metadata : {};
  const labels = isObject(metadata.labels) ? metadata.labels : {};
  return labels["argocd.argoproj.io/secret-type"] === "cluster";
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(v)) return out;
  for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  return out;
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
