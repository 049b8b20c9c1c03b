// ChatOps: parsing the comment, who may promote, and the whole round against the fake GitHub.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/index.js";
import {
  parsePromoteComment,
  readCommentEvent,
  runChatOps,
  type CommentEvent,
  type GitHubRepo,
} from "../../packages/promote/src/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, git } from "../support/git.js";
import { exampleFiles, IDENTITY, isolateGit } from "./fixture.js";

beforeAll(isolateGit);

describe("parsePromoteComment", () => {
  it("reads services and an optional target env from the first line", () => {
    expect(parsePromoteComment("/promote cms web")).toEqual({ services: ["cms", "web"] });
    expect(parsePromoteComment("  /promote cms, web to prod\nthanks!")).toEqual({
      services: ["cms", "web"],
      to: "prod",
    });
    expect(parsePromoteComment("/promote queue queue")).toEqual({ services: ["queue"] });
  });

  it("ignores comments that are not the command", () => {
    expect(parsePromoteComment("please /promote cms")).toBeUndefined();
    expect(parsePromoteComment("/promotecms")).toBeUndefined();
    expect(parsePromoteComment("LGTM\n/promote cms")).toBeUndefined();
  });

  it.each([
    ["/promote", /name at least one service/],
    ["/promote to prod", /name at least one service/],
    ["/promote cms to prod web", /write the target env last/],
    ["/promote $(rm -rf /)", /"\$\(rm" is not a service or environment name/],
    ["/promote cms;id", /"cms;id" is not a service or environment name/],
    ["/promote ../etc", /"\.\.\/etc" is not a service/],
    ["/promote -rf", /"-rf" is not a service/],
    ["/promote cms to `prod`", /"`prod`" is not a service/],
  ])("refuses %j", (body, message) => {
    expect(() => parsePromoteComment(body)).toThrow(UserError);
    expect(() => parsePromoteComment(body)).toThrow(message);
  });
});

describe("readCommentEvent", () => {
  const file = (payload: unknown) => {
    const path = join(mkdtempSync(join(tmpdir(), "gitops-event-")), "event.json");
    writeFileSync(path, JSON.stringify(payload));
    return path;
  };

  it("takes the comment, its author and the issue from an issue_comment payload", () => {
    const path = file({
      action: "created",
      issue: { number: 7 },
      comment: { id: 99, body: "/promote cms", user: { login: "alice", type: "User" } },
    });
    expect(readCommentEvent(path, "issue_comment")).toEqual({
      action: "created",
      commentId: 99,
      body: "/promote cms",
      user: "alice",
      userType: "User",
      issueNumber: 7,
    });
  });

  it("refuses another event or a payload without a comment", () => {
    expect(() => readCommentEvent(file({}), "push")).toThrow(
      /runs on issue_comment events, but this run was triggered by "push"/,
    );
    expect(() => readCommentEvent(file({ action: "created" }), "issue_comment")).toThrow(
      /is not an issue_comment event/,
    );
  });
});

let gh: FakeGitHub;

async function setup(config = "environments: [staging, prod]\n") {
  gh = await startFakeGitHub();
  const repo = createTestRepo({ ...exampleFiles(), ".gitops.yaml": config });
  const issue = gh.seed.issue({ title: "Release 42" });
  const github: GitHubRepo = {
    client: getOctokit(gh.token, { baseUrl: gh.url }),
    owner: gh.owner,
    repo: gh.repo,
  };
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
  const chat = (event: CommentEvent) =>
    runChatOps({
      event,
      github,
      repo: repo.dir,
      git: { identity: IDENTITY },
      runUrl: "https://github.com/acme/infra-gitops/actions/runs/1",
    });
  const replies = () =>
    [...gh.repository.comments.values()].filter((c) => c.user === "github-actions[bot]").map((c) => c.body);
  return { repo, issue, comment, chat, replies };
}

