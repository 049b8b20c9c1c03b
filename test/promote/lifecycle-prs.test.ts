// The promotion PR's lifecycle (#21 item 6) against the fake GitHub: a newer promotion closes
// the older open PRs it covers, with a comment linking it; a PR whose change reached the target
// by other means is closed; promote.autoMerge enables auto-merge; the body tells how long each
// service has run in the source env.
import { execFileSync } from "node:child_process";
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { promote, scopeOf, type GitHubRepo, type PromoteOptions } from "../../packages/promote/src/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, GIT_ENV, type TestRepo } from "../support/git.js";
import { exampleFiles, IDENTITY, isolateGit } from "./fixture.js";

beforeAll(isolateGit);

let gh: FakeGitHub;
afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

const CMS_PROD = "apps/cms/overlays/prod/kustomization.yaml";
const CMS_STAGING = "apps/cms/overlays/staging/kustomization.yaml";

function client(fake: FakeGitHub): GitHubRepo {
  return { client: getOctokit(fake.token, { baseUrl: fake.url }), owner: fake.owner, repo: fake.repo };
}

function run(repo: TestRepo, services: string[], options: Partial<PromoteOptions> = {}) {
  return promote({
    repo: repo.dir,
    from: "staging",
    to: "prod",
    services,
    mode: "pr",
    github: client(gh),
    git: { identity: IDENTITY },
    ...options,
  });
}

const comments = (fake: FakeGitHub, issue: number) =>
  [...fake.repository.comments.values()].filter((c) => c.issueNumber === issue).map((c) => c.body);

describe("promotion PR lifecycle", () => {
  it("a newer promotion covering an open PR closes it with a comment linking the new one", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const older = await run(repo, ["cms"]);
    expect(older.pr).toMatchObject({ number: 1, superseded: [] });
    expect(scopeOf(gh.repository.issues.get(1)?.body)).toEqual({
      kind: "promote",
      envs: ["prod"],
      services: ["cms"],
    });
    const newer = await run(repo, ["cms", "web"]);
    expect(newer.pr).toMatchObject({ number: 2, action: "created", superseded: [1] });
    expect(gh.repository.issues.get(1)?.state).toBe("closed");
    expect(comments(gh, 1)).toEqual([`Superseded by #2 (${newer.pr?.url}), a newer promotion.`]);
    // A narrower promotion does not close the wider PR: it still carries cms.
    const narrower = await run(repo, ["web"]);
    expect(narrower.pr).toMatchObject({ number: 3, superseded: [] });
    expect(gh.repository.issues.get(2)?.state).toBe("open");
  });

  it("closes the open promotion PR once the target already has the change", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    await run(repo, ["cms"]);
    repo.commit("cms 1.15.0 to prod by hand", {
      [CMS_PROD]: exampleFiles()[CMS_PROD]!.replace("newTag: 1.14.2", "newTag: 1.15.0"),
    });
    repo.git("push", "--quiet", "origin", "main");
    const result = await run(repo, ["cms"]);
    expect(result).toMatchObject({ status: "nothing", closedPr: 1 });
    expect(gh.repository.issues.get(1)?.state).toBe("closed");
    expect(comments(gh, 1)).toEqual([
      "Closed: prod already has what staging has for cms; nothing is left to promote.",
    ]);
    // Nothing open: a further run asks GitHub and changes nothing.
    expect((await run(repo, ["cms"])).closedPr).toBeUndefined();
  });

  it("enables auto-merge when .gitops.yaml sets promote.autoMerge", async () => {
    gh = await startFakeGitHub();
    gh.seed.settings({ allowAutoMerge: true });
    const files = exampleFiles();
    files[".gitops.yaml"] = `${files[".gitops.yaml"]}promote:\n  autoMerge: true\n`;
    const repo = createTestRepo(files);
    const result = await run(repo, ["cms"]);
    expect(result.pr).toMatchObject({ autoMerge: "merge", warnings: [] });
    expect(gh.repository.issues.get(1)?.pull?.autoMerge).toEqual({
      method: "merge",
      enabledBy: "github-actions[bot]",
    });
    expect(gh.requests.filter((r) => r.path === "/graphql").map((r) => r.operationId)).toEqual([
      "graphql/enablePullRequestAutoMerge",
    ]);
  });

  it("tells in the body which commit put each service in the source env and how long it has run there", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const staging = exampleFiles()[CMS_STAGING]!.replace("newTag: 1.15.0", "newTag: 1.15.1");
    repo.git("checkout", "--quiet", "-b", "feature");
    repo.commit("cms 1.15.1 to staging", { [CMS_STAGING]: staging });
    // Merged into main long ago: the merge commit's time is when it reached staging.
    execFileSync("git", ["checkout", "--quiet", "main"], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV },
    });
    execFileSync("git", ["merge", "--quiet", "--no-ff", "-m", "Merge cms 1.15.1", "feature"], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV, GIT_COMMITTER_DATE: "2020-01-01T00:00:00Z" },
    });
    const merge = repo.git("rev-parse", "HEAD");
    repo.git("push", "--quiet", "origin", "main");
    await run(repo, ["cms"]);
    const body = gh.repository.issues.get(1)?.body ?? "";
    expect(body).toContain("#### Running in `staging`");
    expect(body).toMatch(
      new RegExp(
        `\\| cms \\| \`${merge.slice(0, 12)}\` Merge cms 1\\.15\\.1 \\| Test Author \\| 2020-01-01T00:00:00Z \\| \\d{3,} days \\|`,
      ),
    );
  });
});
