// The deployments action end to end: its bundle (dist/deployments, or GITOPS_DIST) run as the runner
// runs it, against the fake Argo CD and the OpenAPI-checked fake GitHub; a re-run creates nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { deploymentsOf } from "../support/fake-github/handlers/deployments.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { runAction } from "../support/run-action.js";
import { exampleApp, useStatusFixture } from "../status/fixture.js";

const fx = useStatusFixture();
let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

describe("actions/deployments", () => {
  it("creates the deployments once, masks the Argo CD token and summarises", async () => {
    const { repo, fake, base, webProdChange } = fx.current;
    fake.app(
      exampleApp("web-prod", "prod", "apps/web/overlays/prod", base, {
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
    const run = () =>
      runAction(
        "deployments",
        {
          "repo-path": repo.dir,
          "argocd-server": fake.url,
          "argocd-token": fake.token,
          "github-token": gh.token,
        },
        {
          env: {
            GITHUB_API_URL: gh.url,
            GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
            GIT_CONFIG_GLOBAL: "/dev/null",
            GIT_CONFIG_NOSYSTEM: "1",
          },
        },
      );
    const first = await run();
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ created: "2", updated: "0" });
    expect(first.masks).toContain(fake.token);
    expect(first.summary).toContain("2 created, 0 updated, 0 unchanged");
    const second = await run();
    expect(second.outputs).toMatchObject({ created: "0", updated: "0" });
    expect(deploymentsOf(gh.repository).map((d) => [d.environment, d.sha])).toEqual([
      ["prod", base],
      ["prod", webProdChange],
    ]);
  });
});
