// The fake Argo CD must hold its answers and the client's requests to the vendored swagger,
// and model on purpose what the swagger lacks (fields filter, 403 for a missing app).
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { startFakeArgoCD, type FakeArgoCD } from "../support/fake-argocd/index.js";

const REPO = "https://github.com/example-org/infra-gitops.git";
let fake: FakeArgoCD;

beforeEach(async () => {
  fake = await startFakeArgoCD();
  fake.app({
    name: "web-prod",
    project: "prod",
    source: { repoURL: REPO, path: "apps/web/overlays/prod", targetRevision: "main" },
    history: [{ revision: "a".repeat(40), deployedAt: "2026-11-30T10:00:00Z" }],
  });
});
afterEach(async () => {
  await fake.close();
});

function get(path: string, token = fake.token, init: { method?: string; body?: string } = {}) {
  const headers: Record<string, string> = init.body ? { "content-type": "application/json" } : {};
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(fake.url + path, { ...init, headers });
}

describe("fake Argo CD", () => {
  it("serves a seeded Application that fits the swagger", async () => {
    const res = await get("/api/v1/applications/web-prod");
    expect(res.status).toBe(200);
    const app = (await res.json()) as { status: { history: { revision: string }[] } };
    expect(app.status.history[0]?.revision).toBe("a".repeat(40));
    fake.assertClean();
  });

  it("answers a missing Application and a hidden one alike: 403 permission denied", async () => {
    const hidden = fake.tokenFor({ get: ["staging/*"] });
    for (const [path, token] of [
      ["/api/v1/applications/nope", fake.token],
      ["/api/v1/applications/web-prod", hidden],
    ] as const) {
      const res = await get(path, token);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 7, message: "permission denied" });
    }
    fake.assertClean();
  });

  it("leaves out of a list what the token may not get", async () => {
    fake.app({ name: "web-staging", project: "staging" });
    const token = fake.tokenFor({ get: ["staging/*"] });
    const body = (await (await get("/api/v1/applications", token)).json()) as {
      items: { metadata: { name: string } }[];
    };
    expect(body.items.map((a) => a.metadata.name)).toEqual(["web-staging"]);
  });

  it("cuts answers down to the fields filter", async () => {
    const res = await get("/api/v1/applications?fields=items.metadata.name,items.status.sync.status");
    expect(await res.json()).toEqual({
      items: [{ metadata: { name: "web-prod" }, status: { sync: { status: "Synced" } } }],
    });
    fake.assertClean();
  });

  it("records a query parameter the swagger does not declare as a violation", async () => {
    const res = await get("/api/v1/applications?bogus=1");
    expect(res.status).toBe(400);
    expect(fake.takeViolations()).toMatchObject([
      { kind: "request", problems: [expect.stringContaining("bogus")] },
    ]);
  });

  it("records a sync body field the swagger does not declare as a violation", async () => {
    const res = await get("/api/v1/applications/web-prod/sync", fake.token, {
      method: "POST",
      body: JSON.stringify({ name: "web-prod", revisionn: "x" }),
    });
    expect(res.status).toBe(400);
    expect(fake.takeViolations()).toMatchObject([
      { kind: "request", operationId: "ApplicationService_Sync" },
    ]);
  });

  it("catches an answer of its own that breaks the swagger (tamper hook)", async () => {
    fake.tamperNextResponse((reply) => {
      const app = reply.body as { status: { history: { id: unknown }[] } };
      const first = app.status.history[0];
      if (first) first.id = "not-an-integer";
      return reply;
    });
    const res = await get("/api/v1/applications/web-prod");
    expect(res.status).toBe(500);
    const violations = fake.takeViolations();
    expect(violations).toMatchObject([{ kind: "response", operationId: "ApplicationService_Get" }]);
    expect(violations[0]?.problems.join("\n")).toMatch(/status\/history\/0\/id must be integer/);
    expect(() => {
      fake.assertClean();
    }).not.toThrow();
  });

  it("catches a field the swagger does not know in an answer", async () => {
    fake.tamperNextResponse((reply) => ({ ...reply, body: { ...(reply.body as object), deployedBy: "x" } }));
    expect((await get("/api/v1/applications/web-prod")).status).toBe(500);
    expect(fake.takeViolations()[0]?.problems.join("\n")).toMatch(/additional properties: deployedBy/);
  });

  it("refuses no token and an unknown token with 401, and never records the header", async () => {
    expect((await get("/api/v1/applications", "")).status).toBe(401);
    expect((await get("/api/v1/applications", "argocd-wrong")).status).toBe(401);
    expect(fake.requests.every((r) => !("authorization" in r.headers))).toBe(true);
    fake.assertClean();
  });
});
