// The promote action end to end: the bundle in dist/ run as the runner runs it, against
// a test repo with a bare remote and the fake GitHub API.
import { afterEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, git } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { exampleFiles } from "../promote/fixture.js";

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

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("actions/promote", () => {
  it("promotes, pushes and opens the pull request, with outputs, annotations and a summary", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const head = repo.git("rev-parse", "HEAD");
    const result = await runAction(
      "promote",
      { from: "staging", to: "prod", services: "cms\nweb", token: gh.token },
      { workspace: repo.dir, env: env(gh) },
    );
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      status: "pushed",
      count: "2",
      branch: "promote/prod/cms-web",
      "source-sha": head,
      "pr-number": "1",
    });
    expect(result.outputs["pr-url"]).toMatch(/\/acme\/infra-gitops\/pull\/1$/);
    expect(JSON.parse(result.outputs.results!)).toEqual([
      {
        env: "prod",
        status: "pushed",
        branch: "promote/prod/cms-web",
        prNumber: 1,
        prUrl: result.outputs["pr-url"],
      },
    ]);
    expect(result.outputs.commit).toBe(git(repo.remote, "rev-parse", "promote/prod/cms-web"));
    expect(JSON.parse(result.outputs.changes!)).toEqual([
      {
        env: "prod",
        service: "cms",
        file: "apps/cms/overlays/prod/kustomization.yaml",
        field: "images[ghcr.io/example-org/cms].newTag",
        from: "1.14.2",
        to: "1.15.0",
      },
      {
        env: "prod",
        service: "web",
        file: "apps/web/overlays/prod/kustomization.yaml",
        field: "images[ghcr.io/example-org/web].newTag",
        from: "2.7.4",
        to: "2.8.1",
      },
    ]);
    expect(result.annotations.map((a) => [a.level, a.properties.file, a.properties.line])).toEqual([
      ["notice", "apps/cms/overlays/prod/kustomization.yaml", "17"],
      ["notice", "apps/web/overlays/prod/kustomization.yaml", "21"],
    ]);
    expect(result.summary).toContain("### gitops promote: cms, web from staging to prod");
    expect(result.summary).toMatch(/Pull request \[#1\]\(http.*\/pull\/1\) created\./);
    expect(git(repo.remote, "log", "-1", "--format=%an <%ae>", "promote/prod/cms-web")).toBe(
      "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
    );
    // The token is masked in every form a git header could carry it, and never printed.
    expect(result.masks).toContain(gh.token);
    expect(result.masks.some((m) => b64(`x-access-token:${gh.token}`).includes(m) && m !== gh.token)).toBe(
      true,
    );
    expect(
      result.stdout
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n"),
    ).not.toContain(gh.token);
  });

  it("shows the diff in the summary with dry-run and pushes nothing", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const result = await runAction(
      "promote",
      { from: "staging", to: "prod", services: "queue", "dry-run": "true", token: gh.token },
      { workspace: repo.dir, env: env(gh) },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe("dry-run");
    expect(result.summary).toContain(
      "```diff\n--- a/apps/queue/overlays/prod/values.yaml\n+++ b/apps/queue/overlays/prod/values.yaml\n",
    );
    expect(result.summary).toContain('-  tag: "0.9.1"\n+  tag: "0.9.3"');
    expect(repo.git("ls-remote", "origin")).not.toContain("promote/");
    expect(gh.requests).toEqual([]);
  });

  it("fails with exit 2 naming an unknown service, and a pull request without push", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const unknown = await runAction(
      "promote",
      { from: "staging", to: "prod", services: "billing", token: gh.token },
      { workspace: repo.dir, env: env(gh) },
    );
    expect(unknown.exitCode).toBe(2);
    expect(unknown.annotations).toEqual([
      { level: "error", message: 'unknown service "billing"; known: cms, queue, web', properties: {} },
    ]);
    const noPush = await runAction(
      "promote",
      { from: "staging", to: "prod", services: "cms", push: "false", token: gh.token },
      { workspace: repo.dir, env: env(gh) },
    );
    expect(noPush.exitCode).toBe(2);
    expect(noPush.annotations[0]?.message).toBe(
      'Input "pull-request" needs "push": a pull request needs the pushed branch',
    );
  });

  it("fails the step with the reason when the required-checks gate refuses", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    gh.seed.checkRun({ ref: repo.git("rev-parse", "HEAD"), name: "validate", status: "queued" });
    const result = await runAction(
      "promote",
      { from: "staging", to: "prod", services: "cms", "required-checks": "validate", token: gh.token },
      { workspace: repo.dir, env: env(gh) },
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe("refused");
    expect(result.outputs.reason).toMatch(/"validate" is queued$/);
    expect(result.annotations.filter((a) => a.level === "error").map((a) => a.message)).toEqual([
      `promotion refused: ${result.outputs.reason}`,
    ]);
  });
});

