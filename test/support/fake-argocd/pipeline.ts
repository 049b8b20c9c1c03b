/**
 * One request through the fake: record it, authenticate, match it to an operation of the
 * description, validate it, answer, and validate the answer before it leaves. Anything that
 * breaks the description is a violation a test fails on.
 */

import { grpcError, HANDLERS, type Reply } from "./handlers.js";
import { type Json, matchRoute, type Operation } from "./spec.js";
import type { FakeArgoState, Grant } from "./state.js";
import { checkRequest, checkResponse } from "./validate.js";
import {
  recordOf,
  type RawRequest,
  type RecordedRequest,
  type Violation,
  type ViolationKind,
} from "../fake-github/record.js";
export { formatViolations } from "../fake-github/record.js";

// The same request records and violation reports as the fake GitHub: one shape for both fakes.
export type { RawRequest, RecordedRequest, Violation, ViolationKind } from "../fake-github/record.js";

/** Rewrites the next answer before it is validated, so a test can prove broken answers are caught. */
export type Tamper = (reply: Reply, operation: Operation) => Reply;

export class Pipeline {
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  tamperNext: Tamper | undefined;
  /** Answers left to fail with `failStatus` before the handlers run again. */
  failures = 0;
  failStatus = 503;

  constructor(private readonly state: FakeArgoState) {}

  handle(raw: RawRequest): Reply {
    const recorded = recordOf(raw);
    this.requests.push(recorded);
    const violate = (kind: ViolationKind, problems: string[], reply: Reply): Reply => {
      const { method, path, operationId } = recorded;
      this.violations.push({ kind, method, path, ...(operationId ? { operationId } : {}), problems });
      return reply;
    };

    let body: unknown;
    try {
      body = raw.text.trim() === "" ? undefined : JSON.parse(raw.text);
    } catch {
      return violate("json", ["body is not JSON"], grpcError(400, 3, "invalid character in request body"));
    }
    recorded.body = body;

    const match = matchRoute(raw.method, raw.url.pathname);
    if (match.kind !== "operation") {
      const problem =
        match.kind === "unknown-path" ? "no such path in the description" : `${raw.method} not declared`;
      return violate("route", [problem], grpcError(404, 5, "Not Found"));
    }
    const { operation } = match;
    recorded.operationId = operation.operationId;

    // Authentication comes before validation on the real server (a gRPC interceptor).
    const grant = this.authenticate(raw.headers.authorization);
    if (typeof grant === "string") return this.answer(operation, grpcError(401, 16, grant), violate);

    const params = { path: match.pathParams as Json, query: structuredClone(recorded.query) as Json };
    const problems = checkRequest(operation, params, body);
    if (problems.length > 0) return violate("request", problems, grpcError(400, 3, problems.join("; ")));
    const handler = HANDLERS[operation.operationId];
    if (!handler) {
      const message = `fake-argocd does not implement ${operation.operationId}`;
      return violate("unimplemented", [message], grpcError(501, 12, message));
    }
    if (this.failures > 0) {
      this.failures--;
      return this.answer(
        operation,
        grpcError(this.failStatus, 14, "connection refused by upstream"),
        violate,
      );
    }
    let reply: Reply;
    try {
      reply = handler({
        state: this.state,
        grant,
        path: params.path,
        query: params.query,
        body: (body ?? {}) as Json,
      });
    } catch (err) {
      return violate(
        "response",
        [`handler threw: ${String(err)}`],
        grpcError(500, 13, "fake-argocd crashed"),
      );
    }
    return this.answer(operation, reply, violate);
  }

  private answer(
    operation: Operation,
    reply: Reply,
    violate: (kind: ViolationKind, problems: string[], reply: Reply) => Reply,
  ): Reply {
    let out = reply;
    if (this.tamperNext) {
      out = this.tamperNext(out, operation);
      this.tamperNext = undefined;
    }
    const broken = checkResponse(operation, out.status, out.body);
    if (broken.length === 0) return out;
    return violate(
      "response",
      broken,
      grpcError(500, 13, `fake-argocd broke the description: ${broken.join("; ")}`),
    );
  }

  /** The token's grant, or the message Argo CD answers 401 with. */
  private authenticate(header: string | undefined): Grant | string {
    if (!header) return "no session information";
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const grant = token === undefined ? undefined : this.state.tokens.get(token);
    return grant ?? "invalid session: token signature is invalid";
  }
}
