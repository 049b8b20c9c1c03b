import { getOctokit } from "@actions/github";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { type FakeGitHub, startFakeGitHub } from "../support/fake-github/index.js";

let gh: FakeGitHub;
const repo = { owner: "acme", repo: "infra-gitops" };

beforeEach(async () => {
  gh = await startFakeGitHub();
});

afterEach(async () => {
  await gh.close();
});

async function call(method: string, path: string, body?: unknown, auth: string | null = `token ${gh.token}`) {
  const headers: Record<string, string> = { accept: "application/vnd.github+json", "x-test": "yes" };
  if (auth !== null) headers.authorization = auth;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> | undefined,
  };
}

describe("requests that break the OpenAPI description", () => {
  it("rejects a pull request without the required head with 422 and creates nothing", async () => {
    const res = await call("POST", "/repos/acme/infra-gitops/pulls", { base: "main", title: "x" });
    expect(res.status).toBe(422);
    expect(res.body?.message).toContain("must have required property 'head'");
    expect(res.body?.documentation_url).toBe(
      "https://docs.github.com/rest/pulls/pulls#create-a-pull-request",
    );
    expect(gh.repository.issues.size).toBe(0);
    expect(gh.takeViolations()).toEqual([
      expect.objectContaining({ kind: "request", operationId: "pulls/create", method: "POST" }),
    ]);
  });

  it("rejects a body field of the wrong type, even through Octokit", async () => {
    const octokit = getOctokit(gh.token, { baseUrl: gh.url });
    const pr = gh.seed.pull({ head: "feature" });
    const wrong = octokit.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...repo,
      pull_number: pr.number,
      title: 42 as unknown as string,
    });
    await expect(wrong).rejects.toMatchObject({ status: 422 });
    expect(gh.repository.issues.get(pr.number)?.title).toBe("Update feature");
    const [violation] = gh.takeViolations();
    expect(violation?.problems).toEqual(["body/title must be string"]);
  });

  it("rejects a query value outside its enum and a path parameter of the wrong type", async () => {
    const badEnum = await call("GET", "/repos/acme/infra-gitops/pulls?state=merged");
    expect(badEnum.status).toBe(422);
    const badPath = await call("GET", "/repos/acme/infra-gitops/pulls/abc");
    expect(badPath.status).toBe(422);
    const problems = gh.takeViolations().map((v) => v.problems);
    expect(problems).toEqual([
      ["query/state must be equal to one of the allowed values: open, closed, all"],
      ["path/pull_number must be integer"],
    ]);
  });

  it("coerces well-formed query strings to their declared types", async () => {
    gh.seed.pull({ head: "a", state: "closed" });
    const res = await call("GET", "/repos/acme/infra-gitops/pulls?state=closed&per_page=5&page=1");
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    gh.assertClean();
  });

  it("answers 404 for a path GitHub does not have and for a method the path does not take", async () => {
    expect((await call("GET", "/repos/acme/infra-gitops/deployments-please")).status).toBe(404);
    expect((await call("PUT", "/repos/acme/infra-gitops/pulls", {})).status).toBe(404);
    const violations = gh.takeViolations();
    expect(violations.map((v) => v.kind)).toEqual(["route", "route"]);
    expect(violations[1]?.problems[0]).toContain("takes GET, POST");
  });

  it("answers 400 for a body that is not JSON", async () => {
    const res = await call("POST", "/repos/acme/infra-gitops/pulls", "{head:");
    expect(res).toMatchObject({ status: 400, body: { message: "Problems parsing JSON" } });
    expect(gh.takeViolations().map((v) => v.kind)).toEqual(["json"]);
  });

  it("says so when a test calls a real endpoint the fake does not implement", async () => {
    const res = await call("GET", "/repos/acme/infra-gitops/branches");
    expect(res.status).toBe(501);
    expect(gh.takeViolations()).toEqual([
      expect.objectContaining({ kind: "unimplemented", operationId: "repos/list-branches" }),
    ]);
  });

  it("treats an unknown repository as GitHub does (404), not as a violation", async () => {
    expect((await call("GET", "/repos/acme/elsewhere")).status).toBe(404);
    gh.assertClean();
  });
});

describe("authentication", () => {
  it("answers 401 without a token or with a wrong one, and records it", async () => {
    const none = await call("GET", "/repos/acme/infra-gitops", undefined, null);
    expect(none).toMatchObject({ status: 401, body: { message: "Requires authentication" } });
    const wrong = await call("GET", "/repos/acme/infra-gitops", undefined, "token ghs_nope");
    expect(wrong).toMatchObject({ status: 401, body: { message: "Bad credentials" } });
    expect(gh.takeViolations().map((v) => v.kind)).toEqual(["auth", "auth"]);
  });

  it("accepts Bearer tokens and acts as the user a token belongs to", async () => {
    const pr = gh.seed.pull({ head: "feature" });
    const alice = gh.tokenFor("alice");
    const res = await call(
      "POST",
      `/repos/acme/infra-gitops/issues/${pr.number}/comments`,
      { body: "hi" },
      `Bearer ${alice}`,
    );
    expect(res.status).toBe(201);
    expect((res.body?.user as { login: string }).login).toBe("alice");
    gh.assertClean();
  });

  it("records requests without the authorization header", async () => {
    await call("POST", "/repos/acme/infra-gitops/releases", { tag_name: "v1" });
    expect(gh.requests).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/repos/acme/infra-gitops/releases",
        body: { tag_name: "v1" },
      }),
    ]);
    expect(gh.requests[0]?.headers["x-test"]).toBe("yes");
    expect(gh.requests[0]?.headers).not.toHaveProperty("authorization");
  });
});

describe("responses of the fake that break the description", () => {
  it("turns a response missing a required field into a 500 and a violation", async () => {
    gh.tamperNextResponse((res) => {
      const body = { ...(res.body as Record<string, unknown>) };
      Reflect.deleteProperty(body, "number");
      return { ...res, body };
    });
    const res = await call("POST", "/repos/acme/infra-gitops/pulls", { head: "f", base: "main", title: "t" });
    expect(res.status).toBe(500);
    const [violation] = gh.takeViolations();
    expect(violation).toMatchObject({ kind: "response", operationId: "pulls/create" });
    expect(violation?.problems).toContain("response must have required property 'number'");
  });

  it("catches a nested value of the wrong format and a status the operation does not declare", async () => {
    gh.seed.release({ tag: "v1" });
    gh.tamperNextResponse((res) => {
      const body = res.body as { author: Record<string, unknown> };
      return { ...res, body: { ...body, author: { ...body.author, html_url: "not a url" } } };
    });
    expect((await call("GET", "/repos/acme/infra-gitops/releases/tags/v1")).status).toBe(500);
    gh.tamperNextResponse((res) => ({ ...res, status: 418 }));
    expect((await call("GET", "/repos/acme/infra-gitops/releases/tags/v1")).status).toBe(500);
    expect(gh.violations.map((v) => v.problems[0])).toEqual([
      'response/author/html_url must match format "uri"',
      "status 418 is not declared for repos/get-release-by-tag",
    ]);
    expect(() => {
      gh.assertClean();
    }).toThrow(/2 violation\(s\)/);
  });

  it("only tampers with the next response", async () => {
    gh.tamperNextResponse((res) => ({ ...res, body: {} }));
    expect((await call("GET", "/repos/acme/infra-gitops")).status).toBe(500);
    expect((await call("GET", "/repos/acme/infra-gitops")).status).toBe(200);
    expect(gh.takeViolations()).toHaveLength(1);
  });
});
