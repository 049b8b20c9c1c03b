// The promote action's publishing side, run as the runner runs it (the bundle from GITOPS_DIST,
// else dist/): the superseded and closed PRs as outputs, and GitHub's refusal as exit 2.
import { afterEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { exampleFiles } from "./fixture.js";

let gh: FakeGitHub;
afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

function env(fake: FakeGitHub): Record<string, string> {
  return {
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
  };
}

describe("actions/promote publishing", () => {
  it("outputs the PRs it superseded, and the empty PR it closed", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const promote = (services: string) =>
      runAction(
        "promote",
        { from: "staging", to: "prod", services, token: gh.token },
        { workspace: repo.dir, env: env(gh) },
      );
    expect((await promote("cms")).outputs["pr-number"]).toBe("1");
    const wider = await promote("cms web");
    expect(wider.exitCode).toBe(0);
    expect(wider.outputs).toMatchObject({ "pr-number": "2", superseded: "[1]" });
    repo.commit("prod by hand", {
      "apps/cms/overlays/prod/kustomization.yaml": exampleFiles()[
        "apps/cms/overlays/prod/kustomization.yaml"
      ]!.replace("1.14.2", "1.15.0"),
      "apps/web/overlays/prod/kustomization.yaml": exampleFiles()[
        "apps/web/overlays/prod/kustomization.yaml"
      ]!.replace("2.7.4", "2.8.1"),
    });
    const settled = await promote("cms web");
    expect(settled.outputs).toMatchObject({ status: "nothing", "closed-pr": "2" });
  });

  it("fails the step with exit 2 naming the setting when Actions may not open pull requests", async () => {
    gh = await startFakeGitHub();
    gh.seed.settings({ actionsCanCreatePullRequests: false });
    const repo = createTestRepo(exampleFiles());
    const result = await runAction(
      "promote",
      { from: "staging", to: "prod", services: "cms", token: gh.token },
      { workspace: repo.dir, env: env(gh) },
    );
    expect(result.exitCode).toBe(2);
    expect(result.annotations.map((a) => [a.level, a.message])).toEqual([
      [
        "error",
        expect.stringContaining(
          "cannot open the pull request for promote/prod/cms in acme/infra-gitops: GitHub Actions is not permitted to create or approve pull requests (403); allow it in acme/infra-gitops Settings > Actions > General > Workflow permissions",
        ),
      ],
    ]);
    expect(result.stdout).not.toContain("This is a bug");
  });
});
