// gitops status end to end in-process: a copy of the example with real commits, the
// swagger-checked fake Argo CD, and the CLI's output and exit codes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { cli } from "../support/cli.js";
import { copyExample } from "../support/example.js";
import { exampleApp, REPO_URL, useStatusFixture } from "./fixture.js";

const fx = useStatusFixture();

interface StatusJson {
  server: string;
  applications: Record<string, unknown>[];
  findings: { rule: string; severity: string; message: string; file?: string }[];
  summary: Record<string, number>;
}

async function statusJson(...args: string[]): Promise<{ code: number; doc: StatusJson; stderr: string }> {
  const run = await cli("status", "--json", "--repo", fx.current.repo.dir, ...args);
  return { code: run.code, doc: JSON.parse(run.stdout) as StatusJson, stderr: run.stderr };
}

function commitTime(sha: string): string {
  return fx.current.repo.git("show", "-s", "--format=%cI", sha);
}

function seedMixed(): void {
  const { fake, base, webProdChange, cmsChange } = fx.current;
  fake.app(exampleApp("web-staging", "staging", "apps/web/overlays/staging", cmsChange));
  fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", base));
  fake.app(exampleApp("cms-prod", "prod", "apps/cms/overlays/prod", webProdChange, { sync: "OutOfSync" }));
  fake.app(exampleApp("cms-staging", "staging", "apps/cms/overlays/staging", "d".repeat(40)));
  // Made outside the repository, but it deploys a target of it: matched by repoURL and path.
  fake.app(exampleApp("web-prod-canary", "prod", "./apps/web/overlays/prod/", cmsChange));
  fake.app({
    name: "billing",
    project: "prod",
    source: { repoURL: "https://github.com/example-org/billing.git", path: "deploy" },
  });
}

