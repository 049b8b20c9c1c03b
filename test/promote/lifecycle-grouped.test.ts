// promote.prs: grouped (#21 items 4 and 6): a promotion to a fan-out group as one branch and one
// pull request for every env, which supersedes the per-env PRs it covers. Real git, fake GitHub.
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  promote,
  promoteChain,
  promoteGrouped,
  type GitHubRepo,
  type PromoteOptions,
} from "../../packages/promote/src/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, git } from "../support/git.js";
import { IDENTITY, isolateGit } from "./fixture.js";

beforeAll(isolateGit);

let gh: FakeGitHub;
afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

const overlay = (tag: string) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
  - name: ghcr.io/acme/web
    newTag: ${tag}
`;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web
`;

/** web in staging (2.0.0) and two prod regions (1.0.0), in a chain with a group. */
function fanOut(): Record<string, string> {
  const files: Record<string, string> = {
    ".gitops.yaml": "environments: [staging, [prod-us, prod-eu]]\n",
  };
  for (const [env, tag] of [
    ["staging", "2.0.0"],
    ["prod-us", "1.0.0"],
    ["prod-eu", "1.0.0"],
  ] as const) {
    files[`apps/web/overlays/${env}/kustomization.yaml`] = overlay(tag);
    files[`apps/web/overlays/${env}/deployment.yaml`] = deployment;
  }
  return files;
}

function client(fake: FakeGitHub): GitHubRepo {
  return { client: getOctokit(fake.token, { baseUrl: fake.url }), owner: fake.owner, repo: fake.repo };
}

function options(dir: string, to: string): PromoteOptions {
  return {
    repo: dir,
    from: "staging",
    to,
    services: ["web"],
    mode: "pr",
    github: client(gh),
    git: { identity: IDENTITY },
  };
}

describe("promote.prs: grouped", () => {
  it("puts every env of the group on one branch and one PR, closing the per-env PR it covers", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(fanOut());
    const head = repo.git("rev-parse", "HEAD");
    const single = await promote(options(repo.dir, "prod-us"));
    expect(single.pr).toMatchObject({ number: 1, action: "created" });
    const grouped = await promoteGrouped(options(repo.dir, "prod"), ["prod-us", "prod-eu"]);
    expect(grouped).toMatchObject({
      status: "pushed",
      branch: "promote/prod/web",
      pr: { number: 2, action: "created", superseded: [1] },
    });
    const branch = "promote/prod/web";
    expect(git(repo.remote, "rev-parse", `${branch}^`)).toBe(head);
    expect(git(repo.remote, "diff", "--name-only", head, branch).split("\n")).toEqual([
      "apps/web/overlays/prod-eu/kustomization.yaml",
      "apps/web/overlays/prod-us/kustomization.yaml",
    ]);
    expect(git(repo.remote, "log", "-1", "--format=%B", branch)).toBe(
      [
        "Promote web to prod-us, prod-eu",
        "",
        "- prod-us/web: images[ghcr.io/acme/web].newTag 1.0.0 -> 2.0.0 (apps/web/overlays/prod-us/kustomization.yaml)",
        "- prod-eu/web: images[ghcr.io/acme/web].newTag 1.0.0 -> 2.0.0 (apps/web/overlays/prod-eu/kustomization.yaml)",
        "",
        `Promoted-From: staging@${head}`,
      ].join("\n"),
    );
    const pr = gh.repository.issues.get(2)!;
    expect(pr.title).toBe("Promote web to prod-us, prod-eu");
    expect([...pr.labels].sort()).toEqual(["env:prod-eu", "env:prod-us", "promotion"]);
    expect(pr.body).toContain("### prod-us");
    expect(pr.body).toContain("### prod-eu");
    expect(gh.repository.issues.get(1)?.state).toBe("closed");
    // Again: nothing new.
    const again = await promoteGrouped(options(repo.dir, "prod"), ["prod-us", "prod-eu"]);
    expect(again).toMatchObject({ status: "unchanged", commit: grouped.commit, pr: { action: "unchanged" } });
  });

  it("closes the grouped PR when every env of the group already has the change", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(fanOut());
    await promoteGrouped(options(repo.dir, "prod"), ["prod-us", "prod-eu"]);
    repo.commit("prod by hand", {
      "apps/web/overlays/prod-us/kustomization.yaml": overlay("2.0.0"),
      "apps/web/overlays/prod-eu/kustomization.yaml": overlay("2.0.0"),
    });
    const result = await promoteGrouped(options(repo.dir, "prod"), ["prod-us", "prod-eu"]);
    expect(result).toMatchObject({ status: "nothing", closedPr: 1 });
    expect(gh.repository.issues.get(1)?.state).toBe("closed");
  });

  it("promote.prs: grouped makes `promote staging prod` one PR; per-env (the default) one PR per env", async () => {
    gh = await startFakeGitHub();
    const files = fanOut();
    files[".gitops.yaml"] = "environments: [staging, [prod-us, prod-eu]]\npromote:\n  prs: grouped\n";
    const repo = createTestRepo(files);
    const chain = await promoteChain(options(repo.dir, "prod"));
    expect(chain.grouped).toBe(true);
    expect(chain.targets.map((t) => [t.request.to, t.status, t.branch, t.pr?.number])).toEqual([
      ["prod-us", "pushed", "promote/prod/web", 1],
      ["prod-eu", "pushed", "promote/prod/web", 1],
    ]);
    expect(gh.repository.issues.size).toBe(1);

    gh.assertClean();
    await gh.close();
    gh = await startFakeGitHub();
    const perEnv = createTestRepo(fanOut());
    const split = await promoteChain(options(perEnv.dir, "prod"));
    expect(split.grouped).toBeUndefined();
    expect(split.targets.map((t) => t.pr?.number)).toEqual([1, 2]);
    expect(new Set(split.targets.map((t) => t.branch)).size).toBe(2);
  });
});
