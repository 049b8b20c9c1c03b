// The preview action end to end: its bundle run as the runner runs it on pull_request events
// (GITOPS_DIST selects a build), with the real kustomize, against the OpenAPI-checked fake
// GitHub: one sticky comment created, updated on the next push, marked torn down on close; a
// pull request with no preview gets no comment.
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { startFakeGitHub } from "../support/fake-github/index.js";
import { runAction } from "../support/run-action.js";
import { fixtureCopy, SHA } from "./support.js";

type FakeGitHub = Awaited<ReturnType<typeof startFakeGitHub>>;

let gh: FakeGitHub;
let workspace: string;
let env: Record<string, string>;

beforeAll(async () => {
  workspace = fixtureCopy();
  gh = await startFakeGitHub({ owner: "example-org", repo: "infra-gitops" });
  env = {
    PATH: `${(await testBinaries()).dir}:/usr/bin:/bin`,
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: "example-org/infra-gitops",
  };
});

afterAll(async () => {
  await gh.close();
  rmSync(dirname(workspace), { recursive: true, force: true });
});

function event(action: string, number: number, headSha: string, labels: string[], state = "open") {
  return {
    action,
    number,
    pull_request: {
      number,
      state,
      title: "Add the login page",
      draft: false,
      user: { login: "octocat" },
      labels: labels.map((name) => ({ name })),
      head: { ref: "feat/login", sha: headSha },
      base: { ref: "main", sha: "1111111111111111111111111111111111111111" },
    },
  };
}

const run = (payload: unknown) =>
  runAction(
    "preview",
    { "github-token": gh.token },
    { workspace, env, event: payload, eventName: "pull_request", timeoutMs: 300_000 },
  );

const commentsOn = (issue: number) =>
  [...gh.repository.comments.values()].filter((c) => c.issueNumber === issue);

describe("actions/preview", () => {
  it("posts one comment with the previews, updates it on a push, and marks it torn down on close", async () => {
    const pr = gh.seed.pull({ head: "feat/login", labels: ["preview"] });
    const opened = await run(event("opened", pr.number, SHA, ["preview"]));
    expect(opened.stderr).toBe("");
    expect(opened.exitCode).toBe(0);
    expect(opened.outputs).toMatchObject({ status: "previewed", count: "1", errors: "0", warnings: "0" });
    const urls = [
      `http://api-pr-${pr.number}.preview.example.com`,
      `http://docs-pr-${pr.number}.preview.example.com`,
      `https://web-pr-${pr.number}.preview.example.com`,
    ];
    expect(JSON.parse(opened.outputs.urls ?? "")).toEqual(urls);
    expect(JSON.parse(opened.outputs.applications ?? "")).toEqual([
      {
        name: `web-pr-${pr.number}`,
        namespace: `web-pr-${pr.number}`,
        targets: [`applications/_/web-pr-${pr.number}`],
        urls,
      },
    ]);
    let comments = commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.split("\n")[0]).toBe("<!-- gitops-actions:preview -->");
    expect(comments[0]?.body).toContain(`### Preview of #${pr.number} at <code>089d92cb</code>`);
    expect(comments[0]?.body).toContain(`https://web-pr-${pr.number}.preview.example.com`);
    expect(opened.summary).toContain(`<code>web-pr-${pr.number}</code>`);

    const pushed = "9b34ff5bd418e57d58891eb0aa0728043ca1e8be";
    const sync = await run(event("synchronize", pr.number, pushed, ["preview"]));
    expect(sync.exitCode).toBe(0);
    comments = commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("at <code>9b34ff5b</code>");

    const closed = await run(event("closed", pr.number, pushed, ["preview"], "closed"));
    expect(closed.exitCode).toBe(0);
    expect(closed.outputs).toMatchObject({ status: "closed", count: "1" });
    comments = commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(`### Preview of #${pr.number}: torn down`);
    expect(comments[0]?.body).toContain(
      `| <code>web-pr-${pr.number}</code> | <code>web-pr-${pr.number}</code> |`,
    );
    expect(gh.requests.filter((q) => q.operationId === "issues/update-comment")).toHaveLength(2);
    gh.assertClean();
  });

  it("posts nothing for a pull request that gets no preview, and says why in the log", async () => {
    const pr = gh.seed.pull({ head: "fix/typo" });
    const r = await run(event("opened", pr.number, SHA, []));
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: "none", count: "0", applications: "[]" });
    expect(r.stdout).toContain(`no pullRequest generator selects pull request #${pr.number}`);
    expect(commentsOn(pr.number)).toHaveLength(0);
    gh.assertClean();
  });

  it("updates its comment to say there is no preview when the label goes", async () => {
    const pr = gh.seed.pull({ head: "feat/login", labels: ["preview"] });
    expect((await run(event("labeled", pr.number, SHA, ["preview"]))).outputs.status).toBe("previewed");
    const r = await run(event("unlabeled", pr.number, SHA, []));
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe("none");
    const comments = commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("No preview: no pullRequest generator selects pull request");
    gh.assertClean();
  });

  it("exits 2 naming the event file when the event is not about a pull request", async () => {
    const r = await runAction(
      "preview",
      { comment: "false" },
      { workspace, env, event: { ref: "refs/heads/main" } },
    );
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0]?.message).toMatch(/^the event file .*event\.json holds no pull_request/);
  });
});
