// `gitops bump --push/--pr` (#20): the branch bump/<env>/<service>, one PR per env and service
// that a newer image updates, the source links and commit range in its body, auto-merge, and
// the PR closed when the env already runs the image. Real git with a bare remote, the fake GitHub.
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bump, type BumpOptions, type GitHubRepo } from "../../packages/promote/src/index.js";
import { parseImageRef } from "../../packages/promote/src/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { cli } from "../support/cli.js";
import { createTestRepo, git, type TestRepo } from "../support/git.js";
import { exampleFiles, IDENTITY, isolateGit } from "../promote/fixture.js";

const WEB = "apps/web/overlays/staging/kustomization.yaml";
const BRANCH = "bump/staging/web";
const sha = (n: number) => String(n).padStart(2, "0").repeat(20);

beforeAll(() => {
  isolateGit();
  Object.assign(process.env, {
    GIT_AUTHOR_NAME: IDENTITY.name,
    GIT_AUTHOR_EMAIL: IDENTITY.email,
    GIT_COMMITTER_NAME: IDENTITY.name,
    GIT_COMMITTER_EMAIL: IDENTITY.email,
  });
});

const GITHUB_VARS = ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_URL", "GITHUB_REPOSITORY", "GITHUB_SERVER_URL"];
beforeEach(() => {
  for (const v of GITHUB_VARS) Reflect.deleteProperty(process.env, v);
});

let gh: FakeGitHub;
afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

function client(fake: FakeGitHub, repo = fake.repo): GitHubRepo {
  return { client: getOctokit(fake.token, { baseUrl: fake.url }), owner: fake.owner, repo };
}

function run(repo: TestRepo, tag: string, options: Partial<BumpOptions> = {}) {
  return bump({
    repo: repo.dir,
    env: "staging",
    service: "web",
    target: { image: parseImageRef(`ghcr.io/example-org/web:${tag}`) },
    mode: "pr",
    git: { identity: IDENTITY },
    publish: { github: client(gh), sourceGithub: client(gh, "web") },
    ...options,
  });
}

/** Seeds acme/web with a line of commits 1..n (fake SHAs), each the parent of the next. */
function seedSourceHistory(n: number): void {
  const web = gh.seed.repo("acme", "web");
  for (let i = 1; i <= n; i++) {
    gh.seed.commit({
      repo: web,
      sha: sha(i),
      message: `web change ${i}\n\nbody`,
      parents: i > 1 ? [sha(i - 1)] : [],
    });
  }
}

/** Merges PR #`number` (the bump branch) into main as a fast-forward, in git and on the fake. */
function mergeBump(repo: TestRepo, number = 1): void {
  repo.git("fetch", "--quiet", "origin", BRANCH);
  repo.git("merge", "--quiet", "--ff-only", "FETCH_HEAD");
  repo.git("push", "--quiet", "origin", "main");
  const pr = gh.repository.issues.get(number)!;
  pr.state = "closed";
  Object.assign(pr.pull!, { merged: true, mergedAt: gh.state.now() });
}

