import type { ResourceRef } from "../../core/src/finding.js";

/** A Kubernetes object as parsed from YAML. */
export interface K8sObject {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: {
    name?: unknown;
    namespace?: unknown;
    labels?: unknown;
    annotations?: unknown;
    generateName?: unknown;
  } | null;
  [key: string]: unknown;
}

/** Where a checked object came from, for findings. */
export interface Origin {
  /** The file that holds it (rendered output or a manifest), relative to the repo. */
  file: string;
  /** 1-based line of its document in `file`. */
  line: number;
  /** The target id, for rendered targets. */
  target?: string;
  env?: string;
  /** The Helm template that produced it (`# Source:` comment), when known. */
  helmSource?: string;
}

/** One object to check. */
export interface Resource {
  object: K8sObject;
  ref: ResourceRef;
  /** API group ("" for core) and version, split from apiVersion. */
  group: string;
  version: string;
  origin: Origin;
  /** Labels as plain strings (non-string values dropped). */
  labels: Record<string, string>;
}

/** The labels of each Namespace the checked objects may live in, by name. */
export type NamespaceLabels = ReadonlyMap<string, Record<string, string>>;

/** What a policy's validationActions (or the config's enforcement) asks for. */
export type EnforcementAction = "deny" | "warn" | "audit";

/** Where a policy or binding is defined. */
export interface DefinedAt {
  file: string;
  line: number;
}

/** Splits `group/version` (or a bare core `version`). */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf("/");
  return slash < 0
    ? { group: "", version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** String-valued entries of a labels-like value; anything else is dropped. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === "string") out[k] = v;
    else if (typeof v === "number" || typeof v === "boolean") out[k] = String(v);
  }
  return out;
}

/** Builds a Resource from a parsed object, or undefined when it is not a Kubernetes object. */
export function toResource(object: unknown, origin: Origin): Resource | undefined {
  if (typeof object !== "object" || object === null || Array.isArray(object)) return undefined;
  const o = object as K8sObject;
  if (typeof o.apiVersion !== "string" || typeof o.kind !== "string") return undefined;
  const meta = typeof o.metadata === "object" && o.metadata !== null ? o.metadata : {};
  const name =
    typeof meta.name === "string"
      ? meta.name
      : typeof meta.generateName === "string"
        ? meta.generateName
        : "";
  const ref: Resource["ref"] = { apiVersion: o.apiVersion, kind: o.kind, name };
  if (typeof meta.namespace === "string" && meta.namespace !== "") ref.namespace = meta.namespace;
  return { object: o, ref, ...splitApiVersion(o.apiVersion), origin, labels: stringMap(meta.labels) };
}
