// ChatOps /sync waits for the outcome: the fake Argo CD's scripted transitions (one step per read)
// take the Application through its sync, and the one reply is completed with how it ended.
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { runChatOps, type CommentEvent } from "../../packages/promote/src/index.js";
import { endOf } from "../../packages/promote/src/chatops-sync-wait.js";
import { copyExample } from "../support/example.js";
import { startFakeArgoCD, type FakeArgoCD, type SeedApp } from "../support/fake-argocd/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { isolateGit } from "./fixture.js";

const REPO_URL = "https://github.com/example-org/infra-gitops.git";
const OLD = "a".repeat(40);
const NEW = "b".repeat(40);

beforeAll(isolateGit);

let gh: FakeGitHub;
let argo: FakeArgoCD;

/** web-staging, with its last sync (before ours) started at 10:00 and done. */
function webStaging(more: Partial<SeedApp> = {}): SeedApp {
  return {
    name: "web-staging",
    project: "staging",
    source: { repoURL: REPO_URL, path: "apps/web/overlays/staging", targetRevision: "main" },
    sync: "OutOfSync",
    history: [{ revision: OLD, deployedAt: "2026-11-30T10:00:00Z" }],
    operationState: { phase: "Succeeded", revision: OLD, startedAt: "2026-11-30T10:00:00Z" },
    ...more,
  };
}

const ours = { revision: NEW, startedAt: "2026-12-01T09:00:00Z" };

async function setup() {
  gh = await startFakeGitHub();
  argo = await startFakeArgoCD();
  const repo = createTestRepo();
  copyExample(repo.dir);
  repo.commit("the example", {
    ".gitops.yaml": `environments: [staging, prod]\nrender:\n  repoURLs: ["${REPO_URL}"]\n`,
  });
  argo.app(webStaging());
  gh.seed.role("alice", "write");
  const issue = gh.seed.issue({ title: "Release 42" });
  const github = { client: getOctokit(gh.token, { baseUrl: gh.url }), owner: gh.owner, repo: gh.repo };
  const sync = async (timeoutMs: number) => {
    const body = "/sync web staging";
    const c = gh.seed.comment({ issue: issue.number, body, user: "alice" });
    const event: CommentEvent = {
      action: "created",
      commentId: c.id,
      body,
      user: "alice",
      userType: "User",
      issueNumber: issue.number,
    };
    const result = await runChatOps({
      event,
      github,
      repo: repo.dir,
      argocd: { env: { ARGOCD_SERVER: argo.url, ARGOCD_AUTH_TOKEN: argo.token } },
      syncWait: { timeoutMs, intervalMs: 1 },
    });
    return { result, reactions: c.reactions.map((r) => r.content) };
  };
  const replies = () =>
    [...gh.repository.comments.values()].filter((c) => c.user === "github-actions[bot]").map((c) => c.body);
  return { sync, replies, repo, issue };
}