describe("actions/promote in chatops mode", () => {
  function commentEvent(fake: FakeGitHub, body: string, user: string) {
    const issue = fake.seed.issue({ title: "Release train" });
    const comment = fake.seed.comment({ issue: issue.number, body, user });
    return {
      comment,
      event: {
        action: "created",
        issue: { number: issue.number },
        comment: { id: comment.id, body, user: { login: user, type: "User" } },
      },
    };
  }

  it("promotes on /promote from a writer and replies with the pull request", async () => {
    gh = await startFakeGitHub();
    gh.seed.role("alice", "write");
    const repo = createTestRepo(exampleFiles());
    const { comment, event } = commentEvent(gh, "/promote web to prod", "alice");
    const result = await runAction(
      "promote",
      { mode: "chatops", token: gh.token },
      { workspace: repo.dir, env: env(gh), event, eventName: "issue_comment" },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ status: "pushed", branch: "promote/prod/web", "pr-number": "2" });
    expect(comment.reactions.map((r) => r.content)).toEqual(["eyes", "rocket"]);
    const reply = [...gh.repository.comments.values()].at(-1);
    expect(reply?.user).toBe("github-actions[bot]");
    expect(reply?.body).toMatch(/^@alice promoting \*\*web\*\* from `staging` to `prod`: #2 /);
  });

  it("refuses a commenter without write access: replies, warns, and the step succeeds", async () => {
    gh = await startFakeGitHub();
    gh.seed.role("eve", "read");
    const repo = createTestRepo(exampleFiles());
    const { event } = commentEvent(gh, "/promote cms", "eve");
    const result = await runAction(
      "promote",
      { mode: "chatops", token: gh.token },
      { workspace: repo.dir, env: env(gh), event, eventName: "issue_comment" },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({
      status: "refused",
      reason: "@eve needs write access to acme/infra-gitops to promote (has: read)",
    });
    expect(result.annotations.map((a) => a.level)).toEqual(["warning"]);
    expect([...gh.repository.comments.values()].at(-1)?.body).toMatch(
      /^@eve the promotion was refused: @\u200beve needs write access/,
    );
    expect(repo.git("ls-remote", "origin")).not.toContain("promote/");
  });

  it("ignores a comment that is not a command", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const { event } = commentEvent(gh, "ship it", "alice");
    const result = await runAction(
      "promote",
      { mode: "chatops", token: gh.token },
      { workspace: repo.dir, env: env(gh), event, eventName: "issue_comment" },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ status: "ignored", reason: "the comment is not a /promote command" });
    expect(gh.requests).toEqual([]);
  });

  it("fails with exit 2 when chatops runs on another event", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    const result = await runAction(
      "promote",
      { mode: "chatops", token: gh.token },
      { workspace: repo.dir, env: env(gh) },
    );
    expect(result.exitCode).toBe(2);
    expect(result.annotations[0]?.message).toBe(
      'mode "chatops" runs on issue_comment events, but this run was triggered by "push"',
    );
  });
});
