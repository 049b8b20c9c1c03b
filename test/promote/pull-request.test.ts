// The promotion pull request against the fake GitHub: create, update, idempotency, reviewers, gate.
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { promote, type GitHubRepo, type PromoteOptions } from "../../packages/promote/src/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, git } from "../support/git.js";
import { exampleFiles, IDENTITY, isolateGit } from "./fixture.js";

beforeAll(isolateGit);

let gh: FakeGitHub;
afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

function client(fake: FakeGitHub, token = fake.token): GitHubRepo {
  return { client: getOctokit(token, { baseUrl: fake.url }), owner: fake.owner, repo: fake.repo };
}

function run(dir: string, github: GitHubRepo, options: Partial<PromoteOptions> = {}) {
  return promote({
    repo: dir,
    from: "staging",
    to: "prod",
    services: ["cms", "web"],
    mode: "pr",
    github,
    git: { identity: IDENTITY },
    ...options,
  });
}

const writes = (requests: FakeGitHub["requests"]) =>
  requests.filter((r) => r.method !== "GET").map((r) => r.operationId);

describe("the promotion pull request", () => {
  it("opens one PR with the title, change table, source SHA, drift, labels and CODEOWNERS teams", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const head = repo.git("rev-parse", "HEAD");
    const result = await run(repo.dir, client(gh));
    expect(result.status).toBe("pushed");
    expect(result.pr).toMatchObject({ number: 1, action: "created" });
    const pr = gh.repository.issues.get(1)!;
    expect(pr.title).toBe("Promote cms, web to prod");
    expect(pr.pull).toMatchObject({ head: "promote/prod/cms-web", base: "main" });
    expect(pr.body).toContain(
      "| cms | `apps/cms/overlays/prod/kustomization.yaml` | `images[ghcr.io/example-org/cms].newTag` | `1.14.2` | `1.15.0` |",
    );
    expect(pr.body).toContain(
      "| web | `apps/web/overlays/prod/kustomization.yaml` | `images[ghcr.io/example-org/web].newTag` | `2.7.4` | `2.8.1` |",
    );
    expect(pr.body).toContain(`Source commit: \`${head}\` (trailer \`Promoted-From: staging@${head}\`)`);
    expect(pr.body).toMatch(
      /<summary>Drift: \d+ field\(s\) differ between staging and prod and are not promoted \(information only\)<\/summary>/,
    );
    expect(pr.body).toContain(
      "| cms | `apps/cms/overlays/prod/kustomization.yaml` | `replicas[cms].count` | `1` | `3` |",
    );
    expect([...pr.labels].sort()).toEqual(["env:prod", "promotion"]);
    expect(pr.pull?.teamReviewers.sort()).toEqual(["cms-team", "platform", "web-team"]);
    expect(pr.pull?.reviewers).toEqual([]);
    expect(git(repo.remote, "rev-parse", "promote/prod/cms-web")).toBe(result.commit);
  });

  it("changes nothing on GitHub or in git when run again with the same result", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const first = await run(repo.dir, client(gh));
    const before = gh.requests.length;
    const second = await run(repo.dir, client(gh));
    expect(second.status).toBe("unchanged");
    expect(second.pr).toMatchObject({ number: first.pr?.number, action: "unchanged" });
    expect(writes(gh.requests.slice(before))).toEqual([]);
    expect(gh.repository.issues.size).toBe(1);
    expect(git(repo.remote, "rev-parse", "promote/prod/cms-web")).toBe(first.commit);
  });

  it("updates the open PR instead of opening a second one when staging moved", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    await run(repo.dir, client(gh));
    const file = "apps/web/overlays/staging/kustomization.yaml";
    repo.commit("web 2.9.0 in staging", { [file]: exampleFiles()[file]!.replace("2.8.1", "2.9.0") });
    const before = gh.requests.length;
    const second = await run(repo.dir, client(gh));
    expect(second.status).toBe("pushed");
    expect(second.pr).toMatchObject({ number: 1, action: "updated" });
    expect(gh.repository.issues.size).toBe(1);
    expect(gh.repository.issues.get(1)?.body).toContain("`2.9.0`");
    expect(writes(gh.requests.slice(before))).toEqual(["pulls/update"]);
  });

  it("requests people from CODEOWNERS but never the PR's author", async () => {
    gh = await startFakeGitHub();
    const files = exampleFiles();
    files.CODEOWNERS =
      "* @example-org/platform\n/apps/cms/ @alice @promo-bot @acme/cms-team\n# docs\n/apps/web/ alice@example.com\n";
    const repo = createTestRepo(files);
    const result = await run(repo.dir, client(gh, gh.tokenFor("promo-bot")));
    expect(result.pr?.requested).toEqual({ reviewers: ["alice"], teamReviewers: ["cms-team"] });
    expect(gh.repository.issues.get(1)?.pull?.reviewers).toEqual(["alice"]);
  });
});

describe("the required-checks gate", () => {
  it("refuses when a required check failed on the source commit, pushing nothing", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo({
      ...exampleFiles(),
      ".gitops.yaml": "environments: [staging, prod]\npromote:\n  requiredChecks: [validate]\n",
    });
    const head = repo.git("rev-parse", "HEAD");
    gh.seed.checkRun({ ref: head, name: "validate", conclusion: "failure" });
    gh.seed.checkRun({ ref: head, name: "lint", conclusion: "success" });
    const result = await run(repo.dir, client(gh), { requiredChecks: ["lint", "policy"] });
    expect(result.status).toBe("refused");
    expect(result.reason).toBe(
      `required checks did not pass on ${head.slice(0, 12)}: "validate" concluded failure, "policy" has not run`,
    );
    expect(repo.git("ls-remote", "origin", "refs/heads/promote/*")).toBe("");
    expect(gh.repository.issues.size).toBe(0);
  });

  it("promotes once the newest run of each required check passed", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const head = repo.git("rev-parse", "HEAD");
    gh.seed.checkRun({ ref: head, name: "validate", conclusion: "failure" });
    gh.seed.checkRun({ ref: head, name: "validate", conclusion: "success" });
    gh.seed.checkRun({ ref: head, name: "policy", conclusion: "skipped" });
    const result = await run(repo.dir, client(gh), { requiredChecks: ["validate", "policy"] });
    expect(result.status).toBe("pushed");
    expect(result.pr?.action).toBe("created");
  });

  it("refuses while a required check is still running", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    gh.seed.checkRun({ ref: repo.git("rev-parse", "HEAD"), name: "validate", status: "in_progress" });
    const result = await run(repo.dir, client(gh), { requiredChecks: ["validate"] });
    expect(result.status).toBe("refused");
    expect(result.reason).toMatch(/"validate" is in progress$/);
  });
});