describe("runChatOps", () => {
  afterEach(async () => {
    gh.assertClean();
    await gh.close();
  });

  it("promotes for a writer: reacts, opens the PR and replies with its link", async () => {
    const t = await setup();
    gh.seed.role("alice", "write");
    const { record, event } = t.comment("/promote web cms to prod");
    const result = await t.chat(event);
    expect(result.status).toBe("pushed");
    expect(result.promotion?.pr?.action).toBe("created");
    expect(gh.repository.issues.get(2)?.title).toBe("Promote cms, web to prod");
    expect(record.reactions.map((r) => r.content)).toEqual(["eyes", "rocket"]);
    const [reply] = t.replies();
    expect(reply).toMatch(
      /^@alice promoting \*\*cms, web\*\* from `staging` to `prod`: #2 \(http.*\/pull\/2, created\)/,
    );
    expect(reply).toContain("`1.15.0`");
    expect(git(t.repo.remote, "rev-parse", "promote/prod/cms-web")).toBe(result.promotion?.commit);
  });

  it("refuses a user with read access, replying with the reason and promoting nothing", async () => {
    const t = await setup();
    gh.seed.role("mallory", "triage");
    const { record, event } = t.comment("/promote cms", "mallory");
    const result = await t.chat(event);
    expect(result).toMatchObject({
      status: "refused",
      reason: "@mallory needs write access to acme/infra-gitops to promote (has: triage)",
    });
    expect(t.replies()).toEqual([
      "@mallory the promotion was refused: @\u200bmallory needs write access to acme/infra-gitops to promote (has: triage)\n\n[Workflow run](https://github.com/acme/infra-gitops/actions/runs/1)",
    ]);
    expect(record.reactions.map((r) => r.content)).toEqual(["eyes", "confused"]);
    expect(t.repo.git("ls-remote", "origin", "refs/heads/promote/*")).toBe("");
    expect(gh.repository.issues.size).toBe(1);
  });

  it("refuses a user GitHub does not know", async () => {
    const t = await setup();
    const { event } = t.comment("/promote cms", "ghost");
    gh.state.users.delete("ghost");
    const result = await t.chat(event);
    expect(result.reason).toBe("@ghost needs write access to acme/infra-gitops to promote (has: none)");
  });

  it("requires membership of a team listed for the env", async () => {
    const t = await setup(
      "environments: [staging, prod]\npromote:\n  teams:\n    prod: ['@acme/release', acme/platform]\n",
    );
    gh.seed.role("alice", "admin");
    gh.seed.role("bob", "write");
    gh.seed.teamMember("acme", "platform", "bob");
    const denied = await t.chat(t.comment("/promote cms").event);
    expect(denied.reason).toBe(
      "@alice is not in a team allowed to promote to prod (@acme/release, acme/platform)",
    );
    const allowed = await t.chat(t.comment("/promote cms", "bob").event);
    expect(allowed.status).toBe("pushed");
  });

  it("mentions nobody but the commenter in a refusal, whatever the comment or config names", async () => {
    const t = await setup("environments: [staging, prod]\npromote:\n  teams:\n    prod: ['@acme/release']\n");
    gh.seed.role("alice", "write");
    await t.chat(t.comment("/promote @everyone").event);
    await t.chat(t.comment("/promote cms").event);
    const replies = t.replies();
    expect(replies).toHaveLength(2);
    for (const reply of replies) expect(reply.match(/@[A-Za-z0-9]/g)).toEqual(["@a"]);
    expect(replies[1]).toContain("(@\u200bacme/release)");
  });

  it("refuses malformed commands and unknown names in a reply", async () => {
    const t = await setup();
    gh.seed.role("alice", "write");
    const bad = await t.chat(t.comment("/promote cms;rm").event);
    expect(bad.reason).toBe('"cms;rm" is not a service or environment name');
    const unknown = await t.chat(t.comment("/promote billing").event);
    expect(unknown.reason).toBe('unknown service "billing"; known: cms, queue, web');
    const env = await t.chat(t.comment("/promote cms to staging").event);
    expect(env.reason).toBe('"staging" is the first environment; nothing is promoted into it');
    expect(t.replies()).toHaveLength(3);
    expect(gh.repository.issues.size).toBe(1);
  });

  it("ignores edited comments, other comments and bots without a word", async () => {
    const t = await setup();
    const plain = await t.chat(t.comment("looks good").event);
    expect(plain).toEqual({ status: "ignored", reason: "the comment is not a /promote command" });
    const edited = await t.chat({ ...t.comment("/promote cms").event, action: "edited" });
    expect(edited.status).toBe("ignored");
    const bot = await t.chat({ ...t.comment("/promote cms").event, userType: "Bot" });
    expect(bot.status).toBe("ignored");
    expect(t.replies()).toEqual([]);
    expect(gh.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("answers a repeated command with the same pull request", async () => {
    const t = await setup();
    gh.seed.role("alice", "maintain");
    const first = await t.chat(t.comment("/promote queue").event);
    expect(first.status).toBe("pushed");
    const again = await t.chat(t.comment("/promote queue").event);
    expect(again.status).toBe("unchanged");
    expect(again.promotion?.pr).toMatchObject({ number: first.promotion?.pr?.number, action: "unchanged" });
    expect(gh.repository.issues.size).toBe(2);
  });

  it("replies that there is nothing to promote when prod already matches", async () => {
    const t = await setup();
    gh.seed.role("alice", "write");
    const prod = "apps/queue/overlays/prod/values.yaml";
    t.repo.commit("queue 0.9.3 in prod", { [prod]: exampleFiles()[prod]!.replace('"0.9.1"', '"0.9.3"') });
    const { record, event } = t.comment("/promote queue");
    const result = await t.chat(event);
    expect(result.status).toBe("nothing");
    expect(t.replies()).toEqual([
      "@alice nothing to promote: `prod` already has what `staging` has for queue.",
    ]);
    expect(record.reactions.map((r) => r.content)).toEqual(["eyes", "+1"]);
    expect(gh.repository.issues.size).toBe(1);
  });
});
