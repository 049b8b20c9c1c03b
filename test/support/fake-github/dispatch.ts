/** Runs the handler of a validated request and turns GitHub-style refusals into answers. */
import type { Site } from "./factories/users.js";
import { errorBody, type FakeResponse, type Handler, HttpError, type RequestContext } from "./http.js";
import type { Json, Operation } from "./spec.js";
import type { RepoRecord } from "./state.js";

export interface ValidRequest {
  path: Json;
  query: Json;
  body: unknown;
  login: string;
  url: URL;
}

/**
 * Calls `handler` with the repository of `{owner}/{repo}` resolved (404 when
 * unknown, as GitHub answers for repos you may not see). Errors other than
 * `HttpError` are bugs of the fake and propagate.
 */
export function dispatch(
  site: Site,
  handler: Handler,
  operation: Operation,
  req: ValidRequest,
): FakeResponse {
  try {
    const { state } = site;
    let repo: RepoRecord | undefined;
    if (typeof req.path.owner === "string" && typeof req.path.repo === "string") {
      repo = state.repo(req.path.owner, req.path.repo);
      if (!repo) throw new HttpError(404, "Not Found");
    }
    const ctx: RequestContext = {
      site,
      state,
      url: req.url,
      operation,
      path: req.path,
      query: req.query,
      body: req.body,
      actor: state.user(req.login),
      get repo(): RepoRecord {
        if (!repo) throw new Error(`${operation.operationId} has no repository in its path`);
        return repo;
      },
    };
    return handler(ctx);
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    return { status: err.status, body: errorBody(err.status, err.message, operation.docsUrl, err.errors) };
  }
}
