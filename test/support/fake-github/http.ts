/** What handlers receive and return, and the answers every handler shares (errors, pages). */
import type { Site } from "./factories/users.js";
import type { Operation } from "./spec.js";
import type { FakeState, RepoRecord, UserRecord } from "./state.js";

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One request as a handler sees it: parameters already validated and coerced to their types. */
export interface RequestContext {
  site: Site;
  state: FakeState;
  url: URL;
  operation: Operation;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The JSON body, valid against the operation's request schema (so a cast to its shape is safe); `{}` when none was sent. */
  body: unknown;
  actor: UserRecord;
  /** The repository of `{owner}/{repo}` routes; the server answers 404 before a handler when unknown. */
  repo: RepoRecord;
}

export type Handler = (ctx: RequestContext) => FakeResponse;

/** An answer GitHub gives for a request that is well-formed but cannot be done (404, 422 ...). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, unknown>[],
  ) {
    super(message);
  }
}

/** GitHub's error body: `basic-error`, or `validation-error` when there are field errors. */
export function errorBody(
  status: number,
  message: string,
  docsUrl: string,
  errors?: Record<string, unknown>[],
): Record<string, unknown> {
  return { message, documentation_url: docsUrl, status: String(status), ...(errors ? { errors } : {}) };
}

/** Throws GitHub's 404, which it also uses for objects the caller may not see. */
export function notFound(): never {
  throw new HttpError(404, "Not Found");
}

/** The value of an integer path parameter (coerced by the validator). */
export function intParam(ctx: RequestContext, name: string): number {
  return ctx.path[name] as number;
}

/**
 * One page of a list, with the `Link` header Octokit's paginate follows.
 * GitHub caps `per_page` at 100 rather than rejecting larger values.
 */
export function paginate(ctx: RequestContext, items: unknown[], wrap?: (page: unknown[]) => unknown) {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30), 1), 100);
  const page = Math.max(Number(ctx.query.page ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string): string => {
    const url = new URL(ctx.url);
    url.searchParams.set("per_page", String(perPage));
    url.searchParams.set("page", String(n));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links = [
    ...(page < last ? [link(page + 1, "next"), link(last, "last")] : []),
    ...(page > 1 ? [link(1, "first"), link(page - 1, "prev")] : []),
  ];
  const response: FakeResponse = { status: 200, body: wrap ? wrap(slice) : slice };
  if (links.length > 0) response.headers = { link: links.join(", ") };
  return response;
}
