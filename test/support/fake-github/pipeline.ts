/**
 * One request through the fake: record it, authenticate, match it to an
 * operation of the description, validate it, run the handler, and validate
 * the answer before it leaves. Anything that breaks the description is
 * recorded as a violation so a test can fail on it.
 */
import { dispatch } from "./dispatch.js";
import type { Site } from "./factories/users.js";
import { errorBody, type FakeResponse } from "./http.js";
import { checkRequest, checkResponse } from "./openapi.js";
import {
  type RawRequest,
  type RecordedRequest,
  recordOf,
  type Violation,
  type ViolationKind,
} from "./record.js";
import { handlers } from "./routes.js";
import { type Json, matchRoute, type Operation } from "./spec.js";

/** Rewrites the handler's answer before validation; lets a test prove broken answers are caught. */
export type Tamper = (response: FakeResponse, operation: Operation) => FakeResponse;

const DOCS = "https://docs.github.com/rest";

export class Pipeline {
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  tamperNext: Tamper | undefined;

  constructor(private readonly site: Site) {}

  handle(raw: RawRequest): FakeResponse {
    const recorded = recordOf(raw);
    this.requests.push(recorded);
    const reject = (
      kind: ViolationKind,
      status: number,
      message: string,
      problems: string[],
      docs = DOCS,
    ) => {
      const { method, path, operationId } = recorded;
      this.violations.push({ kind, method, path, operationId, problems });
      return { status, body: errorBody(status, message, docs) };
    };

    let body: unknown;
    try {
      body = raw.text.trim() === "" ? undefined : JSON.parse(raw.text);
    } catch {
      return reject("json", 400, "Problems parsing JSON", ["body is not JSON"]);
    }
    recorded.body = body;

    const login = this.authenticate(raw.headers.authorization);
    if (!login) {
      const message = raw.headers.authorization ? "Bad credentials" : "Requires authentication";
      return reject("auth", 401, message, [message]);
    }

    const match = matchRoute(raw.method, raw.url.pathname);
    if (match.kind === "unknown-path")
      return reject("route", 404, "Not Found", ["no such path in the description"]);
    if (match.kind === "unknown-method") {
      const problem = `${raw.method} not declared; the path takes ${match.allowed.join(", ")}`;
      return reject("route", 404, "Not Found", [problem]);
    }
    const { operation } = match;
    recorded.operationId = operation.operationId;
    const params = { path: match.pathParams as Json, query: structuredClone(recorded.query) as Json };
    const problems = checkRequest(operation, params, body);
    if (problems.length > 0) {
      const message = `Invalid request.\n\n${problems.join("\n")}`;
      return reject("request", 422, message, problems, operation.docsUrl);
    }
    const handler = handlers[operation.operationId];
    if (!handler) {
      const message = `fake-github does not implement ${operation.operationId}`;
      return reject("unimplemented", 501, message, [message]);
    }

    let response: FakeResponse;
    try {
      const req = { path: params.path, query: params.query, body: body ?? {}, login, url: raw.url };
      response = dispatch(this.site, handler, operation, req);
    } catch (err) {
      return reject("response", 500, "fake-github crashed", [`handler threw: ${String(err)}`]);
    }
    if (this.tamperNext) {
      response = this.tamperNext(response, operation);
      this.tamperNext = undefined;
    }
    const broken = checkResponse(operation, response.status, response.body);
    if (broken.length === 0) return response;
    return reject("response", 500, `fake-github broke the description:\n${broken.join("\n")}`, broken);
  }

  private authenticate(header: string | undefined): string | undefined {
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? "")?.[1];
    return token === undefined ? undefined : this.site.state.tokens.get(token);
  }
}