describe("ChatOps /sync waits for the outcome", () => {
  afterEach(async () => {
    gh.assertClean();
    argo.assertClean();
    await gh.close();
    await argo.close();
  });

  it("follows the sync to Synced and Healthy at the synced revision, and completes its one reply", async () => {
    const t = await setup();
    // Reads: the list (before the sync), then one Get per step.
    argo.state.script(
      "web-staging",
      webStaging(),
      webStaging({ operationState: { phase: "Running", ...ours } }),
      webStaging({
        sync: "Synced",
        revision: NEW,
        health: "Progressing",
        operationState: { phase: "Succeeded", ...ours },
      }),
      webStaging({
        sync: "Synced",
        revision: NEW,
        operationState: { phase: "Succeeded", message: "successfully synced (all tasks run)", ...ours },
      }),
    );
    const { result, reactions } = await t.sync(600_000);
    expect(result.status).toBe("synced");
    expect(result.reason).toBeUndefined();
    expect(result.syncs?.[0]?.end).toEqual({
      outcome: "succeeded",
      phase: "Succeeded",
      message: "successfully synced (all tasks run)",
      sync: "Synced",
      health: "Healthy",
      revision: NEW,
    });
    // Never a revision in the sync request.
    expect(argo.state.syncs).toEqual([
      { name: "web-staging", body: { name: "web-staging", project: "staging" } },
    ]);
    expect(argo.requests.filter((r) => r.operationId === "ApplicationService_Get")).toHaveLength(4);
    const replies = t.replies();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain(
      `| [web-staging](${argo.url}/applications/argocd/web-staging) | Succeeded, Synced: successfully synced (all tasks run) | Healthy | ${NEW.slice(0, 12)} |`,
    );
    expect(replies[0]).toContain("Argo CD synced each Application to its own target revision.");
    // Posted first ("sync started"), then completed in place.
    const writes = gh.requests.filter((r) => r.method !== "GET").map((r) => r.operationId);
    expect(writes).toEqual([
      "reactions/create-for-issue-comment",
      "issues/create-comment",
      "issues/update-comment",
      "reactions/create-for-issue-comment",
    ]);
    const first = gh.requests.find((r) => r.operationId === "issues/create-comment")?.body as {
      body: string;
    };
    expect(first.body).toContain("| sync started (to its target revision main) |");
    expect(first.body).toContain("Waiting up to 10m for the outcome; this comment is updated then.");
    expect(reactions).toEqual(["eyes", "rocket"]);
  });

  it("reports a failed sync with Argo CD's message rendered inert", async () => {
    const t = await setup();
    const message =
      "one or more objects failed to apply | <img src=x onerror=alert(1)> @acme/ops [click](https://evil.example)";
    argo.state.script(
      "web-staging",
      webStaging(),
      webStaging({ health: "Degraded", operationState: { phase: "Failed", message, ...ours } }),
    );
    const { result, reactions } = await t.sync(600_000);
    expect(result.status).toBe("synced");
    expect(result.syncs?.[0]?.end).toMatchObject({
      outcome: "failed",
      phase: "Failed",
      message,
      health: "Degraded",
    });
    expect(result.reason).toBe(`web-staging: ${message}`);
    const [reply = ""] = t.replies();
    expect(reply).toContain(
      "| Failed: one or more objects failed to apply &#124; &#60;img src=x onerror=alert(1)&#62; @\u200bacme/ops &#91;click&#93;(https://evil.example) | Degraded |",
    );
    expect(reply).not.toMatch(/<img|@acme|\[click\]/);
    expect(reactions).toEqual(["eyes", "confused"]);
  });

  it("says the sync is still running at the timeout, with a link to the app", async () => {
    const t = await setup();
    // Every read after the sync request sees it pending (the fake never runs it): no outcome.
    argo.state.script("web-staging", webStaging({ sync: "Synced", revision: OLD }));
    const { result, reactions } = await t.sync(20);
    expect(result.status).toBe("synced");
    expect(result.syncs?.[0]?.end).toEqual({ outcome: "running", sync: "Synced", health: "Healthy" });
    const [reply = ""] = t.replies();
    expect(reply).toContain(
      `| [web-staging](${argo.url}/applications/argocd/web-staging) | still running after 0s (operation not finished, Synced) |`,
    );
    expect(reply).toContain("Still running after 0s: follow it in Argo CD (linked above) or with `/status`.");
    expect(reactions).toEqual(["eyes", "rocket"]);
  });
});

describe("the promote action's sync-timeout input", () => {
  afterEach(async () => {
    gh.assertClean();
    argo.assertClean();
    await gh.close();
    await argo.close();
  });

  it("refuses a value that is not a duration: exit 2 naming the input, nothing synced or posted", async () => {
    const t = await setup();
    const c = gh.seed.comment({ issue: t.issue.number, body: "/sync web staging", user: "alice" });
    const run = await runAction(
      "promote",
      {
        mode: "chatops",
        token: gh.token,
        "argocd-server": argo.url,
        "argocd-token": argo.token,
        "sync-timeout": "soon",
      },
      {
        workspace: t.repo.dir,
        env: {
          GITHUB_API_URL: gh.url,
          GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
          GIT_CONFIG_GLOBAL: "/dev/null",
        },
        event: {
          action: "created",
          issue: { number: t.issue.number },
          comment: { id: c.id, body: c.body, user: { login: "alice", type: "User" } },
        },
        eventName: "issue_comment",
      },
    );
    expect(run.exitCode).toBe(2);
    expect(run.annotations.map((a) => a.message)).toEqual([
      'Input "sync-timeout" must be a duration like 30m, 2h, 1d or 45s, got "soon"',
    ]);
    expect(run.stdout).not.toContain("This is a bug");
    expect(argo.requests).toEqual([]);
    expect(t.replies()).toEqual([]);
  });
});

describe("endOf", () => {
  const app = (status: object, operation?: object) => ({ status, ...(operation ? { operation } : {}) });

  it("waits while an operation is requested, even if the last one succeeded", () => {
    const done = { phase: "Succeeded", startedAt: "t1", syncResult: { revision: NEW } };
    const status = {
      sync: { status: "Synced", revision: NEW },
      health: { status: "Healthy" },
      operationState: done,
    };
    expect(endOf(app(status, { sync: {} }), "t0").outcome).toBe("running");
    expect(endOf(app(status), "t0").outcome).toBe("succeeded");
    expect(endOf(app(status), "t1").outcome).toBe("running");
  });

  it("waits for the synced revision: Synced at another revision is not the outcome", () => {
    const op = { phase: "Succeeded", startedAt: "t1", syncResult: { revision: NEW } };
    const status = {
      sync: { status: "Synced", revision: OLD },
      health: { status: "Healthy" },
      operationState: op,
    };
    expect(endOf(app(status)).outcome).toBe("running");
  });
});
