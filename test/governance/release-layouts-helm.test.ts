// Release-branch drift on a repository whose Helm chart is deployed through Argo CD Applications
// (charts/web with values-<env>.yaml, one Application per env, beside kustomize apps and an app of
// apps): the targets are the Applications. Real git with a local bare origin, real helm.
import { beforeAll, describe, expect, it } from "vitest";
import { releaseDrift, type ReleaseDriftReport } from "../../packages/governance/src/index.js";
import { toolEnv } from "../render/support.js";
import { divergedMessage, layoutStory, NOW, type LayoutStory } from "./release-layouts-support.js";

const PROD = "applications/prod/web-prod";
const STAGING = "applications/staging/web-staging";

let env: NodeJS.ProcessEnv;
let story: LayoutStory;
/** One comparison per layout (each renders main and three branches): the tests read it. */
let report: ReleaseDriftReport;
beforeAll(async () => {
  env = { ...(await toolEnv()), GITOPS_CACHE_DIR: "" };
  story = layoutStory("example-apps-dir", {
    // A chart template: both web Applications change with it, nothing else does.
    shared: {
      path: "charts/web/templates/deployment.yaml",
      from: "containerPort: 3000",
      to: "containerPort: 3001",
    },
    hotfix: { path: "charts/web/values-prod.yaml", from: "replicaCount: 3", to: "replicaCount: 5" },
    drift: { path: "charts/web/values-staging.yaml", from: "tag: 2.5.0-rc.1", to: "tag: 2.5.0-rc.2" },
  });
  report = await releaseDrift({ repo: story.repo.dir, now: NOW, env });
});

describe("release branch drift in a Helm-through-Application repository", () => {
  it("names each stale branch, its age and the Application targets that differ; an up-to-date branch is fine", () => {
    expect(
      report.branches.map((b) => [b.branch, b.differing, b.unrendered, b.since ?? null, b.stale]),
    ).toEqual([
      ["release/2026.05", [], [], null, false],
      ["release/2026.05-hotfix", [PROD], [], "2026-05-03T09:00:00Z", true],
      ["release/2026.06-picked", [STAGING], [], "2026-06-10T09:00:00Z", true],
    ]);
    expect(report.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        "release/diverged",
        "error",
        divergedMessage("release/2026.05-hotfix", "57d 15h", "2026-05-03T09:00:00Z", story.hotfix, PROD),
      ],
      [
        "release/diverged",
        "error",
        divergedMessage("release/2026.06-picked", "19d 15h", "2026-06-10T09:00:00Z", story.drifted, STAGING),
      ],
    ]);
  });

  it("does not date the drift by the cherry-picked chart change", () => {
    const picked = report.branches.find((b) => b.branch === "release/2026.06-picked");
    expect(picked?.sinceCommit).toBe(story.drifted);
    expect([story.shared, story.picked]).not.toContain(picked?.sinceCommit);
  });
});
