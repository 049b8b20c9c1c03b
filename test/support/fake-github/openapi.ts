/**
 * Checks requests and responses of the fake against GitHub's OpenAPI
 * description. Components are registered with ajv once under an `$id` so
 * `$ref`s resolve lazily; validators are compiled per operation on first use.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import formats from "ajv-formats";

import { convertComponents, convertResponse, toJsonSchema } from "./convert.js";
import { loadSpec, type Json, type Operation } from "./spec.js";

const BASE = "https://fake-github.invalid/openapi.json";
/**
 * GitHub answers these on any endpoint, declared or not (bad token, a token without the
 * permission the endpoint needs: "Resource not accessible by integration", unknown object).
 */
const UNIVERSAL = { 401: "basic-error", 403: "basic-error", 404: "basic-error" } as Record<string, string>;

interface Engines {
  /** Bodies: JSON keeps its types, so `"1"` for an integer is an error. */
  exact: Ajv;
  /** Path and query values arrive as strings and are coerced, with defaults filled in. */
  coercing: Ajv;
}

/** Time spent on the description in this process, for the cost report. */
export const openapiStats = { loadMs: 0, convertMs: 0, compileMs: 0, compiled: 0 };

let engines: Engines | undefined;
const requestCache = new Map<Operation, { params: ValidateFunction; body?: ValidateFunction }>();
const responseCache = new Map<string, ValidateFunction | null>();

function getEngines(): Engines {
  if (engines) return engines;
  const spec = loadSpec();
  openapiStats.loadMs = spec.loadMs;
  const started = performance.now();
  const components = convertComponents(spec.raw.components, BASE);
  const make = (coerce: boolean): Ajv => {
    // Inlined refs made GitHub's nested objects (a PR holds two repositories, each holding users)
    // several times slower to compile; separate functions per component are compiled once.
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      inlineRefs: false,
      coerceTypes: coerce && "array",
      useDefaults: coerce,
    });
    formats.default(ajv);
    ajv.addFormat("repo.nwo", /^[\w.-]+\/[\w.-]+$/);
    // Meta-validating the whole components document up front costs more than every compile we do.
    ajv.addSchema({ $id: BASE, components }, undefined, undefined, false);
    return ajv;
  };
  engines = { exact: make(false), coercing: make(true) };
  openapiStats.convertMs = performance.now() - started;
  return engines;
}

function compile(ajv: Ajv, schema: unknown): ValidateFunction {
  const started = performance.now();
  const fn = ajv.compile(schema as Json);
  openapiStats.compileMs += performance.now() - started;
  openapiStats.compiled++;
  return fn;
}

function requestValidators(op: Operation): { params: ValidateFunction; body?: ValidateFunction } {
  const cached = requestCache.get(op);
  if (cached) return cached;
  const { exact, coercing } = getEngines();
  const group = (where: "path" | "query"): Json => {
    const params = op.parameters.filter((p) => p.in === where);
    return {
      type: "object",
      properties: Object.fromEntries(params.map((p) => [p.name, toJsonSchema(p.schema, BASE)])),
      required: params.filter((p) => p.required || where === "path").map((p) => p.name),
    };
  };
  const schema = { type: "object", properties: { path: group("path"), query: group("query") } };
  const validators: { params: ValidateFunction; body?: ValidateFunction } = {
    params: compile(coercing, schema),
  };
  if (op.requestBody) validators.body = compile(exact, toJsonSchema(op.requestBody.schema, BASE));
  requestCache.set(op, validators);
  return validators;
}

/**
 * Validates path and query parameters (coercing them to their declared
 * types in place) and the JSON body. Returns one message per problem.
 */
export function checkRequest(op: Operation, params: { path: Json; query: Json }, body: unknown): string[] {
  const validators = requestValidators(op);
  const problems = validators.params(params) ? [] : describe(validators.params.errors, "");
  if (body === undefined) {
    if (op.requestBody?.required) problems.push("body is required");
  } else if (!validators.body) {
    problems.push(`${op.method} ${op.template} takes no request body`);
  } else if (!validators.body(body)) {
    problems.push(...describe(validators.body.errors, "body"));
  }
  return problems;
}

/** Validates a response of the fake: its status must be declared and its body fit that status's schema. */
export function checkResponse(op: Operation, status: number, body: unknown): string[] {
  const key = `${op.method} ${op.template} ${status}`;
  let validator = responseCache.get(key);
  if (validator === undefined) {
    const schema = responseSchema(op, status);
    if (schema === "undeclared") return [`status ${status} is not declared for ${op.operationId}`];
    validator = schema === undefined ? null : compile(getEngines().exact, schema);
    responseCache.set(key, validator);
  }
  if (validator === null) {
    return body === undefined || status !== 204 ? [] : [`status ${status} must not have a body`];
  }
  if (body === undefined) return [`status ${status} needs a JSON body`];
  return validator(body) ? [] : describe(validator.errors, "response");
}

function responseSchema(op: Operation, status: number): unknown {
  const declared = op.responses[String(status)] ?? op.responses.default;
  if (!declared) {
    const universal = UNIVERSAL[String(status)];
    return universal ? { $ref: `${BASE}#/components/schemas/${universal}` } : "undeclared";
  }
  const content = convertResponse(declared, BASE).content as Record<string, Json> | undefined;
  return content?.["application/json"]?.schema;
}

function describe(errors: ErrorObject[] | null | undefined, root: string): string[] {
  return (errors ?? []).map((e) => {
    const where = `${root}${e.instancePath}`.replace(/^\//, "") || "body";
    const detail = e.keyword === "enum" ? `: ${(e.params.allowedValues as unknown[]).join(", ")}` : "";
    return `${where} ${e.message ?? e.keyword}${detail}`;
  });
}
