// The CLI's own GitHub client against the fake server, and finding the repository from a remote.
import { afterEach, describe, expect, it } from "vitest";
import {
  fetchClient,
  GitHubApiError,
  repoFromRemoteUrl,
  statusOf,
} from "../../packages/promote/src/index.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";

describe("fetchClient", () => {
  let gh: FakeGitHub;
  afterEach(async () => {
    gh.assertClean();
    await gh.close();
  });

  it("fills route placeholders, sends the rest as query or body, and authenticates", async () => {
    gh = await startFakeGitHub();
    const client = fetchClient({ token: gh.token, baseUrl: `${gh.url}/`, userAgent: "test" });
    const created = await client.request("POST /repos/{owner}/{repo}/pulls", {
      owner: "acme",
      repo: "infra-gitops",
      title: "t",
      head: "promote/prod/x",
      base: "main",
    });
    expect(created.status).toBe(201);
    const { data } = await client.request("GET /repos/{owner}/{repo}/pulls", {
      owner: "acme",
      repo: "infra-gitops",
      head: "acme:promote/prod/x",
      state: "open",
    });
    expect((data as { number: number }[]).map((p) => p.number)).toEqual([1]);
    expect(gh.repository.issues.get(1)?.user).toBe("github-actions[bot]");
  });

  it("throws GitHubApiError with the status and GitHub's message, never the token", async () => {
    gh = await startFakeGitHub();
    const client = fetchClient({ token: gh.token, baseUrl: gh.url, userAgent: "test" });
    const err: unknown = await client
      .request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
        owner: "acme",
        repo: "infra-gitops",
        pull_number: 9,
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(statusOf(err)).toBe(404);
    expect((err as Error).message).toBe("GET /repos/{owner}/{repo}/pulls/{pull_number}: 404 Not Found");
    expect((err as Error).message).not.toContain(gh.token);
  });
});

describe("repoFromRemoteUrl", () => {
  it.each([
    ["https://github.com/acme/infra-gitops.git", { owner: "acme", repo: "infra-gitops" }],
    ["https://x-access-token@github.com/acme/infra-gitops", { owner: "acme", repo: "infra-gitops" }],
    ["git@github.com:acme/infra-gitops.git", { owner: "acme", repo: "infra-gitops" }],
    ["ssh://git@github.example.com/acme/infra.gitops.git", { owner: "acme", repo: "infra.gitops" }],
    ["/srv/git/infra.git", undefined],
  ])("reads %s", (url, expected) => {
    expect(repoFromRemoteUrl(url)).toEqual(expected);
  });
});
