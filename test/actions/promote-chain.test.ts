// The promote action promotes what `gitops promote` promotes: on the two-region fixture a
// promotion to the primary env also opens the DR env's pull request (unless `no-dr`), and the
// `results` output lists each env. Bundle in dist/, bare remote, OpenAPI-checked fake GitHub.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, git } from "../support/git.js";
import { runAction } from "../support/run-action.js";
import { fixtureRepo } from "../promote/layout-fixtures.js";

let gh: FakeGitHub;
afterEach(async () => {
  gh.assertClean();
  await gh.close();
});

/** The fixture's files, for a test repo with a bare remote. */
function fixtureFiles(name: string): Record<string, string> {
  const dir = fixtureRepo(name);
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return out;
}

/** Head branches of the pull requests the fake holds. */
const heads = () => [...gh.repository.issues.values()].flatMap((i) => (i.pull ? [i.pull.head] : [])).sort();

async function promoteAction(inputs: Record<string, string>) {
  gh = await startFakeGitHub();
  const repo = createTestRepo(fixtureFiles("dr-two-region"));
  const result = await runAction(
    "promote",
    { from: "staging", to: "prod-us-east", services: "web", token: gh.token, ...inputs },
    {
      workspace: repo.dir,
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
        GIT_CONFIG_GLOBAL: "/dev/null",
        GIT_CONFIG_NOSYSTEM: "1",
      },
    },
  );
  return { result, repo };
}

describe("actions/promote and DR clusters", () => {
  it("opens the primary's and the DR env's pull requests, as gitops promote does, and lists both in results", async () => {
    const { result, repo } = await promoteAction({});
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    const results = JSON.parse(result.outputs.results!) as { env: string; status: string; branch: string }[];
    expect(results.map((r) => [r.env, r.status, r.branch])).toEqual([
      ["prod-us-east", "pushed", "promote/prod-us-east/web"],
      ["prod-us-west", "pushed", "promote/prod-us-west/web"],
    ]);
    expect((JSON.parse(result.outputs.changes!) as { env: string }[]).map((c) => c.env)).toEqual([
      "prod-us-east",
      "prod-us-west",
    ]);
    expect(result.outputs.count).toBe("2");
    expect(heads()).toEqual(["promote/prod-us-east/web", "promote/prod-us-west/web"]);
    expect(
      git(repo.remote, "show", "promote/prod-us-west/web:apps/web/overlays/prod-us-west/kustomization.yaml"),
    ).toContain("newTag: 1.3.0");
  });

  it("with no-dr opens the primary's pull request only", async () => {
    const { result } = await promoteAction({ "no-dr": "true" });
    expect(result.exitCode).toBe(0);
    const results = JSON.parse(result.outputs.results!) as { env: string }[];
    expect(results.map((r) => r.env)).toEqual(["prod-us-east"]);
    expect(heads()).toEqual(["promote/prod-us-east/web"]);
  });
});