describe("gitops status", () => {
  it("maps live Applications to targets, env and service, with current and behind from real commits", async () => {
    seedMixed();
    const { code, doc } = await statusJson();
    expect(code).toBe(0);
    const { base, webProdChange, cmsChange } = fx.current;
    const byName: Record<string, Record<string, unknown>> = Object.fromEntries(
      doc.applications.map((a) => [String(a.name), a]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      "cms-prod",
      "cms-staging",
      "web-prod",
      "web-prod-canary",
      "web-staging",
    ]);
    expect(byName["web-staging"]).toMatchObject({
      env: "staging",
      service: "web",
      project: "staging",
      targets: ["apps/web/overlays/staging"],
      sync: "Synced",
      health: "Healthy",
      revision: cmsChange,
      deployedAt: "2026-11-30T10:00:00Z",
      current: true,
      behind: { commits: 0, since: null },
      expected: base,
      matchedBy: "name",
    });
    expect(byName["web-prod"]).toMatchObject({
      env: "prod",
      service: "web",
      revision: base,
      expected: webProdChange,
      current: false,
      behind: { commits: 1, since: commitTime(webProdChange) },
    });
    expect(byName["cms-prod"]).toMatchObject({
      sync: "OutOfSync",
      current: false,
      expected: cmsChange,
      behind: { commits: 1, since: commitTime(cmsChange) },
    });
    expect(byName["cms-staging"]).toMatchObject({ current: null, behind: null });
    expect(byName["cms-staging"]?.note).toMatch(/^deployed revision dddddddddddd is not in this clone/);
    expect(byName["web-prod-canary"]).toMatchObject({
      matchedBy: "source",
      env: "prod",
      service: "web",
      targets: ["apps/web/overlays/prod"],
      current: true,
    });
    expect(doc.summary).toMatchObject({
      applications: 5,
      outOfSync: 1,
      notCurrent: 2,
      unknown: 1,
      ignored: 1,
    });
  });

  it("prints the documented --json shape", async () => {
    fx.current.fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", fx.current.webProdChange));
    const { doc } = await statusJson();
    expect(Object.keys(doc).sort()).toEqual(["applications", "findings", "server", "summary"]);
    expect(Object.keys(doc.applications[0] ?? {}).sort()).toEqual(
      [
        "name",
        "namespace",
        "project",
        "env",
        "service",
        "targets",
        "sync",
        "health",
        "revision",
        "deployedAt",
        "expected",
        "current",
        "behind",
        "operation",
        "urls",
        "matchedBy",
        "note",
      ].sort(),
    );
    // Read-only, and only what it needs: one list call, cut down with the fields filter.
    expect(fx.current.fake.requests.map((r) => [r.method, r.operationId])).toEqual([
      ["GET", "ApplicationService_List"],
    ]);
    expect(fx.current.fake.requests[0]?.query.fields).toContain("items.status.history");
  });

  it("reports drift as warnings and exits 0 without --fail-on-drift", async () => {
    seedMixed();
    fx.current.fake.app(
      exampleApp("queue-prod", "prod", "", fx.current.cmsChange, {
        health: "Degraded",
        healthMessage: "1/3 pods ready",
      }),
    );
    const { code, doc } = await statusJson("--grace", "0");
    expect(code).toBe(0);
    const drift = doc.findings.filter((f) => f.severity !== "notice").map((f) => [f.rule, f.severity]);
    expect(drift.sort()).toEqual(
      [
        ["degraded", "warning"],
        ["not-current", "warning"],
        ["not-current", "warning"],
        ["out-of-sync", "warning"],
      ].sort(),
    );
    const degraded = doc.findings.find((f) => f.rule === "degraded");
    expect(degraded).toMatchObject({
      file: "argo-apps/prod/queue.yaml",
      message: "Application queue-prod (prod/queue) is Degraded: 1/3 pods ready",
    });
  });

  it("--fail-on-drift exits 1 on drift past --grace, 0 within it and 0 when all is current", async () => {
    const { fake, base, webProdChange, cmsChange } = fx.current;
    fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", base));
    const past = await statusJson("--fail-on-drift", "--grace", "0");
    expect(past.code).toBe(1);
    expect(past.doc.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([
      "not-current",
    ]);
    const within = await statusJson("--fail-on-drift", "--grace", "3650d");
    expect(within.code).toBe(0);
    expect(within.doc.findings.find((f) => f.rule === "not-current")?.severity).toBe("notice");
    fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", webProdChange));
    fake.app(exampleApp("cms-prod", "prod", "apps/cms/overlays/prod", cmsChange));
    const clean = await statusJson("--fail-on-drift", "--grace", "0");
    expect(clean.code).toBe(0);
    expect(clean.doc.summary).toMatchObject({ applications: 2, notCurrent: 0, outOfSync: 0 });
  });

  it("--fail-on-drift exits 1 for OutOfSync and Degraded Applications that run the latest change", async () => {
    const { fake, cmsChange } = fx.current;
    fake.app(exampleApp("cms-prod", "prod", "apps/cms/overlays/prod", cmsChange, { sync: "OutOfSync" }));
    fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", cmsChange, { health: "Degraded" }));
    const run = await statusJson("--fail-on-drift");
    expect(run.code).toBe(1);
    expect(
      run.doc.findings
        .filter((f) => f.severity === "error")
        .map((f) => f.rule)
        .sort(),
    ).toEqual(["degraded", "out-of-sync"]);
  });

  it("prints a table, filtered by --env and --service", async () => {
    seedMixed();
    const run = await cli("status", "--repo", fx.current.repo.dir, "--env", "prod", "--service", "web");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^APPLICATION\s+ENV\s+SERVICE\s+SYNC\s+HEALTH\s+REVISION\s+DEPLOYED\s+CURRENT$/);
    expect(lines[1]).toMatch(
      /^web-prod\s+prod\s+web\s+Synced\s+Healthy\s+[0-9a-f]{7}\s+2026-11-30T10:00:00Z\s+no \(1 behind since /,
    );
    expect(lines[2]).toMatch(
      /^web-prod-canary\s+prod\s+web\s+Synced\s+Healthy\s+[0-9a-f]{7}\s+2026-11-30T10:00:00Z\s+yes$/,
    );
    expect(lines[3]).toBe(`2 Application(s) from ${fx.current.fake.url}; 1 of other repositories ignored`);
    expect(run.stderr).toBe(
      `gitops: warning: ARGOCD_SERVER ${fx.current.fake.url} uses plain http: the Argo CD token is sent unencrypted\n`,
    );
  });

  it("takes the server, namespace and projects from .gitops.yaml when ARGOCD_SERVER is unset", async () => {
    const { repo, fake } = fx.current;
    const config = join(repo.dir, ".gitops.yaml");
    writeFileSync(
      config,
      `${readFileSync(config, "utf8")}argocd:\n  server: ${fake.url}\n  appNamespace: argocd\n  projects: [prod]\n`,
    );
    delete process.env.ARGOCD_SERVER;
    fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", fx.current.webProdChange));
    const { code, doc, stderr } = await statusJson();
    expect(code).toBe(0);
    expect(doc.applications.map((a) => a.name)).toEqual(["web-prod"]);
    expect(fake.requests[0]?.query).toMatchObject({ projects: "prod", appNamespace: "argocd" });
    expect(stderr).toContain(".gitops.yaml argocd.server");
    // Only prod's Applications are expected: staging ones are not reported missing.
    expect(doc.findings.filter((f) => f.rule === "not-listed").map((f) => f.message)).toEqual([
      // clusters-prod and environments-prod belong to project platform-prod, which is not configured.
      `2 Application(s) of the repository were not listed by Argo CD at ${fake.url}: cms-prod, queue-prod. ` +
        `They are not created yet, or the token lacks "applications, get, prod/*"`,
    ]);
  });

  it("refuses a bad .gitops.yaml argocd key with exit 2", async () => {
    const config = join(fx.current.repo.dir, ".gitops.yaml");
    writeFileSync(config, `${readFileSync(config, "utf8")}argocd:\n  sever: x\n`);
    const run = await cli("status", "--repo", fx.current.repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown key "argocd\.sever"; allowed here: server, appNamespace, projects/);
  });
});

describe("gitops status outside a git checkout", () => {
  it("says current is unknown, with git's reason, rather than guess", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-status-nogit-"));
    copyExample(dir);
    fx.current.fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", fx.current.base));
    const run = await cli("status", "--json", "--repo", dir);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as StatusJson;
    expect(doc.applications[0]).toMatchObject({
      name: "web-prod",
      current: null,
      behind: null,
      expected: null,
    });
    expect(doc.applications[0]?.note).toMatch(
      /^git cannot read the inputs' history: fatal: not a git repository/,
    );
  });
});

