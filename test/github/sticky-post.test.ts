// postStickyComment: a step's sticky comment that never fails the step, against the OpenAPI-checked
// fake GitHub. With create false (nothing to show) only an earlier comment is updated.
import { getOctokit } from "@actions/github";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Octokit } from "../../packages/github/src/comment.js";
import { hasStickyComment, postStickyComment } from "../../packages/github/src/sticky-post.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { captureStdout, isolateEnv } from "./support.js";

isolateEnv();

let gh: FakeGitHub;
let octokit: Octokit;
let pr: number;

beforeEach(async () => {
  gh = await startFakeGitHub({ owner: "acme", repo: "infra-gitops" });
  octokit = getOctokit(gh.token, { baseUrl: gh.url });
  pr = gh.seed.pull({ head: "feat/login" }).number;
});

afterEach(async () => {
  await gh.close();
});

const target = () => ({ owner: "acme", repo: "infra-gitops", issueNumber: pr, marker: "preview" });
const post = (body: string, create: boolean) =>
  postStickyComment(octokit, { ...target(), body, create, what: "preview" });
const comments = () => [...gh.repository.comments.values()].filter((c) => c.issueNumber === pr);

describe("postStickyComment", () => {
  it("creates nothing when told not to and there is no earlier comment, and says so", async () => {
    const out = captureStdout();
    await post("no preview", false);
    expect(comments()).toHaveLength(0);
    expect(await hasStickyComment(octokit, target())).toBe(false);
    expect(out.text()).toContain("no preview and no earlier preview comment: nothing to post");
    gh.assertClean();
  });

  it("creates the comment, then updates that one even when told not to create", async () => {
    const out = captureStdout();
    await post("1 preview", true);
    expect(await hasStickyComment(octokit, target())).toBe(true);
    await post("no preview any more", false);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toBe("<!-- gitops-actions:preview -->\nno preview any more");
    expect(out.text()).toMatch(/preview comment created: http.*\n.*preview comment updated: http/s);
    gh.assertClean();
  });

  it("warns instead of failing when GitHub refuses the comment", async () => {
    const out = captureStdout();
    const refused = getOctokit("not-a-token", { baseUrl: gh.url, request: { retries: 0 } });
    await postStickyComment(refused, { ...target(), body: "x", create: true, what: "preview" });
    expect(comments()).toHaveLength(0);
    expect(out.text()).toMatch(/^::warning::Could not post the preview comment: /m);
    gh.takeViolations();
  });
});