describe("gitops bump --pr", () => {
  it("pushes bump/<env>/<service> on HEAD and opens one PR with the source, the run and the trailers", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const head = repo.git("rev-parse", "HEAD");
    const result = await run(repo, "2.9.0", {
      sourceRepository: "acme/web",
      sourceCommit: sha(1),
      publish: { github: client(gh), runUrl: "https://github.com/acme/web/actions/runs/7" },
    });
    expect(result).toMatchObject({ status: "pushed", branch: BRANCH, pr: { number: 1, action: "created" } });
    expect(git(repo.remote, "rev-parse", `${BRANCH}^`)).toBe(head);
    expect(git(repo.remote, "show", `${BRANCH}:${WEB}`)).toContain("newTag: 2.9.0");
    expect(git(repo.remote, "log", "-1", "--format=%B", BRANCH)).toBe(
      `bump web in staging to 2.9.0\n\n- images[ghcr.io/example-org/web].newTag 2.8.1 -> 2.9.0 (${WEB})\n\nSource-Repository: acme/web\nSource-Commit: ${sha(1)}`,
    );
    // The checkout is left as it was.
    expect(repo.git("symbolic-ref", "--short", "HEAD")).toBe("main");
    expect(repo.git("status", "--porcelain")).toBe("");
    const pr = gh.repository.issues.get(1)!;
    expect(pr.title).toBe("Bump web in staging to 2.9.0");
    expect(pr.pull).toMatchObject({ head: BRANCH, base: "main" });
    expect([...pr.labels].sort()).toEqual(["bump", "env:staging"]);
    expect(pr.body).toContain(
      `| \`${WEB}\` | \`images[ghcr.io/example-org/web].newTag\` | \`2.8.1\` | \`2.9.0\` |`,
    );
    expect(pr.body).toContain(
      `Source: [acme/web@${sha(1).slice(0, 12)}](https://github.com/acme/web/commit/${sha(1)}) (trailers \`Source-Repository\`, \`Source-Commit\`) · built by [this workflow run](https://github.com/acme/web/actions/runs/7).`,
    );
    expect(pr.body).not.toContain("Source changes since");
  });

  it("a newer image updates the same PR: the branch is rebuilt on HEAD, one PR per env and service", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const head = repo.git("rev-parse", "HEAD");
    const first = await run(repo, "2.9.0");
    const second = await run(repo, "2.9.1");
    expect(second).toMatchObject({ status: "pushed", pr: { number: first.pr?.number, action: "updated" } });
    expect(gh.repository.issues.size).toBe(1);
    expect(gh.repository.issues.get(1)?.title).toBe("Bump web in staging to 2.9.1");
    expect(git(repo.remote, "rev-list", "--count", `${head}..${BRANCH}`)).toBe("1");
    expect(git(repo.remote, "show", `${BRANCH}:${WEB}`)).toContain("newTag: 2.9.1");
    // The same image again: nothing new on GitHub or in git.
    const before = gh.requests.filter((r) => r.method !== "GET").length;
    const again = await run(repo, "2.9.1");
    expect(again).toMatchObject({ status: "unchanged", commit: second.commit, pr: { action: "unchanged" } });
    expect(gh.requests.filter((r) => r.method !== "GET").length).toBe(before);
  });

  it("lists the source commits since the image deployed now, from the last bump's Source-Commit", async () => {
    gh = await startFakeGitHub();
    seedSourceHistory(4);
    const repo = createTestRepo(exampleFiles());
    await run(repo, "2.9.0", { sourceRepository: "acme/web", sourceCommit: sha(1) });
    mergeBump(repo);
    const result = await run(repo, "2.9.3", { sourceRepository: "acme/web", sourceCommit: sha(4) });
    expect(result.pr).toMatchObject({ number: 2, action: "created" });
    const body = gh.repository.issues.get(2)?.body ?? "";
    expect(body).toContain(
      `#### Source changes since the image deployed now (\`${sha(1).slice(0, 12)}...${sha(4).slice(0, 12)}\`)`,
    );
    expect(body.split("\n").filter((l) => l.startsWith("- ["))).toEqual(
      [2, 3, 4].map(
        (i) =>
          `- [\`${sha(i).slice(0, 7)}\`](http://127.0.0.1:${new URL(gh.url).port}/acme/web/commit/${sha(i)}) web change ${i} (Octo Cat)`,
      ),
    );
    expect(gh.requests.some((r) => r.operationId === "repos/compare-commits-with-basehead")).toBe(true);
  });

  it("says why the range is missing when the token cannot read the service repository", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    await run(repo, "2.9.0", { sourceRepository: "acme/web", sourceCommit: sha(1) });
    mergeBump(repo);
    await run(repo, "2.9.3", { sourceRepository: "acme/web", sourceCommit: sha(4) });
    expect(gh.repository.issues.get(2)?.body).toContain(
      "Not listed: GitHub answered 404 for acme/web (the token needs contents: read there).",
    );
  });

  it("enables auto-merge when asked, and warns (PR still open) when the repository does not allow it", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const refused = await run(repo, "2.9.0", { publish: { github: client(gh), autoMerge: "squash" } });
    expect(refused.pr?.autoMerge).toBeUndefined();
    expect(refused.pr?.warnings).toEqual([
      "auto-merge was not enabled on acme/infra-gitops: Pull request Auto merge is not allowed for this repository",
    ]);
    gh.seed.settings({ allowAutoMerge: true });
    const enabled = await run(repo, "2.9.0", { publish: { github: client(gh), autoMerge: "squash" } });
    expect(enabled.pr).toMatchObject({ number: 1, autoMerge: "squash", warnings: [] });
    expect(gh.repository.issues.get(1)?.pull?.autoMerge).toEqual({
      method: "squash",
      enabledBy: "github-actions[bot]",
    });
  });

  it("closes the open bump PR when the env already runs the image on main", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    await run(repo, "2.9.0");
    repo.commit("web 2.9.0 by hand", {
      [WEB]: exampleFiles()[WEB]!.replace("newTag: 2.8.1", "newTag: 2.9.0"),
    });
    repo.git("push", "--quiet", "origin", "main");
    const result = await run(repo, "2.9.0");
    expect(result).toMatchObject({ status: "nothing", closedPr: 1 });
    expect(gh.repository.issues.get(1)?.state).toBe("closed");
    expect([...gh.repository.comments.values()].map((c) => c.body)).toEqual([
      "Closed: web in staging already runs ghcr.io/example-org/web:2.9.0 on main.",
    ]);
  });
});

describe("gitops bump --push/--pr on the command line", () => {
  it("pushes with --push and opens the PR with --pr, printing one JSON document", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const pushed = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      "ghcr.io/example-org/web:2.9.0",
      "--push",
      "--repo",
      repo.dir,
    );
    expect(pushed.stderr).toBe("");
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toMatch(/pushed [0-9a-f]{12} to bump\/staging\/web\n$/);
    expect(gh.requests).toEqual([]);
    Object.assign(process.env, { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url });
    const pr = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      "ghcr.io/example-org/web:2.9.0",
      "--pr",
      "--github-repo",
      "acme/infra-gitops",
      "--source-repository",
      "acme/web",
      "--source-commit",
      sha(9),
      "--json",
      "--repo",
      repo.dir,
    );
    expect(pr.stderr).toBe("");
    expect(pr.code).toBe(0);
    // The branch already holds this image: it is reused, and the PR opened on it.
    expect(JSON.parse(pr.stdout)).toMatchObject({
      status: "unchanged",
      branch: BRANCH,
      pr: { number: 1, action: "created", superseded: [] },
    });
    const bad = await cli(
      "bump",
      "staging",
      "web",
      "--image",
      "ghcr.io/example-org/web:2.9.0",
      "--pr",
      "--auto-merge",
      "fast",
      "--github-repo",
      "acme/infra-gitops",
      "--repo",
      repo.dir,
    );
    expect(bad).toMatchObject({
      code: 2,
      stderr: 'gitops: --auto-merge must be one of merge, squash, rebase, got "fast"\n',
    });
  });
});
