// `gitops promote` in-process through runCli: modes, output, JSON, and --pr over the fetch client.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { createTestRepo, git } from "../support/git.js";
import { EXAMPLE, exampleFiles, IDENTITY, isolateGit, tempRepo } from "./fixture.js";
import { cli } from "../support/cli.js";

beforeAll(() => {
  isolateGit();
  Object.assign(process.env, {
    GIT_AUTHOR_NAME: IDENTITY.name,
    GIT_AUTHOR_EMAIL: IDENTITY.email,
    GIT_COMMITTER_NAME: IDENTITY.name,
    GIT_COMMITTER_EMAIL: IDENTITY.email,
  });
});

const GITHUB_VARS = ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_URL", "GITHUB_REPOSITORY"];
beforeEach(() => {
  for (const v of GITHUB_VARS) Reflect.deleteProperty(process.env, v);
});

const PROD_FILES = [
  "apps/cms/overlays/prod/kustomization.yaml",
  "apps/queue/overlays/prod/values.yaml",
  "apps/web/overlays/prod/kustomization.yaml",
];

describe("gitops promote", () => {
  it("shows the example repo's staging release as a diff with --dry-run and writes nothing", async () => {
    const before = PROD_FILES.map((f) => readFileSync(join(EXAMPLE, f), "utf8"));
    const { code, stdout, stderr } = await cli(
      "promote",
      "staging",
      "prod",
      "cms",
      "web",
      "queue",
      "--dry-run",
      "--repo",
      EXAMPLE,
    );
    expect(code).toBe(0);
    expect(stdout.split("\n").filter((l) => /^[-+][^-+]/.test(l))).toEqual([
      "-    newTag: 1.14.2",
      "+    newTag: 1.15.0",
      '-  tag: "0.9.1"',
      '+  tag: "0.9.3"',
      "-    newTag: 2.7.4",
      "+    newTag: 2.8.1",
    ]);
    expect(stdout.split("\n").filter((l) => l.startsWith("+++ "))).toEqual(
      PROD_FILES.map((f) => `+++ b/${f}`),
    );
    expect(stderr).toMatch(
      /^SERVICE +FILE +FIELD +BEFORE \(prod\) +AFTER \(from staging\)\ncms +apps\/cms\/overlays\/prod\/kustomization\.yaml +images\[ghcr\.io\/example-org\/cms\]\.newTag +1\.14\.2 +1\.15\.0\n/,
    );
    expect(stderr).toContain("dry run: nothing was written");
    expect(PROD_FILES.map((f) => readFileSync(join(EXAMPLE, f), "utf8"))).toEqual(before);
  });

  it("prints one JSON document with the changes and the diff", async () => {
    const { code, stdout } = await cli(
      "promote",
      "staging",
      "prod",
      "web",
      "--dry-run",
      "--json",
      "--repo",
      EXAMPLE,
    );
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as Record<string, unknown>;
    expect(doc.status).toBe("dry-run");
    expect(doc.changes).toEqual([
      {
        service: "web",
        file: PROD_FILES[2],
        field: "images[ghcr.io/example-org/web].newTag",
        from: "2.7.4",
        to: "2.8.1",
      },
    ]);
    expect(doc.diff).toMatch(/^--- a\/apps\/web\/overlays\/prod\/kustomization\.yaml\n/);
    expect(Array.isArray(doc.drift)).toBe(true);
  });

  it("edits the working tree by default, and then has nothing left to promote", async () => {
    const dir = tempRepo(exampleFiles());
    const first = await cli("promote", "staging", "prod", "cms", "--repo", dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("edited 1 file(s) in the working tree");
    expect(readFileSync(join(dir, PROD_FILES[0]!), "utf8")).toContain("newTag: 1.15.0");
    const second = await cli("promote", "staging", "prod", "cms", "--repo", dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe("nothing to promote: prod already has what staging has for cms\n");
    // What differs and stays (replicas, hosts ...) is still shown.
    expect(second.stderr).toMatch(/^not promoted: \d+ other field\(s\) differ between staging and prod/);
  });

  it("commits with --commit and reports the branch", async () => {
    const repo = createTestRepo(exampleFiles());
    const { code, stdout } = await cli(
      "promote",
      "staging",
      "prod",
      "web",
      "cms",
      "--commit",
      "--repo",
      repo.dir,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/committed [0-9a-f]{12} on promote\/prod\/cms-web\n$/);
    expect(repo.git("status", "--porcelain")).toBe("");
  });

  it("is listed in gitops --help and has its own help", async () => {
    expect((await cli("--help")).stdout).toMatch(/^ {2}promote +copy promotable fields/m);
    const { code, stdout } = await cli("promote", "--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Usage: gitops promote <from> <to> <service>\.\.\. \[--dry-run \| --commit \| --push \| --pr\]/,
    );
  });

  it("is what scripts/promote.sh runs, from the repo root, with the arguments unchanged", () => {
    const stub = join(mkdtempSync(join(tmpdir(), "gitops-stub-")), "argv.mjs");
    writeFileSync(
      stub,
      "console.log(JSON.stringify({ cwd: process.cwd(), argv: process.argv.slice(2) }));\n",
    );
    const out = execFileSync(
      "bash",
      [join(EXAMPLE, "scripts/promote.sh"), "staging", "prod", "cms", "web app", "--dry-run"],
      {
        env: { ...process.env, GITOPS: `${process.execPath} ${stub}` },
        encoding: "utf8",
      },
    );
    expect(JSON.parse(out)).toEqual({
      cwd: realpathSync(EXAMPLE),
      argv: ["promote", "staging", "prod", "cms", "web app", "--dry-run"],
    });
  });

  it("needs a token for --pr", async () => {
    const repo = createTestRepo(exampleFiles());
    const { code, stderr } = await cli("promote", "staging", "prod", "cms", "--pr", "--repo", repo.dir);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "gitops: opening a pull request needs a GitHub token and repository (set GITHUB_TOKEN)\n",
    );
    expect(repo.git("ls-remote", "origin")).not.toContain("promote/");
  });
});

describe("gitops promote --pr against GitHub", () => {
  let gh: FakeGitHub;
  afterEach(async () => {
    gh.assertClean();
    await gh.close();
  });

  it("opens the pull request through the CLI's own client, then finds it again", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    Object.assign(process.env, {
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: "acme/infra-gitops",
    });
    const first = await cli("promote", "staging", "prod", "cms", "web", "--pr", "--repo", repo.dir);
    expect(first.stderr).not.toContain("gitops:");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /pushed [0-9a-f]{12} to promote\/prod\/cms-web; pull request #1 created: http:\/\/127\.0\.0\.1:\d+\/acme\/infra-gitops\/pull\/1\n$/,
    );
    expect(gh.repository.issues.get(1)?.labels.sort()).toEqual(["env:prod", "promotion"]);
    expect(
      git(
        repo.remote,
        "log",
        "-1",
        "--format=%(trailers:key=Promoted-From,valueonly)",
        "promote/prod/cms-web",
      ),
    ).toBe(`staging@${repo.git("rev-parse", "HEAD")}`);
    const second = await cli(
      "promote",
      "staging",
      "prod",
      "cms",
      "web",
      "--pr",
      "--json",
      "--repo",
      repo.dir,
    );
    expect(JSON.parse(second.stdout)).toMatchObject({
      status: "unchanged",
      pr: { number: 1, action: "unchanged" },
    });
  });

  it("exits 1 with the reason when the gate refuses", async () => {
    gh = await startFakeGitHub();
    const repo = createTestRepo(exampleFiles());
    gh.seed.checkRun({ ref: repo.git("rev-parse", "HEAD"), name: "validate", conclusion: "failure" });
    Object.assign(process.env, { GH_TOKEN: gh.token, GITHUB_API_URL: gh.url });
    const { code, stdout } = await cli(
      "promote",
      "staging",
      "prod",
      "cms",
      "--pr",
      "--require-check",
      "validate",
      "--github-repo",
      "acme/infra-gitops",
      "--repo",
      repo.dir,
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /promotion refused: required checks did not pass on [0-9a-f]{12}: "validate" concluded failure\n$/,
    );
    expect(gh.repository.issues.size).toBe(0);
  });
});