describe("gitops status when Argo CD refuses or fails", () => {
  it("ends a refused token with exit 2 and one line naming the server, never the token", async () => {
    const token = "argocd-this-token-must-never-print";
    process.env.ARGOCD_AUTH_TOKEN = token;
    const run = await cli("status", "--repo", fx.current.repo.dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n").filter(Boolean).at(-1)).toBe(
      `gitops: Argo CD at ${fx.current.fake.url} refused the token in ARGOCD_AUTH_TOKEN (401: invalid session: token signature is invalid); ` +
        `generate a new one with "argocd account generate-token --account <ci-account>"`,
    );
    expect(run.stderr).not.toContain(token);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("ends a missing token or server with exit 2", async () => {
    delete process.env.ARGOCD_AUTH_TOKEN;
    const noToken = await cli("status", "--repo", fx.current.repo.dir);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain(
      `gitops: Argo CD at ${fx.current.fake.url} needs a token: set ARGOCD_AUTH_TOKEN`,
    );
    delete process.env.ARGOCD_SERVER;
    const noServer = await cli("status", "--repo", fx.current.repo.dir);
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toMatch(/^gitops: Argo CD is not configured: set ARGOCD_SERVER/);
  });

  it("ends a server that does not answer in time with exit 2 after its retries", async () => {
    fx.current.fake.slowNext(10, 3_000);
    const run = await cli("status", "--repo", fx.current.repo.dir, "--timeout", "100ms");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `gitops: Argo CD at ${fx.current.fake.url} is unreachable: no answer within 100ms (4 attempts)`,
    );
    expect(fx.current.fake.requests).toHaveLength(4);
  });

  it("gets through 5xx answers by retrying", async () => {
    fx.current.fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", fx.current.webProdChange));
    fx.current.fake.failNext(2, 503);
    const { code, doc } = await statusJson();
    expect(code).toBe(0);
    expect(doc.applications).toHaveLength(1);
  });

  it("refuses a bad --grace with exit 2 naming the value", async () => {
    const run = await cli("status", "--repo", fx.current.repo.dir, "--grace", "soon");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe('gitops: --grace must be a duration like 30m, 2h, 1d or 45s, got "soon"\n');
  });

  it("never prints the token, whatever the outcome", async () => {
    seedMixed();
    const token = fx.current.fake.token;
    const outputs = [
      await cli("status", "--repo", fx.current.repo.dir),
      await cli("status", "--json", "--repo", fx.current.repo.dir, "--fail-on-drift", "--grace", "0"),
    ];
    for (const out of outputs) expect(out.stdout + out.stderr).not.toContain(token);
    expect(REPO_URL).toContain("example-org");
  });
});
