import { parseRenderedYaml } from "../../../core/src/rendered-yaml.js";
import { isObject } from "../argo.js";

/** One Kubernetes object of a rendered target, keyed the way a cluster knows it. */
export interface RenderedResource {
  /** `apiVersion/kind/namespace/name` (namespace empty for cluster-scoped objects). */
  key: string;
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  value: Record<string, unknown>;
}

/** Splits rendered YAML into objects by key; documents without kind/name are ignored. */
export function splitResources(yaml: string, label: string): Map<string, RenderedResource> {
  const out = new Map<string, RenderedResource>();
  for (const d of parseRenderedYaml(yaml, label)) {
    const v = d.value;
    if (!isObject(v) || typeof v.kind !== "string" || typeof v.apiVersion !== "string") continue;
    const meta = isObject(v.metadata) ? v.metadata : {};
    const name = typeof meta.name === "string" ? meta.name : "";
    const namespace = typeof meta.namespace === "string" ? meta.namespace : undefined;
    const key = `${v.apiVersion}/${v.kind}/${namespace ?? ""}/${name}`;
    const r: RenderedResource = { key, apiVersion: v.apiVersion, kind: v.kind, name, value: v };
    if (namespace) r.namespace = namespace;
    out.set(key, r);
  }
  return out;
}

/**
 * Replaces the values of a Secret's `data` and `stringData` with markers, so
 * a diff shows which keys were added, removed or changed but never a value or
 * anything derived from it. Other kinds pass through.
 */
export function redactSecrets(
  base: RenderedResource | undefined,
  head: RenderedResource | undefined,
): [unknown, unknown] {
  if ((base ?? head)?.kind !== "Secret") return [base?.value, head?.value];
  // Head marks a changed value, base does not: the two texts differ exactly where the values do.
  const redact = (
    r: RenderedResource | undefined,
    other: RenderedResource | undefined,
    side: "base" | "head",
  ) => {
    if (!r) return undefined;
    const copy: Record<string, unknown> = { ...r.value };
    for (const field of ["data", "stringData"]) {
      const mine = r.value[field];
      if (!isObject(mine)) continue;
      const theirs = other && isObject(other.value[field]) ? other.value[field] : {};
      copy[field] = Object.fromEntries(
        Object.keys(mine).map((k) => [
          k,
          side === "head" && k in theirs && mine[k] !== theirs[k] ? "<redacted: changed>" : "<redacted>",
        ]),
      );
    }
    return copy;
  };
  return [redact(base, head, "base"), redact(head, base, "head")];
}
