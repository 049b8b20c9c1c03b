// Release-branch drift on an env-folder repository (envs/<env> kustomize overlays over a shared
// base, no Argo CD objects): real git with a local bare origin, real kustomize.
import { beforeAll, describe, expect, it } from "vitest";
import { releaseDrift, type ReleaseDriftReport } from "../../packages/governance/src/index.js";
import { toolEnv } from "../render/support.js";
import { divergedMessage, layoutStory, NOW, type LayoutStory } from "./release-layouts-support.js";

let env: NodeJS.ProcessEnv;
let story: LayoutStory;
/** One comparison per layout (each renders main and three branches): the tests read it. */
let report: ReleaseDriftReport;
beforeAll(async () => {
  env = { ...(await toolEnv()), GITOPS_CACHE_DIR: "" };
  story = layoutStory("envs-variants", {
    // The base every env renders from: all four envs change with it.
    shared: { path: "base/deployment.yml", from: "containerPort: 8080", to: "containerPort: 8081" },
    hotfix: {
      path: "envs/prod-eu/version.yml",
      from: "simple-env-app:1.2",
      to: "simple-env-app:1.2-hotfix1",
    },
    drift: { path: "envs/staging/settings.yml", from: '"25"', to: '"40"' },
  });
  report = await releaseDrift({ repo: story.repo.dir, now: NOW, env });
});

describe("release branch drift in an envs/<env> repository", () => {
  it("names each stale branch, its age and the env folders that differ; an up-to-date branch is fine", () => {
    expect(report.branches.map((b) => [b.branch, b.differing, b.since ?? null, b.stale])).toEqual([
      ["release/2026.05", [], null, false],
      ["release/2026.05-hotfix", ["envs/prod-eu"], "2026-05-03T09:00:00Z", true],
      ["release/2026.06-picked", ["envs/staging"], "2026-06-10T09:00:00Z", true],
    ]);
    expect(report.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        "release/diverged",
        "error",
        divergedMessage(
          "release/2026.05-hotfix",
          "57d 15h",
          "2026-05-03T09:00:00Z",
          story.hotfix,
          "envs/prod-eu",
        ),
      ],
      [
        "release/diverged",
        "error",
        divergedMessage(
          "release/2026.06-picked",
          "19d 15h",
          "2026-06-10T09:00:00Z",
          story.drifted,
          "envs/staging",
        ),
      ],
    ]);
  });

  it("does not date the drift by a cherry-picked commit, on either side", () => {
    const picked = report.branches.find((b) => b.branch === "release/2026.06-picked");
    expect(picked?.sinceCommit).toBe(story.drifted);
    expect([story.shared, story.picked]).not.toContain(picked?.sinceCommit);
    // The shared change alone (the up-to-date branch, and the pick before the drift) is no drift.
    expect(report.branches.find((b) => b.branch === "release/2026.05")?.differing).toEqual([]);
  });
});
