/**
 * Swagger 2.0 schemas are almost JSON Schema draft-04/07; this closes the gap for ajv:
 * `#/definitions/...` refs point into the registered document, path and query parameters
 * (typed inline in Swagger 2.0) become schemas, and objects are closed on purpose.
 */
import type { Json, Parameter } from "./spec.js";

const SUBSCHEMA = new Set(["items", "additionalProperties", "not"]);
const SUBSCHEMA_LIST = new Set(["allOf", "anyOf", "oneOf"]);
/** Swagger-only annotations ajv would only stumble on. */
const DROP = new Set(["example", "discriminator", "externalDocs", "xml", "readOnly"]);

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Rewrites one Swagger schema. Objects with declared properties are closed
 * (`additionalProperties: false`): Argo CD's gateway refuses unknown fields in a
 * request body, and a field of ours the description does not know is a typo in the fake.
 */
export function toJsonSchema(schema: unknown, refBase: string): unknown {
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROP.has(key) || key.startsWith("x-")) continue;
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/")) out[key] = refBase + value;
    else if (SUBSCHEMA.has(key)) out[key] = toJsonSchema(value, refBase);
    else if (SUBSCHEMA_LIST.has(key) && Array.isArray(value))
      out[key] = value.map((s) => toJsonSchema(s, refBase));
    else if (key === "properties" && isObject(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([k, s]) => [k, toJsonSchema(s, refBase)]));
    else out[key] = value;
  }
  if (isObject(out.properties) && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

export function convertDefinitions(definitions: Json, refBase: string): Json {
  return Object.fromEntries(Object.entries(definitions).map(([k, v]) => [k, toJsonSchema(v, refBase)]));
}

/** A path or query parameter as a JSON Schema (`collectionFormat: multi` arrays repeat the key). */
export function parameterSchema(p: Parameter): Json {
  const schema: Json = {};
  for (const key of ["type", "items", "format", "enum"] as const)
    if (p[key] !== undefined) schema[key] = p[key];
  return schema;
}
