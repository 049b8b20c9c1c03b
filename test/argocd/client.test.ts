// The Argo CD client against the swagger-checked fake: what it sends, and the one clear
// message (never the token) for each way a server can refuse or fail.
import { createServer } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ArgoClient, argoSettings, parseServer } from "../../packages/argocd/src/index.js";
import { UserError } from "../../packages/core/src/index.js";
import { startFakeArgoCD, type FakeArgoCD } from "../support/fake-argocd/index.js";

const REPO = "https://github.com/example-org/infra-gitops.git";
let fake: FakeArgoCD;

beforeEach(async () => {
  fake = await startFakeArgoCD();
  fake.app({ name: "web-prod", project: "prod", source: { repoURL: REPO, path: "apps/web/overlays/prod" } });
  fake.app({
    name: "web-staging",
    project: "staging",
    source: { repoURL: REPO, path: "apps/web/overlays/staging" },
  });
});
afterEach(async () => {
  fake.assertClean();
  await fake.close();
});

const client = (token = fake.token, extra: Partial<ConstructorParameters<typeof ArgoClient>[0]> = {}) =>
  new ArgoClient({ baseUrl: fake.url, token, backoffMs: 1, ...extra });

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe("ArgoClient", () => {
  it("lists and reads Applications with a Bearer token, the project and fields filters", async () => {
    const apps = await client().listApplications({ projects: ["prod"], fields: ["items.metadata.name"] });
    expect(apps).toEqual([{ metadata: { name: "web-prod" } }]);
    const one = await client().getApplication("web-staging");
    expect(one.spec?.source?.path).toBe("apps/web/overlays/staging");
    expect(fake.requests.map((r) => [r.operationId, r.query])).toEqual([
      ["ApplicationService_List", { projects: "prod", fields: "items.metadata.name" }],
      ["ApplicationService_Get", {}],
    ]);
  });

  it("syncs with a body the swagger accepts and no revision", async () => {
    await client().syncApplication({ name: "web-prod", prune: false });
    expect(fake.state.syncs).toEqual([{ name: "web-prod", body: { name: "web-prod", prune: false } }]);
  });

  it("ends a refused token (401) with one message naming the server, never the token", async () => {
    const token = "argocd-secret-token-value";
    const err = await failure(client(token).listApplications());
    expect(err.message).toBe(
      `Argo CD at ${fake.url} refused the token in ARGOCD_AUTH_TOKEN (401: invalid session: token signature is invalid); ` +
        `generate a new one with "argocd account generate-token --account <ci-account>"`,
    );
    expect(err.message).not.toContain(token);
    expect(fake.requests).toHaveLength(1);
  });

  it("explains a 403 with the app and the RBAC rules a CI token needs, not 'not found'", async () => {
    const token = fake.tokenFor({ get: ["staging/*"] });
    const err = await failure(client(token).getApplication("web-prod", { project: "prod" }));
    expect(err.message).toContain(
      `Argo CD at ${fake.url} answered "permission denied" for Application "web-prod"`,
    );
    expect(err.message).toContain("it does not exist, or the token may not get it");
    expect(err.message).toContain('"p, role:ci, applications, get, prod/*, allow"');
    expect(err.message).toContain('"p, role:ci, applications, sync, prod/*, allow" to sync');
    expect(err.message).toContain('"applications, override" is not needed');
    expect(err.message).not.toMatch(/not found/i);
    expect(err.message).not.toContain(token);
    const sync = await failure(client(token).syncApplication({ name: "web-prod", project: "prod" }));
    expect(sync.message).toContain("may not sync it");
    expect(fake.state.syncs).toEqual([]);
  });

  it("retries 5xx answers with backoff and succeeds", async () => {
    fake.failNext(2, 503);
    const apps = await client().listApplications();
    expect(apps).toHaveLength(2);
    expect(fake.requests).toHaveLength(3);
  });

  it("gives up after its retries with a message naming the server and the status", async () => {
    fake.failNext(10, 502);
    const err = await failure(client(fake.token, { retries: 2 }).listApplications());
    expect(err.message).toBe(
      `Argo CD at ${fake.url} failed with 502: connection refused by upstream (3 attempts)`,
    );
    expect(fake.requests).toHaveLength(3);
  });

  it("times out a slow call, retries it, and succeeds when the server answers in time", async () => {
    fake.slowNext(1, 2_000);
    const apps = await client(fake.token, { timeoutMs: 200, retries: 1 }).listApplications();
    expect(apps).toHaveLength(2);
    expect(fake.requests).toHaveLength(2);
  });

  it("ends a server that never answers in time with a timeout message", async () => {
    fake.slowNext(5, 2_000);
    const err = await failure(client(fake.token, { timeoutMs: 100, retries: 1 }).listApplications());
    expect(err.message).toBe(`Argo CD at ${fake.url} is unreachable: no answer within 100ms (2 attempts)`);
  });

  it("ends an unreachable server with one message naming it", async () => {
    const url = await closedPort();
    const token = "argocd-never-printed";
    const err = await failure(
      new ArgoClient({ baseUrl: url, token, backoffMs: 1, retries: 1 }).listApplications(),
    );
    expect(err.message).toBe(`Argo CD at ${url} is unreachable: connection refused (2 attempts)`);
    expect(err.message).not.toContain(token);
  });

  it("does not repeat a sync that reached the server and failed", async () => {
    fake.failNext(1, 500);
    await failure(client().syncApplication({ name: "web-prod" }));
    expect(fake.requests).toHaveLength(1);
  });
});

describe("Argo CD settings", () => {
  it("takes host[:port] as https, keeps an http URL with a warning, and lets ARGOCD_SERVER win", () => {
    expect(parseServer("argocd.example.com:8443")).toEqual({
      baseUrl: "https://argocd.example.com:8443",
      warnings: [],
    });
    expect(parseServer("http://127.0.0.1:8080/").warnings).toEqual([
      "ARGOCD_SERVER http://127.0.0.1:8080 uses plain http: the Argo CD token is sent unencrypted",
    ]);
    const file = { server: "argocd.from-file.example", appNamespace: "", projects: ["prod"] };
    expect(argoSettings({ ARGOCD_AUTH_TOKEN: "t" }, file).baseUrl).toBe("https://argocd.from-file.example");
    expect(argoSettings({ ARGOCD_SERVER: "argocd.env.example", ARGOCD_AUTH_TOKEN: "t" }, file).baseUrl).toBe(
      "https://argocd.env.example",
    );
  });

  it("refuses a missing server, a missing token and a server with credentials in it", () => {
    expect(() => argoSettings({})).toThrow(/Argo CD is not configured: set ARGOCD_SERVER/);
    expect(() => argoSettings({ ARGOCD_SERVER: "argocd.example.com" })).toThrow(
      "Argo CD at https://argocd.example.com needs a token: set ARGOCD_AUTH_TOKEN (an API token of a CI account)",
    );
    expect(() => parseServer("https://user:hunter2@argocd.example.com")).toThrow(
      'ARGOCD_SERVER "argocd.example.com" must be a plain host[:port] or URL, without credentials or query',
    );
    expect(() => parseServer("ftp://argocd.example.com")).toThrow(/must use https/);
  });
});

/** A loopback URL nothing listens on: a port taken and released. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return `http://127.0.0.1:${port}`;
}
