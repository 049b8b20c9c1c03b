// `gitops status --alert` in-process: the CLI front of the alerts, with GITHUB_TOKEN,
// GITHUB_API_URL and GITHUB_REPOSITORY as a workflow step sets them. Neither token is ever printed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { cli } from "../support/cli.js";
import { exampleApp } from "../status/fixture.js";
import { issuesOf, useObserveFixture } from "./fixture.js";

const fx = useObserveFixture();
const VARS = [
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GITHUB_API_URL",
  "GITHUB_REPOSITORY",
  "GITHUB_SERVER_URL",
  "GITHUB_RUN_ID",
];
const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  for (const v of VARS) saved[v] = process.env[v];
  for (const v of VARS) Reflect.deleteProperty(process.env, v);
  const gh = fx.gh.current;
  process.env.GITHUB_TOKEN = gh.token;
  process.env.GITHUB_API_URL = gh.url;
  process.env.GITHUB_REPOSITORY = `${gh.owner}/${gh.repo}`;
});
afterEach(() => {
  for (const v of VARS) {
    if (saved[v] === undefined) Reflect.deleteProperty(process.env, v);
    else process.env[v] = saved[v];
  }
});

describe("gitops status --alert", () => {
  it("opens the issue once, reports it as JSON and as a table, and prints no token", async () => {
    const { repo, fake, webProdChange, cmsChange } = fx.status.current;
    const gh = fx.gh.current;
    fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", webProdChange, { sync: "OutOfSync" }));
    fake.app(exampleApp("cms-prod", "prod", "apps/cms/overlays/prod", cmsChange));
    const json = await cli("status", "--alert", "--grace", "0", "--json", "--repo", repo.dir);
    expect(json.stderr).toContain("uses plain http");
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as {
      applications: { name: string }[];
      alerts: { application: string; action: string; issue: number | null }[];
    };
    expect(doc.applications.map((a) => a.name)).toEqual(["cms-prod", "web-prod"]);
    expect(doc.alerts.map((a) => [a.application, a.action, a.issue])).toEqual([
      ["cms-prod", "ok", null],
      ["web-prod", "opened", 1],
    ]);
    const text = await cli("status", "--alert", "--grace", "0", "--repo", repo.dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/web-prod\s+prod\s+out-of-sync\s+updated\s+#1/);
    expect(text.stdout).toContain(
      "0 opened, 1 updated, 0 reopened, 0 closed, 0 within the grace period (acme/infra-gitops)",
    );
    expect(issuesOf(gh)).toHaveLength(1);
    for (const run of [json, text]) {
      expect(run.stdout + run.stderr).not.toContain(gh.token);
      expect(run.stdout + run.stderr).not.toContain(fake.token);
    }
  });

  it("ends with exit 2 and one message naming the repository when GitHub refuses the token", async () => {
    const { repo, fake, webProdChange } = fx.status.current;
    const gh = fx.gh.current;
    const token = "ghs_not-a-token-github-knows";
    process.env.GITHUB_TOKEN = token;
    fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", webProdChange, { health: "Degraded" }));
    const run = await cli("status", "--alert", "--grace", "0", "--repo", repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "cannot list the alert issues in acme/infra-gitops: GitHub refused the token (401)",
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout + run.stderr).not.toContain(token);
    gh.takeViolations();
    expect(issuesOf(gh)).toEqual([]);
  });

  it("refuses an unknown --alert-on rule with exit 2 before writing anything", async () => {
    const { repo } = fx.status.current;
    const run = await cli("status", "--alert", "--alert-on", "exploded", "--repo", repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--alert-on: unknown rule "exploded"');
    expect(fx.gh.current.requests).toEqual([]);
  });
});
