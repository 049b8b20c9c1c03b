/**
 * OpenAPI 3.0 schema objects are almost JSON Schema draft-07; this module
 * closes the gap so ajv can compile them without custom keywords.
 */

type Json = Record<string, unknown>;

/** Keywords whose value is a single subschema. */
const SUBSCHEMA = new Set(["items", "additionalProperties", "not", "contains", "propertyNames"]);
/** Keywords whose value is a list of subschemas. */
const SUBSCHEMA_LIST = new Set(["allOf", "anyOf", "oneOf"]);
/** Keywords whose value maps names to subschemas. */
const SUBSCHEMA_MAP = new Set(["properties", "patternProperties"]);
/**
 * OpenAPI-only annotations. ajv would ignore them with strict mode off, but
 * `discriminator` means something to ajv and `x-github-breaking-changes`
 * holds nested objects that are not schemas, so they go.
 */
const DROP = new Set(["example", "examples", "discriminator", "externalDocs", "xml"]);
/** Keywords that only describe; a schema made of these alone accepts anything. */
const METADATA = new Set(["title", "description", "default", "deprecated", "readOnly", "writeOnly"]);

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Rewrites one OpenAPI schema into draft-07. `refBase` is prefixed to local
 * `#/components/...` refs so schemas outside the registered components
 * document (inline request bodies, parameters) still resolve through ajv.
 */
export function toJsonSchema(schema: unknown, refBase: string): unknown {
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROP.has(key) || key.startsWith("x-") || key === "nullable") continue;
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/")) out[key] = refBase + value;
    else if (SUBSCHEMA.has(key)) out[key] = toJsonSchema(value, refBase);
    else if (SUBSCHEMA_LIST.has(key) && Array.isArray(value))
      out[key] = value.map((s) => toJsonSchema(s, refBase));
    else if (SUBSCHEMA_MAP.has(key) && isObject(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([k, s]) => [k, toJsonSchema(s, refBase)]));
    else out[key] = value;
  }
  return schema.nullable === true ? allowNull(out) : out;
}

/**
 * `nullable: true` becomes a `"null"` type where a type is given (and a null
 * enum member, which OpenAPI implies but GitHub's description often omits);
 * without a type (a `$ref` or combinator) it becomes `anyOf` with null.
 */
function allowNull(schema: Json): Json {
  const { type } = schema;
  if (typeof type === "string") {
    const nullable: Json = { ...schema, type: [type, "null"] };
    const values = schema.enum as unknown[] | undefined;
    if (values && !values.includes(null)) nullable.enum = [...values, null];
    return nullable;
  }
  const constraints = Object.keys(schema).filter((k) => !METADATA.has(k));
  if (constraints.length === 0) return schema;
  return { anyOf: [{ type: "null" }, schema] };
}

/**
 * Converts the parts of `components` that hold schemas; `examples` (a large
 * share of the file) is left out since nothing validates against it.
 */
export function convertComponents(components: Json, refBase: string): Json {
  const mapValues = (group: unknown, fn: (v: Json) => unknown): Json =>
    isObject(group)
      ? Object.fromEntries(Object.entries(group).map(([k, v]) => [k, isObject(v) ? fn(v) : v]))
      : {};
  return {
    schemas: mapValues(components.schemas, (s) => toJsonSchema(s, refBase)),
    parameters: mapValues(components.parameters, (p) => ({ ...p, schema: toJsonSchema(p.schema, refBase) })),
    responses: mapValues(components.responses, (r) => convertResponse(r, refBase)),
  };
}

/** Converts the JSON schema of a response object, keeping its other fields. */
export function convertResponse(response: Json, refBase: string): Json {
  const content = response.content;
  if (!isObject(content)) return response;
  const json = content["application/json"];
  if (!isObject(json)) return response;
  return {
    ...response,
    content: { "application/json": { ...json, schema: toJsonSchema(json.schema, refBase) } },
  };
}
