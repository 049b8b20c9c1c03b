import { getOctokit } from "@actions/github";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { type FakeGitHub, startFakeGitHub } from "../support/fake-github/index.js";

let gh: FakeGitHub;
let octokit: ReturnType<typeof getOctokit>;
const repo = { owner: "acme", repo: "infra-gitops" };

beforeEach(async () => {
  gh = await startFakeGitHub();
  octokit = getOctokit(gh.token, { baseUrl: gh.url });
});

afterEach(async () => {
  await gh.close();
});

describe("fake GitHub, driven by @actions/github's Octokit", () => {
  it("creates, finds, updates and reviews a promotion pull request", async () => {
    gh.seed.role("alice", "write");
    const created = await octokit.rest.pulls.create({
      ...repo,
      head: "promote/prod-api",
      base: "main",
      title: "Promote api to prod",
      body: "staging -> prod",
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ number: 1, state: "open", head: { ref: "promote/prod-api" } });
    expect(created.data.user.login).toBe("github-actions[bot]");
    expect(created.data.html_url).toBe(`${gh.url}/acme/infra-gitops/pull/1`);

    const found = await octokit.rest.pulls.list({ ...repo, head: "acme:promote/prod-api", state: "open" });
    expect(found.data.map((p) => p.number)).toEqual([1]);
    const other = await octokit.rest.pulls.list({ ...repo, head: "acme:promote/other" });
    expect(other.data).toEqual([]);

    const updated = await octokit.rest.pulls.update({ ...repo, pull_number: 1, title: "Promote api (2)" });
    expect(updated.data.title).toBe("Promote api (2)");

    const labels = await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: 1,
      labels: ["promotion", "prod"],
    });
    expect(labels.data.map((l) => l.name)).toEqual(["promotion", "prod"]);

    const reviewed = await octokit.rest.pulls.requestReviewers({
      ...repo,
      pull_number: 1,
      reviewers: ["alice"],
    });
    expect(reviewed.data.requested_reviewers?.map((u) => u.login)).toEqual(["alice"]);

    const issue = await octokit.rest.issues.get({ ...repo, issue_number: 1 });
    expect(issue.data.pull_request?.url).toBe(`${gh.url}/repos/acme/infra-gitops/pulls/1`);
    expect(issue.data.labels).toHaveLength(2);
    gh.assertClean();
  });

  it("refuses a second open pull request for the same head, as GitHub does", async () => {
    gh.seed.pull({ head: "promote/prod-api" });
    const again = octokit.rest.pulls.create({ ...repo, head: "promote/prod-api", base: "main", title: "x" });
    await expect(again).rejects.toMatchObject({ status: 422 });
    gh.assertClean();
  });

  it("posts, edits, reacts to and deletes a comment", async () => {
    const pr = gh.seed.pull({ head: "feature" });
    const posted = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: pr.number,
      body: "hello",
    });
    expect(posted.status).toBe(201);
    const id = posted.data.id;
    const edited = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body: "bye" });
    expect(edited.data.body).toBe("bye");
    const reaction = await octokit.rest.reactions.createForIssueComment({
      ...repo,
      comment_id: id,
      content: "eyes",
    });
    expect(reaction.status).toBe(201);
    const again = await octokit.rest.reactions.createForIssueComment({
      ...repo,
      comment_id: id,
      content: "eyes",
    });
    expect(again.status).toBe(200);
    expect(gh.repository.comments.get(id)?.reactions).toHaveLength(1);
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
    const left = await octokit.rest.issues.listComments({ ...repo, issue_number: pr.number });
    expect(left.data).toEqual([]);
    gh.assertClean();
  });

  it("reports seeded permissions and team memberships, 404 for strangers", async () => {
    gh.seed.role("alice", "maintain");
    gh.seed.teamMember("acme", "platform", "bob", "maintainer");
    const alice = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: "alice" });
    expect(alice.data).toMatchObject({ permission: "write", role_name: "maintain" });
    expect(alice.data.user?.permissions).toMatchObject({ push: true, maintain: true, admin: false });
    const bob = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: "bob" });
    expect(bob.data.permission).toBe("none");
    const stranger = octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: "mallory" });
    await expect(stranger).rejects.toMatchObject({ status: 404 });
    const team = await octokit.rest.teams.getMembershipForUserInOrg({
      org: "acme",
      team_slug: "platform",
      username: "bob",
    });
    expect(team.data).toMatchObject({ role: "maintainer", state: "active" });
    const notInTeam = octokit.rest.teams.getMembershipForUserInOrg({
      org: "acme",
      team_slug: "platform",
      username: "alice",
    });
    await expect(notInTeam).rejects.toMatchObject({ status: 404 });
    gh.assertClean();
  });

  it("creates, lists, finds and publishes releases", async () => {
    gh.seed.release({ tag: "v1.0.0", name: "v1.0.0" });
    const draft = await octokit.rest.repos.createRelease({ ...repo, tag_name: "v1.1.0", draft: true });
    expect(draft.data.published_at).toBeNull();
    await expect(octokit.rest.repos.getReleaseByTag({ ...repo, tag: "v1.1.0" })).rejects.toMatchObject({
      status: 404,
    });
    await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: draft.data.id,
      draft: false,
      body: "notes",
    });
    const byTag = await octokit.rest.repos.getReleaseByTag({ ...repo, tag: "v1.1.0" });
    expect(byTag.data).toMatchObject({ id: draft.data.id, body: "notes", draft: false });
    const list = await octokit.rest.repos.listReleases(repo);
    expect(list.data.map((r) => r.tag_name)).toEqual(["v1.1.0", "v1.0.0"]);
    const dup = octokit.rest.repos.createRelease({ ...repo, tag_name: "v1.0.0" });
    await expect(dup).rejects.toMatchObject({ status: 422 });
    gh.assertClean();
  });

  it("creates check runs and lists the latest per name for a ref", async () => {
    gh.seed.checkRun({ ref: "main", name: "validate", conclusion: "failure" });
    const { data: repoData } = await octokit.rest.repos.get(repo);
    expect(repoData.default_branch).toBe("main");
    const sha = gh.repository.refs.get("main")!;
    await octokit.rest.checks.create({
      ...repo,
      name: "validate",
      head_sha: sha,
      conclusion: "success",
      output: { title: "ok", summary: "all good" },
    });
    await octokit.rest.checks.create({ ...repo, name: "policy", head_sha: sha, status: "in_progress" });
    const runs = await octokit.rest.checks.listForRef({ ...repo, ref: "main" });
    expect(runs.data.total_count).toBe(2);
    expect(runs.data.check_runs.map((r) => [r.name, r.status, r.conclusion])).toEqual([
      ["policy", "in_progress", null],
      ["validate", "completed", "success"],
    ]);
    const all = await octokit.rest.checks.listForRef({ ...repo, ref: sha, filter: "all" });
    expect(all.data.total_count).toBe(3);
    gh.assertClean();
  });

  it("pages lists with Link headers that Octokit's paginate follows", async () => {
    const pr = gh.seed.pull({ head: "feature" });
    for (let i = 0; i < 205; i++) gh.seed.comment({ issue: pr.number, body: `c${i}` });
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: pr.number,
      per_page: 100,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 205 }, (_, i) => `c${i}`));
    const pages = gh.requests.filter((r) => r.operationId === "issues/list-comments");
    expect(pages.map((r) => r.query.page)).toEqual([undefined, "2", "3"]);
    gh.assertClean();
  });
});
