// GitHub releases per prod deployment and PR numbers from the API, against the fake GitHub server.
import { getOctokit } from "@actions/github";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  collectChangelog,
  deploymentsOf,
  deployTags,
  fillPullRequests,
  publishReleases,
  releaseMarker,
  type GitHubRepo,
} from "../../packages/changelog/src/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { at, datedRepo, layoutFiles, overlay, type DatedRepo } from "./fixture.js";

let gh: FakeGitHub;
let target: GitHubRepo;
beforeEach(async () => {
  gh = await startFakeGitHub();
  target = { client: getOctokit(gh.token, { baseUrl: gh.url }), owner: gh.owner, repo: gh.repo };
});
afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

/** Two prod deployments on day 1 and one on day 2. */
function prodHistory(): { repo: DatedRepo; shas: string[] } {
  const repo = datedRepo(layoutFiles());
  const shas = [
    repo.commitAt(
      "web 1.1.0 (#2)",
      { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.1.0") },
      { date: at(1) },
    ),
    repo.commitAt(
      "web 1.2.0 (#3)",
      { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.2.0") },
      { date: at(1, 3) },
    ),
    repo.commitAt(
      "web 1.3.0",
      { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.3.0") },
      { date: at(2) },
    ),
  ];
  return { repo, shas };
}

async function publish(repo: DatedRepo, max = 10) {
  const report = await collectChangelog({ repo: repo.dir, since: "HEAD~3" });
  return publishReleases(target, {
    deployments: deploymentsOf(report.entries, "prod"),
    max,
    localTags: await deployTags(repo.dir, "prod"),
  });
}

describe("releases", () => {
  it("creates one release per prod deployment, numbered per day, with the notes", async () => {
    const { repo, shas } = prodHistory();
    const results = await publish(repo);
    expect(results.map((r) => [r.commit, r.tag, r.status])).toEqual([
      [shas[2], "deploy/prod/2026.01.07-1", "created"],
      [shas[1], "deploy/prod/2026.01.06-2", "created"],
      [shas[0], "deploy/prod/2026.01.06-1", "created"],
    ]);
    const releases = [...gh.repository.releases.values()];
    expect(releases.map((r) => [r.tagName, r.targetCommitish, r.name])).toEqual([
      ["deploy/prod/2026.01.06-1", shas[0], "prod 2026.01.06-1"],
      ["deploy/prod/2026.01.06-2", shas[1], "prod 2026.01.06-2"],
      ["deploy/prod/2026.01.07-1", shas[2], "prod 2026.01.07-1"],
    ]);
    const body = releases[1]?.body ?? "";
    expect(body).toContain("### web");
    expect(body).toContain("- image `ghcr.io/example-org/web`: `1.1.0` → `1.2.0`");
    expect(body).toContain("PR #3");
    expect(body).toContain(releaseMarker("prod", shas[1] ?? ""));
  });

  it("finds its releases again on a second run and creates nothing", async () => {
    const { repo } = prodHistory();
    await publish(repo);
    const posts = () => gh.requests.filter((r) => r.method === "POST").length;
    expect(posts()).toBe(3);
    const again = await publish(repo);
    expect(again.map((r) => r.status)).toEqual(["exists", "exists", "exists"]);
    expect(posts()).toBe(3);
    expect(gh.repository.releases.size).toBe(3);
  });

  it("skips a taken tag name, reuses a local deploy tag on the commit, and caps new releases", async () => {
    const { repo, shas } = prodHistory();
    gh.seed.release({ tag: "deploy/prod/2026.01.06-1", body: "made by hand" });
    repo.git("tag", "deploy/prod/2026.01.07-5", shas[2] ?? "");
    const results = await publish(repo, 2);
    expect(results.map((r) => [r.tag, r.status])).toEqual([
      ["deploy/prod/2026.01.07-5", "created"],
      ["deploy/prod/2026.01.06-2", "created"],
      ["", "skipped"],
    ]);
  });
});

describe("PR numbers from the API", () => {
  it("fills the PR of a commit whose message names none from the closed PR that merged it", async () => {
    const repo = datedRepo(layoutFiles());
    const sha = repo.commitAt(
      "web 2.0.0 rebased",
      { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "2.0.0") },
      { date: at(1) },
    );
    gh.seed.ref("rebase-me", sha);
    const pr = gh.seed.pull({ head: "rebase-me", state: "closed" });
    Object.assign(pr.pull, { merged: true, mergedAt: at(1) });
    gh.seed.pull({ head: "other", state: "closed" });
    const report = await collectChangelog({ repo: repo.dir, since: "HEAD~1" });
    expect(report.entries.map((e) => e.pr)).toEqual([null]);
    expect(await fillPullRequests(target, report.entries)).toBe(1);
    expect(report.entries.map((e) => e.pr)).toEqual([pr.number]);
  });
});
