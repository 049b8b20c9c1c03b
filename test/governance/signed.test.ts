// `gitops governance signed --pr N` against the fake GitHub, with a real local checkout whose
// commits the fake pull request lists.
import { appendFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { git } from "../support/git.js";
import { exampleRepo } from "./support.js";

const SIGNED = "governance:\n  signedCommits: true\n";
const GITHUB_VARS = ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_URL", "GITHUB_REPOSITORY"];

beforeEach(() => {
  for (const v of GITHUB_VARS) Reflect.deleteProperty(process.env, v);
});

/** A git checkout of the example; `touch` appends a comment to each file and commits them. */
function checkout(config = SIGNED) {
  const dir = exampleRepo({ config });
  git(dir, "init", "--quiet", "--initial-branch=main");
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "-m", "initial");
  const touch = (message: string, ...files: string[]): string => {
    for (const f of files) appendFileSync(join(dir, f), `# ${message}\n`);
    git(dir, "add", "--all");
    git(dir, "commit", "--quiet", "-m", message);
    return git(dir, "rev-parse", "HEAD");
  };
  return { dir, touch };
}

/** A port nothing listens on: one the OS just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const WEB_PROD = "apps/web/overlays/prod/kustomization.yaml";
const CMS_PROD = "apps/cms/overlays/prod/kustomization.yaml";
const WEB_STAGING = "apps/web/overlays/staging/kustomization.yaml";
const WEB_BASE = "apps/web/base/deployment.yaml";

interface Report {
  findings: {
    tool: string;
    rule: string;
    severity: string;
    message: string;
    target?: string;
    file?: string;
  }[];
  summary: Record<string, unknown>;
}

/** `gitops governance signed` on pull request 1 of the fake's acme/infra-gitops, for `dir`. */
const signed = (dir: string, ...extra: string[]) =>
  cli("governance", "signed", "--pr", "1", "--github-repo", "acme/infra-gitops", "--repo", dir, ...extra);

