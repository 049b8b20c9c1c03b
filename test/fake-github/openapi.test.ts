import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";

import { toJsonSchema } from "../support/fake-github/convert.js";
import { checkResponse } from "../support/fake-github/openapi.js";
import { matchRoute, type Operation } from "../support/fake-github/spec.js";

function operation(method: string, path: string): { op: Operation; params: Record<string, string> } {
  const match = matchRoute(method, path);
  if (match.kind !== "operation") throw new Error(`${method} ${path}: ${match.kind}`);
  return { op: match.operation, params: match.pathParams };
}

describe("matching requests to operations of the description", () => {
  it("prefers literal segments over parameters", () => {
    expect(operation("PATCH", "/repos/a/b/issues/comments/7").op.operationId).toBe("issues/update-comment");
    expect(operation("GET", "/repos/a/b/issues/7").op.operationId).toBe("issues/get");
    expect(operation("GET", "/repos/a/b/releases/latest").op.operationId).toBe("repos/get-latest-release");
    expect(operation("GET", "/repos/a/b/releases/tags/v1").op.operationId).toBe("repos/get-release-by-tag");
  });

  it("decodes path parameters, so a branch ref may hold a slash", () => {
    const { op, params } = operation("GET", "/repos/a/b/commits/feature%2Fx/check-runs");
    expect(op.operationId).toBe("checks/list-for-ref");
    expect(params).toEqual({ owner: "a", repo: "b", ref: "feature/x" });
  });

  it("tells an unknown path from a method the path does not take", () => {
    expect(matchRoute("GET", "/nowhere").kind).toBe("unknown-path");
    expect(matchRoute("DELETE", "/repos/a/b/pulls")).toEqual({
      kind: "unknown-method",
      allowed: ["GET", "POST"],
    });
  });
});

describe("OpenAPI 3.0 to JSON Schema", () => {
  const ajv = new Ajv({ strict: false });
  const accepts = (schema: unknown, value: unknown): boolean => ajv.validate(schema as object, value);

  it("lets null through a nullable enum that does not list null", () => {
    const schema = toJsonSchema({ type: "string", enum: ["a"], nullable: true }, "");
    expect(accepts(schema, null)).toBe(true);
    expect(accepts(schema, "a")).toBe(true);
    expect(accepts(schema, "b")).toBe(false);
  });

  it("lets null through a nullable combinator without a type, and nothing else new", () => {
    const schema = toJsonSchema({ nullable: true, anyOf: [{ type: "integer" }, { type: "boolean" }] }, "");
    expect(accepts(schema, null)).toBe(true);
    expect(accepts(schema, 1)).toBe(true);
    expect(accepts(schema, "1")).toBe(false);
  });

  it("keeps properties that happen to be named like OpenAPI keywords, drops the keywords", () => {
    const schema = toJsonSchema(
      {
        type: "object",
        properties: { nullable: { type: "string" }, example: { type: "integer" } },
        required: ["example"],
        example: { example: 1 },
        "x-github": { enabledForGitHubApps: true },
      },
      "",
    );
    expect(schema).toEqual({
      type: "object",
      properties: { nullable: { type: "string" }, example: { type: "integer" } },
      required: ["example"],
    });
  });

  it("points local refs into the registered components document", () => {
    const schema = toJsonSchema(
      { items: { $ref: "#/components/schemas/label" } },
      "https://x.invalid/o.json",
    );
    expect(schema).toEqual({ items: { $ref: "https://x.invalid/o.json#/components/schemas/label" } });
  });
});

describe("checking responses", () => {
  it("accepts GitHub's 404 on an operation that does not declare it, with a basic-error body", () => {
    const { op } = operation("PATCH", "/repos/a/b/issues/comments/7");
    expect(
      checkResponse(op, 404, { message: "Not Found", documentation_url: "https://docs.github.com" }),
    ).toEqual([]);
    expect(checkResponse(op, 404, { message: 404 })).toEqual(["response/message must be string"]);
    expect(checkResponse(op, 409, { message: "x" })).toEqual([
      "status 409 is not declared for issues/update-comment",
    ]);
  });

  it("requires an empty body where the description declares none", () => {
    const { op } = operation("DELETE", "/repos/a/b/issues/comments/7");
    expect(checkResponse(op, 204, undefined)).toEqual([]);
    expect(checkResponse(op, 204, { deleted: true })).toEqual(["status 204 must not have a body"]);
  });
});
