import { isObject } from "../../../render/src/argo.js";

/** One served version of a CustomResourceDefinition the repository renders. */
export interface RepoCrd {
  /** `group/version/Kind`. */
  key: string;
  namespaced: boolean;
  /** The version's `openAPIV3Schema`, made strict (see {@link strictCrdSchema}). */
  schema: Record<string, unknown>;
  /** Where the CRD was rendered from (target id). */
  target: string;
}

/** The served versions of a rendered `apiextensions.k8s.io/v1` CustomResourceDefinition. */
export function crdVersions(crd: unknown, target: string): RepoCrd[] {
  if (!isObject(crd) || crd.kind !== "CustomResourceDefinition" || !isObject(crd.spec)) return [];
  const spec = crd.spec;
  const names = isObject(spec.names) ? spec.names : {};
  if (typeof spec.group !== "string" || typeof names.kind !== "string") return [];
  const out: RepoCrd[] = [];
  for (const v of Array.isArray(spec.versions) ? spec.versions : []) {
    if (!isObject(v) || typeof v.name !== "string" || v.served === false) continue;
    const validation = isObject(v.schema) ? v.schema.openAPIV3Schema : undefined;
    if (!isObject(validation)) continue;
    out.push({
      key: `${spec.group}/${v.name}/${names.kind}`,
      namespaced: spec.scope !== "Cluster",
      schema: rootSchema(validation),
      target,
    });
  }
  return out;
}

/** The CRD's root schema: metadata is the full ObjectMeta (CRDs say only `type: object`). */
function rootSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const strict = strictCrdSchema(schema);
  const properties = isObject(strict.properties) ? { ...strict.properties } : {};
  properties.apiVersion = { type: "string" };
  properties.kind = { type: "string" };
  properties.metadata = { $ref: "k8s:V1ObjectMeta" };
  return { ...strict, type: "object", properties };
}

/**
 * A structural CRD schema as the API server applies it: fields not in `properties` are pruned,
 * so they are unknown fields here (additionalProperties: false) unless the schema keeps them
 * (`x-kubernetes-preserve-unknown-fields`) or is a map (`additionalProperties`). Int-or-string,
 * nullable and embedded resources become plain JSON schema; other `x-kubernetes-*` keys are
 * left for ajv to ignore.
 */
export function strictCrdSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" && isObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, isObject(v) ? strictCrdSchema(v) : v]),
      );
    } else if ((key === "items" || key === "additionalProperties" || key === "not") && isObject(value)) {
      out[key] = strictCrdSchema(value);
    } else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
      out[key] = value.map((v: unknown) => (isObject(v) ? strictCrdSchema(v) : v));
    } else if (key !== "default" && key !== "example" && !key.startsWith("x-kubernetes-")) {
      out[key] = value;
    }
  }
  if (schema["x-kubernetes-int-or-string"] === true) {
    out.type = ["integer", "string"];
    delete out.format;
  }
  if (schema["x-kubernetes-embedded-resource"] === true) {
    const props = isObject(out.properties) ? { ...out.properties } : {};
    props.apiVersion ??= { type: "string" };
    props.kind ??= { type: "string" };
    props.metadata ??= { type: "object" };
    out.properties = props;
  }
  const closed =
    isObject(out.properties) &&
    out.additionalProperties === undefined &&
    schema["x-kubernetes-preserve-unknown-fields"] !== true;
  if (closed) out.additionalProperties = false;
  if (schema.nullable === true && typeof out.type === "string") out.type = [out.type, "null"];
  delete out.nullable;
  return out;
}
