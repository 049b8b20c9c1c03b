// ChatOps /sync and /status: the whole round (reaction, RBAC, Argo CD, one reply) against the
// OpenAPI-checked fake GitHub and the swagger-checked fake Argo CD.
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { UserError } from "../../packages/core/src/index.js";
import { parseWords, runChatOps, type CommentEvent } from "../../packages/promote/src/index.js";
import { copyExample } from "../support/example.js";
import { startFakeArgoCD, type FakeArgoCD, type SeedApp } from "../support/fake-argocd/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { isolateGit } from "./fixture.js";

const REPO_URL = "https://github.com/example-org/infra-gitops.git";

beforeAll(isolateGit);

describe("parseWords", () => {
  it("takes at most a service and an env, as plain names", () => {
    expect(parseWords(" web  staging", "sync")).toEqual(["web", "staging"]);
    expect(parseWords("", "status")).toEqual([]);
    expect(() => parseWords("", "sync")).toThrow('write "/sync <service> [env]"');
    expect(() => parseWords("web staging prod", "status")).toThrow('write "/status [service] [env]"');
    expect(() => parseWords("web --revision=abc", "sync")).toThrow(UserError);
    expect(() => parseWords("web $(id)", "sync")).toThrow('"$(id)" is not a service or environment name');
  });
});

let gh: FakeGitHub;
let argo: FakeArgoCD;

function app(name: string, project: string, path: string, more: Partial<SeedApp> = {}): SeedApp {
  return {
    name,
    project,
    source: { repoURL: REPO_URL, path, targetRevision: "main" },
    history: [{ revision: "a".repeat(40), deployedAt: "2026-11-30T10:00:00Z" }],
    ...more,
  };
}

async function setup(teams = "promote:\n  teams:\n    prod: ['@acme/release']\n") {
  gh = await startFakeGitHub();
  argo = await startFakeArgoCD();
  const repo = createTestRepo();
  copyExample(repo.dir);
  repo.commit("the example", {
    ".gitops.yaml": `environments: [staging, prod]\nrender:\n  repoURLs: ["${REPO_URL}"]\n${teams}`,
  });
  argo.app(app("web-staging", "staging", "apps/web/overlays/staging"));
  argo.app(app("web-prod", "prod", "apps/web/overlays/prod", { sync: "OutOfSync" }));
  argo.app(app("cms-staging", "staging", "apps/cms/overlays/staging", { health: "Degraded" }));
  const issue = gh.seed.issue({ title: "Release 42" });
  const github = { client: getOctokit(gh.token, { baseUrl: gh.url }), owner: gh.owner, repo: gh.repo };
  const comment = (body: string, user = "alice") => {
    const c = gh.seed.comment({ issue: issue.number, body, user });
    const event: CommentEvent = {
      action: "created",
      commentId: c.id,
      body,
      user,
      userType: "User",
      issueNumber: issue.number,
    };
    return { record: c, event };
  };
  const chat = (
    event: CommentEvent,
    env: NodeJS.ProcessEnv = { ARGOCD_SERVER: argo.url, ARGOCD_AUTH_TOKEN: argo.token },
  ) =>
    runChatOps({
      event,
      github,
      repo: repo.dir,
      runUrl: "https://github.com/acme/infra-gitops/actions/runs/1",
      argocd: { env },
      // One look at each Application after the sync: the fake's syncs never end unless scripted
      // (chatops-sync-wait.test.ts follows them to the end).
      syncWait: { timeoutMs: 0 },
    });
  const replies = () =>
    [...gh.repository.comments.values()].filter((c) => c.user === "github-actions[bot]").map((c) => c.body);
  const syncRequests = () => argo.requests.filter((r) => r.operationId === "ApplicationService_Sync");
  return { repo, comment, chat, replies, syncRequests };
}

