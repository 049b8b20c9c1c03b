// ChatOps `/promote <service> to <group>` does what `gitops promote staging <group>` does: one
// promotion per env of the group (or one grouped PR), DR envs along unless --no-dr, RBAC for every
// env before anything is pushed, and one reply listing every env. Real git, the fake GitHub.
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  parsePromoteComment,
  runChatOps,
  type CommentEvent,
  type GitHubRepo,
} from "../../packages/promote/src/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, git } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { IDENTITY, isolateGit } from "./fixture.js";
import { fixtureRepo, snapshot } from "./layout-fixtures.js";

beforeAll(isolateGit);

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

/** web in staging (2.0.0) and two prod regions (1.0.0), in a chain whose last step is the group `prod`. */
function fanOut(config = ""): Record<string, string> {
  const files: Record<string, string> = {
    ".gitops.yaml": `environments: [staging, [prod-us, prod-eu]]\n${config}`,
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

let gh: FakeGitHub;

async function setup(files: Record<string, string>) {
  gh = await startFakeGitHub();
  const repo = createTestRepo(files);
  const issue = gh.seed.issue({ title: "Release 42" });
  const github: GitHubRepo = {
    client: getOctokit(gh.token, { baseUrl: gh.url }),
    owner: gh.owner,
    repo: gh.repo,
  };
  const chat = async (body: string, user = "alice") => {
    const c = gh.seed.comment({ issue: issue.number, body, user });
    const event: CommentEvent = {
      action: "created",
      commentId: c.id,
      body,
      user,
      userType: "User",
      issueNumber: issue.number,
    };
    const result = await runChatOps({
      event,
      github,
      repo: repo.dir,
      git: { identity: IDENTITY },
      runUrl: "https://github.com/acme/infra-gitops/actions/runs/1",
    });
    return { result, reactions: c.reactions.map((r) => r.content) };
  };
  const replies = () =>
    [...gh.repository.comments.values()].filter((c) => c.user === "github-actions[bot]").map((c) => c.body);
  const pushed = () => repo.git("ls-remote", "--heads", "origin", "promote/*");
  return { repo, chat, replies, pushed };
}

describe("parsePromoteComment: --no-dr", () => {
  it("takes --no-dr anywhere on the line, and no other flag", () => {
    expect(parsePromoteComment("/promote web to prod --no-dr")).toEqual({
      services: ["web"],
      to: "prod",
      noDr: true,
    });
    expect(parsePromoteComment("/promote --no-dr web")).toEqual({ services: ["web"], noDr: true });
    expect(() => parsePromoteComment("/promote web --dr")).toThrow(
      '"--dr" is not a service or environment name',
    );
    expect(() => parsePromoteComment("/promote --no-dr")).toThrow("name at least one service");
  });
});

describe("ChatOps /promote fans out like the CLI", () => {
  afterEach(async () => {
    gh.assertClean();
    await gh.close();
  });

  it("promotes to every env of the group its alias names: one PR per env, one reply listing both", async () => {
    const t = await setup(fanOut());
    gh.seed.role("alice", "write");
    const { result, reactions } = await t.chat("/promote web to prod");
    expect(result.status).toBe("pushed");
    expect(result.chain?.targets.map((r) => [r.request.to, r.status, r.branch, r.pr?.number])).toEqual([
      ["prod-us", "pushed", "promote/prod-us/web", 2],
      ["prod-eu", "pushed", "promote/prod-eu/web", 3],
    ]);
    expect(gh.repository.issues.get(2)?.title).toBe("Promote web to prod-us");
    expect(gh.repository.issues.get(3)?.title).toBe("Promote web to prod-eu");
    const replies = t.replies();
    expect(replies).toHaveLength(1);
    const [reply = ""] = replies;
    expect(reply).toMatch(/^@alice promoting \*\*web\*\* from `staging` to `prod` \(prod-us, prod-eu\):\n/);
    expect(reply).toMatch(/\| prod-us \| pushed, 1 field\(s\) \| #2 \(http[^)]*\/pull\/2, created\) \|/);
    expect(reply).toMatch(/\| prod-eu \| pushed, 1 field\(s\) \| #3 \(http[^)]*\/pull\/3, created\) \|/);
    expect(reply).toContain("**prod-eu**");
    expect(reactions).toEqual(["eyes", "rocket"]);
    expect(git(t.repo.remote, "rev-parse", "promote/prod-eu/web")).toBe(result.chain?.targets[1]?.commit);
  });

  it("with no env named, fans out to the last step's group", async () => {
    const t = await setup(fanOut());
    gh.seed.role("alice", "write");
    const { result } = await t.chat("/promote web");
    expect(result.chain?.targets.map((r) => r.request.to)).toEqual(["prod-us", "prod-eu"]);
  });

  it("checks RBAC for every env first: allowed into prod-us but not prod-eu, nothing is pushed", async () => {
    const t = await setup(fanOut("promote:\n  teams:\n    prod-us: [acme/us]\n    prod-eu: [acme/eu]\n"));
    gh.seed.role("bob", "write");
    gh.seed.teamMember("acme", "us", "bob");
    const { result, reactions } = await t.chat("/promote web to prod", "bob");
    expect(result).toMatchObject({
      status: "refused",
      reason: "@bob is not in a team allowed to promote to prod-eu (acme/eu)",
    });
    expect(t.replies()).toEqual([
      "@bob the promotion was refused: @\u200bbob is not in a team allowed to promote to prod-eu (acme/eu)" +
        "\n\n[Workflow run](https://github.com/acme/infra-gitops/actions/runs/1)",
    ]);
    expect(reactions).toEqual(["eyes", "confused"]);
    expect(t.pushed()).toBe("");
    expect(gh.repository.issues.size).toBe(1);
    // The same user may still promote to the env they are allowed into.
    const one = await t.chat("/promote web to prod-us", "bob");
    expect(one.result.status).toBe("pushed");
    expect(one.result.chain?.targets.map((r) => r.request.to)).toEqual(["prod-us"]);
  });

  it("with promote.prs: grouped, answers with the one pull request for the group", async () => {
    const t = await setup(fanOut("promote:\n  prs: grouped\n"));
    gh.seed.role("alice", "write");
    const { result, reactions } = await t.chat("/promote web to prod");
    expect(result.chain?.grouped).toBe(true);
    expect(result.chain?.targets.map((r) => [r.request.to, r.branch, r.pr?.number])).toEqual([
      ["prod-us", "promote/prod/web", 2],
      ["prod-eu", "promote/prod/web", 2],
    ]);
    expect(gh.repository.issues.size).toBe(2);
    const [reply = ""] = t.replies();
    expect(reply).toMatch(
      /\nOne pull request for the group \(`promote\.prs: grouped`\): #2 \(http[^)]*\/pull\/2, created\)\n/,
    );
    expect(reactions).toEqual(["eyes", "rocket"]);
  });

  it.each([
    ["one PR per env", ""],
    ["promote.prs: grouped", "  prs: grouped\n"],
  ])("refuses every env alike when the source's required checks failed (%s)", async (_, prs) => {
    const t = await setup(fanOut(`promote:\n  requiredChecks: [validate]\n${prs}`));
    gh.seed.role("alice", "write");
    const head = t.repo.git("rev-parse", "HEAD");
    gh.seed.checkRun({ ref: head, name: "validate", status: "completed", conclusion: "failure" });
    const { result, reactions } = await t.chat("/promote web to prod");
    const why = `required checks did not pass on ${head.slice(0, 12)}: "validate" concluded failure`;
    expect(result.status).toBe("refused");
    expect(result.chain?.targets.map((r) => [r.request.to, r.status, r.reason])).toEqual([
      ["prod-us", "refused", why],
      ["prod-eu", "refused", why],
    ]);
    expect(result.reason).toBe(`prod-us: ${why}; prod-eu: ${why}`);
    expect(t.replies()).toHaveLength(1);
    expect(reactions).toEqual(["eyes", "confused"]);
    expect(t.pushed()).toBe("");
    expect(gh.repository.issues.size).toBe(1);
  });

  it("brings the target's DR env along unless the comment says --no-dr", async () => {
    const files = Object.fromEntries(snapshot(fixtureRepo("dr-two-region")));
    const t = await setup(files);
    gh.seed.role("alice", "write");
    const alone = await t.chat("/promote web to prod-us-east --no-dr");
    expect(alone.result.chain?.targets.map((r) => [r.request.to, r.status])).toEqual([
      ["prod-us-east", "pushed"],
    ]);
    expect(t.pushed()).toMatch(/refs\/heads\/promote\/prod-us-east\/web$/);
    const both = await t.chat("/promote web to prod-us-east");
    expect(both.result.chain?.targets.map((r) => [r.request.to, r.status])).toEqual([
      ["prod-us-east", "unchanged"],
      ["prod-us-west", "pushed"],
    ]);
    const [, reply = ""] = t.replies();
    expect(reply).toMatch(/\| prod-us-west \| pushed, 1 field\(s\) \| #\d+ /);
  });

  it("runs through the promote action's bundle: one output entry per env of the group", async () => {
    const t = await setup(fanOut());
    gh.seed.role("alice", "write");
    const c = gh.seed.comment({ issue: 1, body: "/promote web to prod", user: "alice" });
    const run = await runAction(
      "promote",
      { mode: "chatops", token: gh.token },
      {
        workspace: t.repo.dir,
        env: {
          GITHUB_API_URL: gh.url,
          GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
          GIT_CONFIG_GLOBAL: "/dev/null",
          GIT_CONFIG_NOSYSTEM: "1",
        },
        event: {
          action: "created",
          issue: { number: 1 },
          comment: { id: c.id, body: c.body, user: { login: "alice", type: "User" } },
        },
        eventName: "issue_comment",
      },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe("pushed");
    const results = JSON.parse(run.outputs.results ?? "[]") as { env: string; prUrl?: string }[];
    expect(
      results.map(({ prUrl, ...rest }) => ({ ...rest, prUrl: prUrl?.replace(/^.*\/pull\//, "…/") })),
    ).toEqual([
      { env: "prod-us", status: "pushed", branch: "promote/prod-us/web", prNumber: 2, prUrl: "…/2" },
      { env: "prod-eu", status: "pushed", branch: "promote/prod-eu/web", prNumber: 3, prUrl: "…/3" },
    ]);
    expect(t.replies()).toHaveLength(1);
  });
});
