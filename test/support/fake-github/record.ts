/** What the fake remembers about traffic: every request, and every break of the description. */
import type { IncomingHttpHeaders } from "node:http";

export interface RawRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
  /** Lower-cased names; `authorization` is left out so tokens never end up in test output. */
  headers: Record<string, string>;
  operationId?: string;
}

export type ViolationKind = "route" | "auth" | "json" | "request" | "unimplemented" | "response";

export interface Violation {
  kind: ViolationKind;
  method: string;
  path: string;
  operationId?: string;
  problems: string[];
}

/** The record of a request before its body is parsed; a repeated query key becomes a list. */
export function recordOf(raw: RawRequest): RecordedRequest {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(raw.url.searchParams.keys())) {
    const values = raw.url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  const headers = Object.fromEntries(
    Object.entries(raw.headers)
      .filter(([name]) => name !== "authorization")
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : (value ?? "")]),
  );
  return { method: raw.method, path: raw.url.pathname, query, body: undefined, headers };
}

/** One readable block per violation, for assertion messages. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const op = v.operationId ? ` (${v.operationId})` : "";
      return `${v.kind}: ${v.method} ${v.path}${op}\n  ${v.problems.join("\n  ")}`;
    })
    .join("\n");
}
