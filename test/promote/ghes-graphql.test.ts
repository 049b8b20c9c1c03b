// GitHub Enterprise Server: REST at https://HOST/api/v3, GraphQL at https://HOST/api/graphql.
// Auto-merge (GraphQL only) must reach /api/graphql, through Octokit (the actions) and through
// the CLI's fetch client, against the fake GitHub laid out as GHES.
import { getOctokit } from "@actions/github";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { fetchClient, githubFromEnv, promote, type GitHubRepo } from "../../packages/promote/src/index.js";
import { graphqlUrl } from "../../packages/promote/src/graphql.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo } from "../support/git.js";
import { exampleFiles, IDENTITY, isolateGit } from "./fixture.js";

beforeAll(isolateGit);

function autoMergeRepo() {
  const files = exampleFiles();
  files[".gitops.yaml"] = `${files[".gitops.yaml"]}promote:\n  autoMerge: squash\n`;
  return createTestRepo(files);
}

async function promoteWith(github: GitHubRepo) {
  const repo = autoMergeRepo();
  return promote({
    repo: repo.dir,
    from: "staging",
    to: "prod",
    services: ["cms"],
    mode: "pr",
    github,
    git: { identity: IDENTITY },
  });
}

it("maps a REST base URL to its GraphQL endpoint", () => {
  expect(graphqlUrl("https://api.github.com")).toBe("https://api.github.com/graphql");
  expect(graphqlUrl("https://ghe.example.com/api/v3")).toBe("https://ghe.example.com/api/graphql");
  expect(graphqlUrl("https://ghe.example.com/api/v3/")).toBe("https://ghe.example.com/api/graphql");
});

const graphqlPaths = (fake: FakeGitHub) =>
  fake.requests.filter((r) => r.path.endsWith("graphql")).map((r) => `${r.method} ${r.path}`);

describe("auto-merge on GitHub Enterprise Server", () => {
  let gh: FakeGitHub;
  afterEach(async () => {
    gh.assertClean();
    await gh.close();
  });

  it("Octokit (the actions' client) sends the mutation to /api/graphql", async () => {
    gh = await startFakeGitHub({ ghes: true });
    gh.seed.settings({ allowAutoMerge: true });
    expect(gh.url).toMatch(/\/api\/v3$/);
    const result = await promoteWith({
      client: getOctokit(gh.token, { baseUrl: gh.url }),
      owner: gh.owner,
      repo: gh.repo,
    });
    expect(result.pr).toMatchObject({ number: 1, autoMerge: "squash", warnings: [] });
    expect(gh.repository.issues.get(1)?.pull?.autoMerge).toEqual({
      method: "squash",
      enabledBy: "github-actions[bot]",
    });
    expect(graphqlPaths(gh)).toEqual(["POST /api/graphql"]);
  });

  it("the CLI's client (GITHUB_API_URL) sends the mutation to /api/graphql", async () => {
    gh = await startFakeGitHub({ ghes: true });
    gh.seed.settings({ allowAutoMerge: true });
    const repo = autoMergeRepo();
    const github = await githubFromEnv(
      { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}` },
      repo.dir,
      undefined,
    );
    const result = await promote({
      repo: repo.dir,
      from: "staging",
      to: "prod",
      services: ["cms"],
      mode: "pr",
      ...(github ? { github } : {}),
      git: { identity: IDENTITY },
    });
    expect(result.pr).toMatchObject({ autoMerge: "squash", warnings: [] });
    expect(gh.repository.issues.get(1)?.pull?.autoMerge?.method).toBe("squash");
    expect(graphqlPaths(gh)).toEqual(["POST /api/graphql"]);
  });

  it("a GraphQL refusal is a warning on the open PR, through either client", async () => {
    gh = await startFakeGitHub({ ghes: true });
    const clients = [
      getOctokit(gh.token, { baseUrl: gh.url }),
      fetchClient({ token: gh.token, baseUrl: gh.url, userAgent: "test" }),
    ];
    for (const client of clients) {
      const result = await promoteWith({ client, owner: gh.owner, repo: gh.repo });
      expect(result.pr?.autoMerge).toBeUndefined();
      expect(result.pr?.warnings).toEqual([
        `auto-merge was not enabled on ${gh.owner}/${gh.repo}: Pull request Auto merge is not allowed for this repository`,
      ]);
    }
    expect(graphqlPaths(gh)).toEqual(["POST /api/graphql", "POST /api/graphql"]);
  });

  it("the fake refuses <REST base>/graphql as GHES does, so the old URL would fail this suite", async () => {
    gh = await startFakeGitHub({ ghes: true });
    const octokit = getOctokit(gh.token, { baseUrl: gh.url });
    await expect(octokit.request("POST /graphql", { query: "{ viewer { login } }" })).rejects.toMatchObject({
      status: 404,
    });
    expect(gh.takeViolations().map((v) => `${v.kind} ${v.path}`)).toEqual(["route /api/v3/graphql"]);
  });
});
