/**
 * Checks the fake's traffic against the vendored description. Definitions are registered
 * with ajv once under an `$id`; validators are compiled per operation on first use.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import formats from "ajv-formats";

import { convertDefinitions, parameterSchema, toJsonSchema } from "./convert.js";
import { type Json, loadSpec, type Operation, type Parameter } from "./spec.js";

const BASE = "https://fake-argocd.invalid/swagger.json";

/**
 * What Argo CD's server does that its description leaves out, declared here on purpose so
 * the fake accepts it and nothing else: the `fields` filter (a comma-separated list of
 * dotted paths the answer is cut down to) on listing and reading Applications.
 */
export const EXTENSIONS: Record<string, Parameter[]> = {
  ApplicationService_List: [{ name: "fields", in: "query", type: "string" }],
  ApplicationService_Get: [{ name: "fields", in: "query", type: "string" }],
};

interface Engines {
  exact: Ajv;
  coercing: Ajv;
}
let engines: Engines | undefined;
const requestCache = new Map<Operation, { params: ValidateFunction; body?: ValidateFunction }>();
const responseCache = new Map<string, ValidateFunction>();

function getEngines(): Engines {
  if (engines) return engines;
  const definitions = convertDefinitions(loadSpec().raw.definitions, BASE);
  const make = (coerce: boolean): Ajv => {
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      inlineRefs: false,
      coerceTypes: coerce && "array",
    });
    formats.default(ajv);
    // Protobuf integer widths: the `integer` type already checks what matters to us.
    ajv.addFormat("int32", true);
    ajv.addFormat("int64", true);
    ajv.addSchema({ $id: BASE, definitions }, undefined, undefined, false);
    return ajv;
  };
  engines = { exact: make(false), coercing: make(true) };
  return engines;
}

function requestValidators(op: Operation): { params: ValidateFunction; body?: ValidateFunction } {
  const cached = requestCache.get(op);
  if (cached) return cached;
  const { exact, coercing } = getEngines();
  const declared = [...op.parameters, ...(EXTENSIONS[op.operationId] ?? [])];
  const group = (where: "path" | "query"): Json => {
    const params = declared.filter((p) => p.in === where);
    return {
      type: "object",
      properties: Object.fromEntries(params.map((p) => [p.name, parameterSchema(p)])),
      required: params.filter((p) => p.required || where === "path").map((p) => p.name),
      // Unlike GitHub, a query parameter Argo CD does not know is a bug in the client.
      additionalProperties: false,
    };
  };
  const schema = { type: "object", properties: { path: group("path"), query: group("query") } };
  const body = declared.find((p) => p.in === "body");
  const validators: { params: ValidateFunction; body?: ValidateFunction } = {
    params: coercing.compile(schema),
  };
  if (body?.schema) validators.body = exact.compile(toJsonSchema(body.schema, BASE) as Json);
  requestCache.set(op, validators);
  return validators;
}

/** Validates path and query (coerced in place) and the JSON body; one message per problem. */
export function checkRequest(op: Operation, params: { path: Json; query: Json }, body: unknown): string[] {
  const validators = requestValidators(op);
  const problems = validators.params(params) ? [] : describe(validators.params.errors, "");
  const declared = op.parameters.find((p) => p.in === "body");
  if (body === undefined) {
    if (declared?.required) problems.push("body is required");
  } else if (!validators.body) {
    problems.push(`${op.method} ${op.template} takes no request body`);
  } else if (!validators.body(body)) {
    problems.push(...describe(validators.body.errors, "body"));
  }
  return problems;
}

/** Validates an answer of the fake: a declared status (or `default`) and a body that fits its schema. */
export function checkResponse(op: Operation, status: number, body: unknown): string[] {
  const key = `${op.operationId} ${status}`;
  let validator = responseCache.get(key);
  if (!validator) {
    const declared = op.responses[String(status)] ?? op.responses.default;
    if (!declared?.schema) return [`status ${status} is not declared for ${op.operationId}`];
    validator = getEngines().exact.compile(toJsonSchema(declared.schema, BASE) as Json);
    responseCache.set(key, validator);
  }
  if (body === undefined) return [`status ${status} needs a JSON body`];
  return validator(body) ? [] : describe(validator.errors, "response");
}

function describe(errors: ErrorObject[] | null | undefined, root: string): string[] {
  return (errors ?? []).map((e) => {
    const where = `${root}${e.instancePath}`.replace(/^\//, "") || "body";
    const extra =
      e.keyword === "additionalProperties"
        ? `: ${(e.params as { additionalProperty: string }).additionalProperty}`
        : "";
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
}
