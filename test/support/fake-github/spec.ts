/**
 * GitHub's OpenAPI description, loaded once per process on first use, and
 * the lookup from a request's method and path to the operation it calls.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export type Json = Record<string, unknown>;

/** One operation of the description, with `$ref`'d parameters resolved. */
export interface Operation {
  operationId: string;
  method: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/pulls`. */
  template: string;
  docsUrl: string;
  parameters: Parameter[];
  requestBody?: { required: boolean; schema: unknown };
  responses: Record<string, Json>;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: unknown;
}

export type RouteMatch =
  | { kind: "operation"; operation: Operation; pathParams: Record<string, string> }
  | { kind: "unknown-path" }
  | { kind: "unknown-method"; allowed: string[] };

interface PathEntry {
  template: string;
  segments: string[];
  item: Json;
}

export interface LoadedSpec {
  raw: { paths: Record<string, Json>; components: Json };
  paths: PathEntry[];
  loadMs: number;
}

const HTTP_METHODS = new Set(["get", "put", "post", "patch", "delete", "head", "options"]);
let loaded: LoadedSpec | undefined;
const operations = new Map<string, Operation>();

/** The parsed description; the 13 MB file is read on the first call only. */
export function loadSpec(): LoadedSpec {
  if (loaded) return loaded;
  const started = performance.now();
  const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as LoadedSpec["raw"];
  const paths = Object.entries(raw.paths).map(([template, item]) => ({
    template,
    segments: template.split("/"),
    item,
  }));
  // Literal segments outrank parameters, so `/issues/comments` is not taken as issue "comments".
  paths.sort((a, b) => specificity(b.segments) - specificity(a.segments));
  loaded = { raw, paths, loadMs: performance.now() - started };
  return loaded;
}

function specificity(segments: string[]): number {
  return segments.reduce((score, s, i) => score + (s.startsWith("{") ? 0 : 2 ** (32 - i)), 0);
}

/** Finds the operation a request addresses; path segments are URL-decoded. */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const spec = loadSpec();
  const segments = pathname.replace(/\/+$/, "").split("/");
  const verb = method.toLowerCase();
  let allowed: string[] | undefined;
  // A path can fit several templates (`releases/latest`, `releases/{release_id}`): the most specific with the method wins.
  for (const entry of spec.paths) {
    const params = matchSegments(entry.segments, segments);
    if (!params) continue;
    if (HTTP_METHODS.has(verb) && verb in entry.item) {
      return { kind: "operation", operation: operationOf(spec, entry, verb), pathParams: params };
    }
    allowed ??= Object.keys(entry.item)
      .filter((m) => HTTP_METHODS.has(m))
      .map((m) => m.toUpperCase());
  }
  return allowed ? { kind: "unknown-method", allowed } : { kind: "unknown-path" };
}

/** The path parameters of `actual` when it fits `template` (segments, `{name}` for a parameter). Shared by the fake Argo CD. */
export function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, t] of template.entries()) {
    const a = actual[i] ?? "";
    if (t.startsWith("{")) {
      if (a === "") return undefined;
      params[t.slice(1, -1)] = decodeURIComponent(a);
    } else if (t !== a) return undefined;
  }
  return params;
}

function operationOf(spec: LoadedSpec, entry: PathEntry, verb: string): Operation {
  const key = `${verb} ${entry.template}`;
  const cached = operations.get(key);
  if (cached) return cached;
  const op = entry.item[verb] as Json;
  const shared = (entry.item.parameters ?? []) as Json[];
  const own = (op.parameters ?? []) as Json[];
  const body = op.requestBody === undefined ? undefined : resolveRef(spec, op.requestBody);
  const bodyContent = body?.content as Record<string, Json | undefined> | undefined;
  const operation: Operation = {
    operationId: op.operationId as string,
    method: verb.toUpperCase(),
    template: entry.template,
    docsUrl:
      ((op.externalDocs as Json | undefined)?.url as string | undefined) ?? "https://docs.github.com/rest",
    parameters: [...shared, ...own].map((p) => resolveRef(spec, p) as unknown as Parameter),
    responses: Object.fromEntries(
      Object.entries(op.responses as Json).map(([status, r]) => [status, resolveRef(spec, r)]),
    ),
  };
  if (bodyContent) {
    operation.requestBody = {
      required: body?.required === true,
      schema: bodyContent["application/json"]?.schema ?? {},
    };
  }
  operations.set(key, operation);
  return operation;
}

/** Follows one local `$ref` (parameters, responses); schemas are left to ajv. */
export function resolveRef(spec: LoadedSpec, value: unknown): Json {
  const node = value as Json;
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  let target: unknown = spec.raw;
  for (const part of ref.slice(2).split("/")) {
    target = (target as Json)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return target as Json;
}
