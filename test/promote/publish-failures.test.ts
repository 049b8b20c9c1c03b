// The publishing path's failures (#21 item 8): a git remote that never answers, GitHub refusing
// the pull request after the branch was pushed, and a local branch holding commits a run would
// drop. Each is one exit-2 message naming the repository and what to fix, and a re-run finishes.
import { createServer, type Server, type Socket } from "node:net";
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isUserError, UserError } from "../../packages/core/src/index.js";
import { promote, type GitHubRepo, type PromoteOptions } from "../../packages/promote/src/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { cli } from "../support/cli.js";
import { createTestRepo, git, type TestRepo } from "../support/git.js";
import { exampleFiles, IDENTITY, isolateGit } from "./fixture.js";

beforeAll(() => {
  isolateGit();
  Object.assign(process.env, {
    GIT_AUTHOR_NAME: IDENTITY.name,
    GIT_AUTHOR_EMAIL: IDENTITY.email,
    GIT_COMMITTER_NAME: IDENTITY.name,
    GIT_COMMITTER_EMAIL: IDENTITY.email,
  });
});

const GITHUB_VARS = ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_URL", "GITHUB_REPOSITORY"];
beforeEach(() => {
  for (const v of GITHUB_VARS) Reflect.deleteProperty(process.env, v);
});

const BRANCH = "promote/prod/cms";

function client(fake: FakeGitHub, token = fake.token, repo = fake.repo): GitHubRepo {
  return { client: getOctokit(token, { baseUrl: fake.url }), owner: fake.owner, repo };
}

function run(repo: TestRepo, options: Partial<PromoteOptions> = {}) {
  return promote({
    repo: repo.dir,
    from: "staging",
    to: "prod",
    services: ["cms"],
    mode: "pr",
    git: { identity: IDENTITY },
    ...options,
  });
}

async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (err) {
    if (isUserError(err)) return err;
    throw err;
  }
  throw new Error("expected a UserError");
}

describe("GitHub refusing the pull request after the push", () => {
  let gh: FakeGitHub;
  afterEach(async () => {
    gh.assertClean();
    await gh.close();
  });

  it("a bad token: names the repository and the permission, keeps the branch, and a re-run opens the PR", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const err = await userError(run(repo, { github: client(gh, "ghs_not_a_token") }));
    expect(err.message).toMatch(
      /^cannot open the pull request for promote\/prod\/cms in acme\/infra-gitops: GitHub refused the token \(401 Bad credentials\); give a valid token .* with pull-requests: write and contents: write on acme\/infra-gitops\. The branch promote\/prod\/cms was pushed to origin \([0-9a-f]{12}\) and is kept; run the same command again to open the pull request$/,
    );
    expect(gh.takeViolations().map((v) => v.kind)).toEqual(["auth"]);
    const pushed = git(repo.remote, "rev-parse", BRANCH);
    const again = await run(repo, { github: client(gh) });
    expect(again.status).toBe("unchanged");
    expect(again.commit).toBe(pushed);
    expect(again.pr).toMatchObject({ number: 1, action: "created" });
    expect(gh.repository.issues.get(1)?.pull?.head).toBe(BRANCH);
  });

  it("an unknown repository (404): names it and says the token must be able to see it", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const err = await userError(run(repo, { github: client(gh, gh.token, "infra-gitpos") }));
    expect(err.message).toContain(
      "cannot open the pull request for promote/prod/cms in acme/infra-gitpos: GitHub answered 404 Not Found; check that the repository acme/infra-gitpos exists and that the token can see it",
    );
    expect(git(repo.remote, "rev-parse", BRANCH)).toMatch(/^[0-9a-f]{40}$/);
    expect((await run(repo, { github: client(gh) })).pr?.action).toBe("created");
  });

  it('"GitHub Actions is not permitted to create or approve pull requests" names the setting to change', async () => {
    gh = await startFakeGitHub();
    gh.seed.settings({ actionsCanCreatePullRequests: false });
    const repo = createTestRepo(exampleFiles());
    const err = await userError(run(repo, { github: client(gh) }));
    expect(err.message).toContain(
      'in acme/infra-gitops: GitHub Actions is not permitted to create or approve pull requests (403); allow it in acme/infra-gitops Settings > Actions > General > Workflow permissions ("Allow GitHub Actions to create and approve pull requests"), or use a GitHub App token with pull-requests: write',
    );
    expect(gh.repository.issues.size).toBe(0);
    gh.seed.settings({ actionsCanCreatePullRequests: true });
    const again = await run(repo, { github: client(gh) });
    expect(again).toMatchObject({ status: "unchanged", pr: { number: 1, action: "created" } });
  });

  it("the CLI ends with exit 2 and the one message, not as a bug", async () => {
    gh = await startFakeGitHub();
    gh.seed.settings({ actionsCanCreatePullRequests: false });
    const repo = createTestRepo(exampleFiles());
    Object.assign(process.env, {
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: "acme/infra-gitops",
    });
    const first = await cli("promote", "staging", "prod", "cms", "--pr", "--repo", repo.dir);
    expect(first.code).toBe(2);
    expect(first.stderr).not.toContain("bug");
    expect(first.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(first.stderr).toMatch(
      /^gitops: cannot open the pull request for promote\/prod\/cms in acme\/infra-gitops: GitHub Actions is not permitted/,
    );
    expect(first.stderr).not.toContain(gh.token);
    gh.seed.settings({ actionsCanCreatePullRequests: true });
    const second = await cli("promote", "staging", "prod", "cms", "--pr", "--repo", repo.dir);
    expect(second.stderr).not.toContain("gitops:");
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/already holds this promotion .*pull request #1 created/);
  });
});

