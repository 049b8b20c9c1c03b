/**
 * Argo CD's Swagger 2.0 description (test/vendor/argo-cd/swagger.json), loaded once per
 * process, and the lookup from a request's method and path to the operation it calls.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { matchSegments } from "../fake-github/spec.js";

export type Json = Record<string, unknown>;

/** A Swagger 2.0 parameter: path and query ones carry their type inline, the body one a schema. */
export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "body" | "formData";
  required?: boolean;
  type?: string;
  items?: Json;
  format?: string;
  enum?: unknown[];
  schema?: Json;
}

export interface Operation {
  operationId: string;
  method: string;
  /** e.g. `/api/v1/applications/{name}/sync` */
  template: string;
  parameters: Parameter[];
  /** By status code, plus `default`; each may hold a `schema`. */
  responses: Record<string, Json>;
}

export type RouteMatch =
  | { kind: "operation"; operation: Operation; pathParams: Record<string, string> }
  | { kind: "unknown-path" }
  | { kind: "unknown-method"; allowed: string[] };

export interface LoadedSpec {
  raw: { paths: Record<string, Json>; definitions: Json };
  entries: { template: string; segments: string[]; item: Json }[];
}

export const SPEC_FILE = fileURLToPath(new URL("../../vendor/argo-cd/swagger.json", import.meta.url));
const METHODS = new Set(["get", "put", "post", "patch", "delete", "head", "options"]);
let loaded: LoadedSpec | undefined;
const operations = new Map<string, Operation>();

export function loadSpec(): LoadedSpec {
  if (loaded) return loaded;
  const raw = JSON.parse(readFileSync(SPEC_FILE, "utf8")) as LoadedSpec["raw"];
  const entries = Object.entries(raw.paths).map(([template, item]) => ({
    template,
    segments: template.split("/"),
    item,
  }));
  // Literal segments outrank parameters: `/applications/manifestsWithFiles` is not app "manifestsWithFiles".
  const score = (segments: string[]) =>
    segments.reduce((n, s, i) => n + (s.startsWith("{") ? 0 : 2 ** (32 - i)), 0);
  entries.sort((a, b) => score(b.segments) - score(a.segments));
  loaded = { raw, entries };
  return loaded;
}

/** Finds the operation a request addresses; path segments are URL-decoded. */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const spec = loadSpec();
  const actual = pathname.replace(/\/+$/, "").split("/");
  const verb = method.toLowerCase();
  let allowed: string[] | undefined;
  for (const entry of spec.entries) {
    const params = matchSegments(entry.segments, actual);
    if (!params) continue;
    if (METHODS.has(verb) && verb in entry.item) {
      return {
        kind: "operation",
        operation: operationOf(entry.template, entry.item, verb),
        pathParams: params,
      };
    }
    allowed ??= Object.keys(entry.item)
      .filter((m) => METHODS.has(m))
      .map((m) => m.toUpperCase());
  }
  return allowed ? { kind: "unknown-method", allowed } : { kind: "unknown-path" };
}

function operationOf(template: string, item: Json, verb: string): Operation {
  const key = `${verb} ${template}`;
  const cached = operations.get(key);
  if (cached) return cached;
  const op = item[verb] as Json;
  const operation: Operation = {
    operationId: op.operationId as string,
    method: verb.toUpperCase(),
    template,
    parameters: [...((item.parameters ?? []) as Parameter[]), ...((op.parameters ?? []) as Parameter[])],
    responses: op.responses as Record<string, Json>,
  };
  operations.set(key, operation);
  return operation;
}
