// gitops deployments --push: GitHub deployments from Argo CD's sync history, against the
// swagger-checked fake Argo CD and the OpenAPI-checked fake GitHub, idempotent across runs.
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { cli } from "../support/cli.js";
import { deploymentsOf } from "../support/fake-github/handlers/deployments.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { exampleApp, useStatusFixture } from "../status/fixture.js";

const fx = useStatusFixture();
let gh: FakeGitHub;
const GITHUB_VARS = ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_URL", "GITHUB_REPOSITORY"];
const saved: Record<string, string | undefined> = {};

beforeEach(async () => {
  gh = await startFakeGitHub();
  for (const v of GITHUB_VARS) saved[v] = process.env[v];
  Reflect.deleteProperty(process.env, "GH_TOKEN");
  Object.assign(process.env, {
    GITHUB_TOKEN: gh.token,
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
  });
});
afterEach(async () => {
  for (const v of GITHUB_VARS) {
    if (saved[v] === undefined) Reflect.deleteProperty(process.env, v);
    else process.env[v] = saved[v];
  }
  gh.assertClean();
  await gh.close();
});

function seed(cmsPhase: "Running" | "Succeeded" | "Failed"): void {
  const { fake, base, webProdChange, cmsChange } = fx.current;
  fake.app(
    exampleApp("web-prod", "prod", "apps/web/overlays/prod", base, {
      externalURLs: ["https://web.example.com"],
      history: [
        { revision: base, deployStartedAt: "2026-11-28T10:00:00Z", deployedAt: "2026-11-28T10:01:00Z" },
        {
          revision: webProdChange,
          deployStartedAt: "2026-11-29T10:00:00Z",
          deployedAt: "2026-11-29T10:01:00Z",
        },
      ],
    }),
  );
  const cmsSync = {
    revision: cmsChange,
    deployStartedAt: "2026-11-30T12:00:00Z",
    deployedAt: "2026-11-30T12:01:00Z",
  };
  fake.app(
    exampleApp("cms-prod", "prod", "apps/cms/overlays/prod", base, {
      history: [
        { revision: base, deployStartedAt: "2026-11-27T10:00:00Z", deployedAt: "2026-11-27T10:01:00Z" },
        ...(cmsPhase === "Succeeded" ? [cmsSync] : []),
      ],
      operationState: {
        phase: cmsPhase,
        revision: cmsChange,
        startedAt: "2026-11-30T12:00:00Z",
        ...(cmsPhase === "Failed" ? { message: "one or more objects failed to apply" } : {}),
      },
    }),
  );
}

interface Planned {
  key: string;
  application: string;
  env: string;
  sha: string;
  state: string;
  action?: string;
}

async function push(): Promise<Planned[]> {
  const run = await cli("deployments", "--push", "--json", "--repo", fx.current.repo.dir);
  expect(run.stderr).not.toContain("gitops: Argo CD");
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { deployments: Planned[] }).deployments;
}

describe("gitops deployments --push", () => {
  it("creates one deployment per sync, with env, SHA, state and environment URL, and nothing on a second run", async () => {
    seed("Running");
    const { base, webProdChange, cmsChange } = fx.current;
    const first = await push();
    expect(first.map((d) => [d.application, d.sha, d.state, d.action])).toEqual([
      ["cms-prod", base, "success", "created"],
      ["web-prod", base, "success", "created"],
      ["web-prod", webProdChange, "success", "created"],
      ["cms-prod", cmsChange, "in_progress", "created"],
    ]);
    const made = deploymentsOf(gh.repository);
    expect(
      made.map((d) => [d.environment, d.sha, d.productionEnvironment, d.statuses.map((s) => s.state)]),
    ).toEqual([
      ["prod", base, true, ["success"]],
      ["prod", base, true, ["success"]],
      ["prod", webProdChange, true, ["success"]],
      ["prod", cmsChange, true, ["in_progress"]],
    ]);
    expect(made[2]?.statuses[0]?.environmentUrl).toBe("https://web.example.com");
    expect(made[2]?.statuses[0]?.logUrl).toBe(`${fx.current.fake.url}/applications/argocd/web-prod`);
    expect(made[0]?.payload).toEqual({
      gitops: {
        key: "argocd:argocd/cms-prod/sync/2026-11-27T10:00:00Z",
        application: "cms-prod",
        argocd: fx.current.fake.url,
      },
    });

    const posts = () => gh.requests.filter((r) => r.method === "POST").length;
    const before = posts();
    const second = await push();
    expect(second.map((d) => d.action)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(posts()).toBe(before);
    expect(deploymentsOf(gh.repository)).toHaveLength(4);
  });

  it("moves a running sync's deployment to success once Argo CD records it, without a new deployment", async () => {
    seed("Running");
    await push();
    seed("Succeeded");
    const again = await push();
    expect(
      again.filter((d) => d.action !== "unchanged").map((d) => [d.application, d.state, d.action]),
    ).toEqual([["cms-prod", "success", "updated"]]);
    const made = deploymentsOf(gh.repository);
    expect(made).toHaveLength(4);
    expect(made[3]?.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
  });

  it("records a failed sync as a failure deployment", async () => {
    seed("Failed");
    const done = await push();
    expect(done.find((d) => d.state === "failure")).toMatchObject({
      application: "cms-prod",
      sha: fx.current.cmsChange,
    });
  });

  it("lists without --push and touches no GitHub", async () => {
    seed("Running");
    const run = await cli("deployments", "--repo", fx.current.repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ENV\s+APPLICATION\s+SHA\s+STATE\s+AT\s+ACTION\n/);
    expect(run.stdout).toContain("4 deployment(s) from Argo CD; run with --push to create them on GitHub");
    expect(gh.requests).toEqual([]);
  });

  it("ends --push without a GitHub token with exit 2", async () => {
    seed("Running");
    delete process.env.GITHUB_TOKEN;
    const run = await cli("deployments", "--push", "--repo", fx.current.repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "gitops: deployments --push needs a GitHub token in GITHUB_TOKEN or GH_TOKEN",
    );
  });
});
