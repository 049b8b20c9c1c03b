import { getOctokit } from "@actions/github";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { UserError } from "../../packages/core/src/errors.js";
import { type Octokit, upsertStickyComment } from "../../packages/github/src/comment.js";
import { type FakeGitHub, startFakeGitHub } from "../support/fake-github/index.js";

const MARKER = "<!-- gitops-actions:validate -->";

let gh: FakeGitHub;
let octokit: Octokit;
let pr: number;

beforeEach(async () => {
  gh = await startFakeGitHub({ owner: "acme", repo: "infra-gitops" });
  octokit = getOctokit(gh.token, { baseUrl: gh.url });
  pr = gh.seed.pull({ head: "feature/bump-api" }).number;
});

afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

function upsert(body: string, marker = "validate") {
  return upsertStickyComment(octokit, { owner: "acme", repo: "infra-gitops", issueNumber: pr, marker, body });
}

/** Comments on the PR as the fake holds them, oldest first. */
function comments() {
  return [...gh.repository.comments.values()].filter((c) => c.issueNumber === pr);
}

function writes() {
  return gh.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.operationId ?? r.path}`);
}

describe("upsertStickyComment", () => {
  it("creates the comment, then updates it, then leaves an identical body alone", async () => {
    const created = await upsert("2 findings");
    expect(created.action).toBe("created");
    expect(created.url).toBe(`${gh.url}/acme/infra-gitops/pull/${pr}#issuecomment-${created.id}`);
    expect(comments().map((c) => c.body)).toEqual([`${MARKER}\n2 findings`]);
    expect(comments()[0]?.user).toBe("github-actions[bot]");

    const updated = await upsert("all clean");
    expect(updated).toEqual({ id: created.id, url: created.url, action: "updated" });
    expect(comments().map((c) => c.body)).toEqual([`${MARKER}\nall clean`]);

    const unchanged = await upsert("all clean");
    expect(unchanged).toEqual({ id: created.id, url: created.url, action: "unchanged" });
    expect(writes()).toEqual(["POST issues/create-comment", "PATCH issues/update-comment"]);
  });

  it("does not take over someone else's comment that mentions the marker past its first line", async () => {
    const quoted = `Why does the bot write this?\n${MARKER}\nold report`;
    const other = gh.seed.comment({ issue: pr, user: "mallory", body: quoted });
    const inline = gh.seed.comment({ issue: pr, user: "mallory", body: `see ${MARKER}` });

    const result = await upsert("report");
    expect(result.action).toBe("created");
    expect(result.id).not.toBe(other.id);
    expect(gh.repository.comments.get(other.id)?.body).toBe(quoted);
    expect(gh.repository.comments.get(inline.id)?.body).toBe(`see ${MARKER}`);
  });

  it("keeps comments of different markers apart, even when one marker starts with the other", async () => {
    await upsert("validate report");
    await upsert("diff report", "validate-diff");
    await upsert("validate report 2");
    expect(comments().map((c) => c.body)).toEqual([
      `${MARKER}\nvalidate report 2`,
      "<!-- gitops-actions:validate-diff -->\ndiff report",
    ]);
  });

  it("finds its comment past the first page of a busy pull request", async () => {
    for (let i = 0; i < 150; i++) gh.seed.comment({ issue: pr, user: "reviewer", body: `comment ${i}` });
    const ours = gh.seed.comment({ issue: pr, user: "github-actions[bot]", body: `${MARKER}\nold` });
    for (let i = 0; i < 80; i++) gh.seed.comment({ issue: pr, user: "reviewer", body: `later ${i}` });

    const result = await upsert("new");
    expect(result).toMatchObject({ id: ours.id, action: "updated" });
    expect(gh.repository.comments.get(ours.id)?.body).toBe(`${MARKER}\nnew`);
    expect(comments()).toHaveLength(231);
    const pages = gh.requests.filter((r) => r.operationId === "issues/list-comments");
    expect(pages.map((r) => r.query.page ?? "1")).toEqual(["1", "2"]);
  });

  it("matches a marker line that was saved with Windows line endings", async () => {
    const edited = gh.seed.comment({ issue: pr, body: `${MARKER}\r\nedited in the browser` });
    const result = await upsert("fresh");
    expect(result).toMatchObject({ id: edited.id, action: "updated" });
  });

  it("rejects a marker that could break out of the HTML comment, before any request", async () => {
    for (const marker of ["Validate", "a -->", "x\ny", ""]) {
      await expect(upsert("body", marker)).rejects.toBeInstanceOf(UserError);
    }
    expect(gh.requests).toEqual([]);
  });
});