describe("a git remote that never answers", () => {
  let server: Server | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => {
      if (server)
        server.close(() => {
          resolve();
        });
      else resolve();
    });
  });

  it("stops git at the timeout with exit-2 advice naming the remote; a re-run against a live remote finishes", async () => {
    // Accepts connections and never says a word, like a firewall that swallows them.
    server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const repo = createTestRepo(exampleFiles());
    const url = `http://127.0.0.1:${port}/remote.git`;
    repo.git("remote", "set-url", "origin", url);
    const err = await userError(run(repo, { mode: "push", git: { identity: IDENTITY, timeoutMs: 1500 } }));
    expect(err.message).toBe(
      `git fetch (remote "origin" at ${url}) did not finish within 2 s and was stopped (is the remote reachable? GITOPS_GIT_TIMEOUT sets the limit in seconds); nothing was changed locally, run the same command again`,
    );
    expect(repo.git("branch", "--list", "promote/*")).toBe("");
    repo.git("remote", "set-url", "origin", repo.remote);
    const again = await run(repo, { mode: "push" });
    expect(again.status).toBe("pushed");
    expect(git(repo.remote, "rev-parse", BRANCH)).toBe(again.commit);
  });
});

describe("nothing lost on the local promotion branch", () => {
  it("refuses to push over a commit made there by hand, names it, and keeps it once it is pushed", async () => {
    const repo = createTestRepo(exampleFiles());
    const committed = await run(repo, { mode: "commit" });
    repo.git("checkout", "--quiet", BRANCH);
    const hand = repo.commit("Pin the cms canary by hand", { "apps/cms/overlays/prod/NOTE.txt": "canary\n" });
    repo.git("checkout", "--quiet", "main");
    const err = await userError(run(repo, { mode: "push" }));
    expect(err.message).toBe(
      `the local branch ${BRANCH} has 1 commit(s) that origin does not have and this run would drop: ${hand.slice(0, 12)} "Pin the cms canary by hand". ` +
        `Nothing was pushed. Push them (git push origin ${BRANCH}) to keep them on the pull request, or drop them (git branch -D ${BRANCH}), then run again.`,
    );
    expect(repo.git("rev-parse", BRANCH)).toBe(hand);
    expect(repo.git("ls-remote", "origin", BRANCH)).toBe("");
    // Pushed, the hand commit is the remote's and the promotion builds on it.
    repo.git("push", "--quiet", "origin", BRANCH);
    const pushed = await run(repo, { mode: "push" });
    expect(pushed.status).toBe("unchanged");
    expect(git(repo.remote, "rev-parse", BRANCH)).toBe(hand);
    expect(git(repo.remote, "rev-parse", `${BRANCH}^`)).toBe(committed.commit);
  });

  it("replaces only its own earlier promotion commits on the local branch", async () => {
    const repo = createTestRepo(exampleFiles());
    const staging = "apps/cms/overlays/staging/kustomization.yaml";
    await run(repo, { mode: "commit" });
    repo.commit("cms 1.16.0 to staging", { [staging]: exampleFiles()[staging]!.replace("1.15.0", "1.16.0") });
    const pushed = await run(repo, { mode: "push" });
    expect(pushed.status).toBe("pushed");
    expect(repo.git("rev-parse", BRANCH)).toBe(pushed.commit);
    expect(git(repo.remote, "show", `${BRANCH}:apps/cms/overlays/prod/kustomization.yaml`)).toContain(
      "newTag: 1.16.0",
    );
  });
});
