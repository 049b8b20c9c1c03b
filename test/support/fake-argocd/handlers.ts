/** The operations the fake implements, with Argo CD's own answers for refusals. */
import { allowed, type FakeArgoState, type Grant } from "./state.js";
import type { Json } from "./spec.js";

export interface Reply {
  status: number;
  body?: unknown;
}

export interface HandlerContext {
  state: FakeArgoState;
  grant: Grant;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Json;
}

type Handler = (ctx: HandlerContext) => Reply;

/** grpc-gateway's error body (`runtimeError`): the gRPC code with its HTTP status. */
export function grpcError(status: number, code: number, message: string): Reply {
  return { status, body: { error: message, code, message, details: [] } };
}

/**
 * Argo CD answers "permission denied" both for an Application the token may not see and for
 * one that does not exist, so a caller cannot probe for names (server/application: getAppEnforceRBAC).
 */
const permissionDenied = (): Reply => grpcError(403, 7, "permission denied");

function objectOf(app: Json): string {
  return `${(app.spec as Json).project as string}/${(app.metadata as Json).name as string}`;
}

function visible(ctx: HandlerContext, name: string, action: keyof Grant): Json | undefined {
  const app = ctx.state.apps.get(name);
  if (!app || !allowed(ctx.grant, action, objectOf(app))) return undefined;
  const ns = ctx.query.appNamespace as string | undefined;
  if (ns && (app.metadata as Json).namespace !== ns) return undefined;
  return app;
}

const list: Handler = (ctx) => {
  const projects = [...asList(ctx.query.projects), ...asList(ctx.query.project)];
  const items = [...ctx.state.apps.values()].filter((app) => {
    // Listing skips what the token may not get instead of refusing, as Argo CD does.
    if (!allowed(ctx.grant, "get", objectOf(app))) return false;
    const meta = app.metadata as Json;
    const spec = app.spec as Json;
    if (ctx.query.name && meta.name !== ctx.query.name) return false;
    if (projects.length > 0 && !projects.includes(spec.project as string)) return false;
    if (ctx.query.appNamespace && meta.namespace !== ctx.query.appNamespace) return false;
    if (ctx.query.repo && !sourcesOf(spec).some((s) => s.repoURL === ctx.query.repo)) return false;
    if (ctx.query.selector && !matchesSelector(meta.labels as Json | undefined, ctx.query.selector as string))
      return false;
    return true;
  });
  const body = { metadata: { resourceVersion: String(ctx.state.apps.size) }, items };
  const reply = { status: 200, body: filterFields(body, ctx.query.fields) };
  for (const app of items) ctx.state.advance((app.metadata as Json).name as string);
  return reply;
};

/** Kubernetes equality-based selectors: `k=v`, `k==v`, `k!=v`, `k`, `!k`, comma-joined (all must hold). */
function matchesSelector(labels: Json | undefined, selector: string): boolean {
  return selector.split(",").every((term) => {
    const t = term.trim();
    const m = /^([^!=]+?)\s*(==|=|!=)\s*(.*)$/.exec(t);
    if (!m) return t.startsWith("!") ? labels?.[t.slice(1)] === undefined : labels?.[t] !== undefined;
    const value = labels?.[m[1] ?? ""];
    return m[2] === "!=" ? value !== m[3] : value === m[3];
  });
}

const get: Handler = (ctx) => {
  const app = visible(ctx, ctx.path.name as string, "get");
  if (!app) return permissionDenied();
  const reply = { status: 200, body: filterFields(app, ctx.query.fields) };
  ctx.state.advance(ctx.path.name as string);
  return reply;
};

/** Deletes at once: the fake has no resources to wait for (a script models a slow teardown). */
const remove: Handler = (ctx) => {
  const name = ctx.path.name as string;
  if (!visible(ctx, name, "get") || !visible(ctx, name, "delete")) return permissionDenied();
  ctx.state.deletes.push({ name, query: { ...ctx.query } });
  ctx.state.apps.delete(name);
  return { status: 200, body: {} };
};

const sync: Handler = (ctx) => {
  const name = ctx.path.name as string;
  if (!visible(ctx, name, "get") || !visible(ctx, name, "sync")) return permissionDenied();
  const app = ctx.state.apps.get(name) as Json;
  ctx.state.syncs.push({ name, body: ctx.body });
  const revision = ctx.body.revision as string | undefined;
  app.operation = {
    sync: { ...(revision ? { revision } : {}), ...(ctx.body.prune ? { prune: true } : {}) },
    initiatedBy: { username: "ci" },
  };
  return { status: 200, body: app };
};

/** The Application's own events; a resource's events (resourceName...) are not modelled: none. */
const events: Handler = (ctx) => {
  const name = ctx.path.name as string;
  if (!visible(ctx, name, "get")) return permissionDenied();
  const items = ctx.query.resourceName ? [] : (ctx.state.events.get(name) ?? []);
  return { status: 200, body: { metadata: {}, items } };
};

export const HANDLERS: Record<string, Handler> = {
  ApplicationService_List: list,
  ApplicationService_Get: get,
  ApplicationService_Sync: sync,
  ApplicationService_Delete: remove,
  ApplicationService_ListResourceEvents: events,
};

function asList(v: unknown): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? (v as string[]) : [v as string];
}

function sourcesOf(spec: Json): Json[] {
  return [...(spec.source ? [spec.source as Json] : []), ...((spec.sources ?? []) as Json[])];
}

/**
 * The server's `fields` filter: the answer keeps only the listed dotted paths
 * (`items.metadata.name`); a path through a list applies to every element.
 */
export function filterFields(body: unknown, fields: unknown): unknown {
  if (typeof fields !== "string" || fields.trim() === "") return body;
  const paths = fields.split(",").map((f) => f.trim().split("."));
  return pick(body, paths);
}

function pick(value: unknown, paths: string[][]): unknown {
  if (paths.some((p) => p.length === 0)) return value;
  if (Array.isArray(value)) return value.map((v) => pick(v, paths));
  if (typeof value !== "object" || value === null) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value as Json)) {
    const rest = paths.filter((p) => p[0] === key).map((p) => p.slice(1));
    if (rest.length > 0) out[key] = pick(child, rest);
  }
  return out;
}