describe("gitops governance signed", () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    gh?.assertClean();
    await gh?.close();
    gh = undefined;
  });

  async function github(): Promise<FakeGitHub> {
    gh = await startFakeGitHub();
    Object.assign(process.env, { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url });
    gh.seed.pull({ head: "change" });
    return gh;
  }

  it("reports unverified commits that touch a prod target, and not verified ones or staging-only ones", async () => {
    const repo = checkout();
    const unsignedProd = repo.touch("web prod", WEB_PROD);
    const signedProd = repo.touch("cms prod", CMS_PROD);
    const unsignedStaging = repo.touch("web staging", WEB_STAGING);
    const unsignedBase = repo.touch("web base", WEB_BASE);
    const fake = await github();
    fake.seed.commit({
      sha: unsignedProd,
      author: { name: "Mallory", email: "m@example.com" },
      login: "mallory",
    });
    fake.seed.commit({ sha: signedProd, verified: true });
    fake.seed.commit({ sha: unsignedStaging });
    fake.seed.commit({ sha: unsignedBase, reason: "unknown_key", login: null });
    fake.seed.pullCommits(1, [unsignedProd, signedProd, unsignedStaging, unsignedBase]);

    const run = await signed(repo.dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n").filter((l) => l.includes("signed/unverified-commit"));
    expect(lines).toHaveLength(2);
    expect(run.stdout).toContain(
      `commit ${unsignedProd.slice(0, 7)} by Mallory (@mallory) is not verified (GitHub: unsigned) and touches protected target(s) apps/web/overlays/prod`,
    );
    expect(run.stdout).toContain(
      `commit ${unsignedBase.slice(0, 7)} by Octo Cat is not verified (GitHub: unknown_key) and touches protected target(s) apps/web/overlays/prod`,
    );
    expect(run.stdout).not.toContain(unsignedStaging.slice(0, 7));
    expect(run.stdout).not.toContain(signedProd.slice(0, 7));
    expect(run.stdout).toMatch(
      /checked pull request #1: 4 commit\(s\), 3 unverified, 2 of them touching protected env\(s\) prod\n$/,
    );
    // Files came from the checkout: no per-commit API call.
    expect(fake.requests.map((r) => r.operationId)).toEqual(["pulls/list-commits"]);
  });

  it("prints { findings, summary } with --json and exits 0 when every prod commit is verified", async () => {
    const repo = checkout();
    const signedProd = repo.touch("web prod", WEB_PROD);
    const unsignedStaging = repo.touch("web staging", WEB_STAGING);
    const fake = await github();
    fake.seed.commit({ sha: signedProd, verified: true });
    fake.seed.commit({ sha: unsignedStaging });
    fake.seed.pullCommits(1, [signedProd, unsignedStaging]);
    process.env.GITHUB_REPOSITORY = "acme/infra-gitops";
    const run = await cli("governance", "signed", "--pr", "1", "--json", "--repo", repo.dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({
      enabled: true,
      pr: 1,
      protectedEnvs: ["prod"],
      commits: 2,
      unverified: 1,
      unverifiedProtected: 0,
    });
  });

  it("names the finding's target and file in --json", async () => {
    const repo = checkout();
    const sha = repo.touch("cms prod", CMS_PROD);
    const fake = await github();
    fake.seed.commit({ sha });
    fake.seed.pullCommits(1, [sha]);
    const run = await signed(repo.dir, "--json");
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Report).findings).toEqual([
      expect.objectContaining({
        tool: "governance",
        rule: "signed/unverified-commit",
        severity: "error",
        target: "apps/cms/overlays/prod",
        file: CMS_PROD,
      }),
    ]);
  });

  it("pages through the pull request's commits", async () => {
    const repo = checkout();
    const unsigned = repo.touch("web prod", WEB_PROD);
    const fake = await github();
    const shas: string[] = [];
    for (let i = 0; i < 120; i++) {
      const sha = i.toString(16).padStart(40, "a");
      fake.seed.commit({ sha, verified: true });
      shas.push(sha);
    }
    fake.seed.commit({ sha: unsigned });
    fake.seed.pullCommits(1, [...shas, unsigned]);
    const run = await signed(repo.dir, "--json");
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Report).summary).toMatchObject({
      commits: 121,
      unverifiedProtected: 1,
    });
    expect(fake.requests.filter((r) => r.operationId === "pulls/list-commits")).toHaveLength(2);
  });

  it("asks GitHub for the files of a commit the checkout does not have (a shallow CI checkout)", async () => {
    const repo = checkout();
    const fake = await github();
    const missing = "b".repeat(40);
    fake.seed.commit({ sha: missing, files: ["README.md", WEB_PROD] });
    fake.seed.pullCommits(1, [missing]);
    const run = await signed(repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`commit bbbbbbb by Octo Cat (@octocat) is not verified (GitHub: unsigned)`);
    expect(fake.requests.map((r) => r.operationId)).toEqual(["pulls/list-commits", "repos/get-commit"]);
  });

  it("says the setting is off and exits 0 without asking GitHub or needing a token", async () => {
    const repo = checkout("");
    const run = await cli("governance", "signed", "--pr", "1", "--repo", repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("governance/signed/off");
    expect(run.stdout).toContain("governance.signedCommits is not set");
  });

  it("exits 2 naming the variables when there is no token", async () => {
    const repo = checkout();
    const run = await signed(repo.dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^gitops: governance signed needs a token for https:\/\/api\.github\.com in GITHUB_TOKEN or GH_TOKEN/,
    );
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("exits 2 naming the server, never the token, when GitHub rejects the token", async () => {
    const repo = checkout();
    const fake = await github();
    process.env.GITHUB_TOKEN = "ghs_not-a-token-the-fake-knows";
    const run = await signed(repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `gitops: GitHub at ${fake.url} rejected the token (401) reading pull request #1 of acme/infra-gitops\n`,
    );
    expect(run.stderr).not.toContain("ghs_not");
    // The fake records an unknown token as a violation; here it is the point.
    expect(fake.takeViolations().map((v) => v.kind)).toHaveLength(1);
  });

  it("exits 2 for a pull request GitHub does not have", async () => {
    const repo = checkout();
    const fake = await github();
    const run = await cli(
      "governance",
      "signed",
      "--pr",
      "7",
      "--github-repo",
      "acme/infra-gitops",
      "--repo",
      repo.dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`GitHub at ${fake.url} has no pull request #7 in acme/infra-gitops`);
  });

  it("exits 2 naming the server when it cannot be reached", async () => {
    const repo = checkout();
    const url = `http://127.0.0.1:${await closedPort()}`;
    Object.assign(process.env, { GITHUB_TOKEN: "ghs_x", GITHUB_API_URL: url });
    const run = await signed(repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gitops: cannot reach GitHub at ${url}: ECONNREFUSED\n`);
  });

  it("refuses a missing or malformed --pr", async () => {
    const repo = checkout();
    expect((await cli("governance", "signed", "--repo", repo.dir)).stderr).toContain("needs --pr");
    expect((await cli("governance", "signed", "--pr", "x1", "--repo", repo.dir)).code).toBe(2);
    expect((await cli("governance", "check", "--pr", "1", "--repo", repo.dir)).code).toBe(2);
  });
});