describe("ChatOps /sync and /status", () => {
  afterEach(async () => {
    gh.assertClean();
    argo.assertClean();
    await gh.close();
    await argo.close();
  });

  it("/sync starts a sync of the service's Applications in the env, without a revision, and replies once", async () => {
    const t = await setup();
    gh.seed.role("alice", "write");
    const { record, event } = t.comment("/sync web");
    const result = await t.chat(event);
    expect(result.status).toBe("synced");
    expect(result.syncs).toEqual([
      {
        name: "web-staging",
        started: true,
        targetRevision: "main",
        url: `${argo.url}/applications/argocd/web-staging`,
        end: { outcome: "running", sync: "Synced", health: "Healthy" },
      },
    ]);
    // The first env by default; the body names the Application and its project, never a revision.
    expect(argo.state.syncs).toEqual([
      { name: "web-staging", body: { name: "web-staging", project: "staging" } },
    ]);
    expect(record.reactions.map((r) => r.content)).toEqual(["eyes", "rocket"]);
    expect(t.replies()).toEqual([
      `@alice sync of **web** in \`staging\` (Argo CD at ${argo.url}):\n\n| Application | Result | Health | Revision |\n| --- | --- | --- | --- |\n` +
        `| [web-staging](${argo.url}/applications/argocd/web-staging) | still running after 0s (operation not finished, Synced) | Healthy |  |\n\n` +
        `Still running after 0s: follow it in Argo CD (linked above) or with \`/status\`.\n`,
    ]);
  });

  it("refuses a user without write access: a refusal reply, and Argo CD is never asked", async () => {
    const t = await setup();
    gh.seed.role("mallory", "triage");
    const { record, event } = t.comment("/sync web prod", "mallory");
    const result = await t.chat(event);
    expect(result).toMatchObject({
      status: "refused",
      reason: "@mallory needs write access to acme/infra-gitops to sync (has: triage)",
    });
    expect(t.replies()).toEqual([
      "@mallory the sync was refused: @\u200bmallory needs write access to acme/infra-gitops to sync (has: triage)" +
        "\n\n[Workflow run](https://github.com/acme/infra-gitops/actions/runs/1)",
    ]);
    expect(record.reactions.map((r) => r.content)).toEqual(["eyes", "confused"]);
    expect(argo.state.syncs).toEqual([]);
    expect(argo.requests).toEqual([]);
  });

  it("requires one of the env's promote.teams to sync it", async () => {
    const t = await setup();
    gh.seed.role("alice", "admin");
    gh.seed.role("bob", "write");
    gh.seed.teamMember("acme", "release", "bob");
    const denied = await t.chat(t.comment("/sync web prod").event);
    expect(denied.reason).toBe("@alice is not in a team allowed to sync in prod (@acme/release)");
    expect(argo.state.syncs).toEqual([]);
    const allowed = await t.chat(t.comment("/sync web prod", "bob").event);
    expect(allowed.status).toBe("synced");
    expect(argo.state.syncs.map((s) => s.name)).toEqual(["web-prod"]);
    expect(t.replies()).toHaveLength(2);
  });

  it("reports Argo CD's refusal of a token that may get but not sync, in the one reply", async () => {
    const t = await setup();
    gh.seed.role("alice", "write");
    const { record, event } = t.comment("/sync web staging");
    const token = argo.tokenFor({ get: ["*/*"] });
    const result = await t.chat(event, { ARGOCD_SERVER: argo.url, ARGOCD_AUTH_TOKEN: token });
    expect(result.status).toBe("refused");
    expect(result.syncs).toMatchObject([{ name: "web-staging", started: false }]);
    expect(result.reason).toContain("web-staging:");
    const [reply] = t.replies();
    expect(t.replies()).toHaveLength(1);
    expect(reply).toMatch(/\| \[web-staging\]\(http:.*\) \| refused: .*web-staging.*sync/);
    expect(record.reactions.map((r) => r.content)).toEqual(["eyes", "confused"]);
    expect(argo.state.syncs).toEqual([]);
  });

  it("refuses unknown names, malformed commands and a service with no Application, syncing nothing", async () => {
    const t = await setup();
    gh.seed.role("alice", "write");
    const reasons = [];
    for (const body of ["/sync", "/sync web qa", "/sync billing", "/sync web;id", "/sync queue staging"]) {
      reasons.push((await t.chat(t.comment(body).event)).reason);
    }
    expect(reasons).toEqual([
      'write "/sync <service> [env]"',
      'unknown environment "qa"; known: staging, prod',
      'unknown service "billing"; known: cms, queue, web',
      '"web;id" is not a service or environment name',
      `no Argo CD Application at ${argo.url} deploys queue in staging`,
    ]);
    expect(t.replies()).toHaveLength(5);
    expect(argo.state.syncs).toEqual([]);
  });

  it("refuses /sync when Argo CD is not configured, naming ARGOCD_SERVER", async () => {
    const t = await setup();
    gh.seed.role("alice", "write");
    const result = await t.chat(t.comment("/sync web").event, {});
    expect(result.status).toBe("refused");
    expect(result.reason).toBe(
      "Argo CD is not configured: set ARGOCD_SERVER (host[:port]) or argocd.server in .gitops.yaml",
    );
    expect(t.replies()).toHaveLength(1);
    expect(argo.requests).toEqual([]);
  });

  it("/status replies with one table of the live Applications, filtered by service or env", async () => {
    const t = await setup();
    gh.seed.role("alice", "write");
    const all = await t.chat(t.comment("/status").event);
    expect(all.status).toBe("reported");
    const web = await t.chat(t.comment("/status web").event);
    const staging = await t.chat(t.comment("/status staging").event);
    expect(web.status).toBe("reported");
    expect(staging.status).toBe("reported");
    const [allReply = "", webReply = "", stagingReply = ""] = t.replies();
    expect(allReply).toMatch(/^@alice Argo CD status at http:\/\/127\.0\.0\.1:\d+: 3 Application\(s\)\n/);
    expect(allReply).toContain(
      "| Application | Env | Service | Sync | Health | Revision | Deployed at | Current |",
    );
    expect(allReply).toMatch(
      /\| web-prod \| prod \| web \| OutOfSync \| Healthy \| aaaaaaa \| 2026-11-30T10:00:00Z \| unknown \|/,
    );
    expect(allReply).toMatch(/\| cms-staging \| staging \| cms \| Synced \| Degraded \|/);
    expect(webReply).toMatch(/status of web at .*: 2 Application\(s\)/);
    expect(webReply).not.toContain("cms-staging");
    expect(stagingReply).toMatch(/status of staging at .*: 2 Application\(s\)/);
    expect(stagingReply).not.toContain("web-prod");
    expect(argo.state.syncs).toEqual([]);
  });

  it("/status of an env is refused to a writer outside its teams, and to a reader", async () => {
    const t = await setup();
    gh.seed.role("alice", "write");
    gh.seed.role("mallory", "read");
    const prod = await t.chat(t.comment("/status web prod").event);
    expect(prod.reason).toBe("@alice is not in a team allowed to ask for the status of prod (@acme/release)");
    const reader = await t.chat(t.comment("/status", "mallory").event);
    expect(reader.reason).toBe(
      "@mallory needs write access to acme/infra-gitops to ask for status (has: read)",
    );
    expect(argo.requests).toEqual([]);
  });

  it("ignores look-alike comments without a word", async () => {
    const t = await setup();
    const result = await t.chat(t.comment("/synchronize web").event);
    expect(result.status).toBe("ignored");
    expect(t.replies()).toEqual([]);
    expect(argo.requests).toEqual([]);
  });

  it("runs through the promote action's bundle: argocd-* inputs, the token masked, one sync", async () => {
    const t = await setup();
    gh.seed.role("alice", "write");
    const { record, event } = t.comment("/sync web staging");
    const result = await runAction(
      "promote",
      {
        mode: "chatops",
        token: gh.token,
        "argocd-server": argo.url,
        "argocd-token": argo.token,
        "sync-timeout": "0",
      },
      {
        workspace: t.repo.dir,
        env: {
          GITHUB_API_URL: gh.url,
          GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
          GIT_CONFIG_GLOBAL: "/dev/null",
          GIT_CONFIG_NOSYSTEM: "1",
        },
        event: {
          action: event.action,
          issue: { number: event.issueNumber },
          comment: { id: event.commentId, body: event.body, user: { login: "alice", type: "User" } },
        },
        eventName: "issue_comment",
      },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ status: "synced" });
    expect(result.masks).toContain(argo.token);
    expect(argo.state.syncs.map((s) => s.name)).toEqual(["web-staging"]);
    expect(record.reactions.map((r) => r.content)).toEqual(["eyes", "rocket"]);
    expect(t.replies()).toHaveLength(1);
    // sync-timeout 0: one look after the sync, and the reply says it is still running.
    expect(t.replies()[0]).toContain("Still running after 0s");
  });
});
