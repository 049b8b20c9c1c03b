// `gitops governance check --live` with release branches, in process: the rulesets and environments
// against the OpenAPI-checked fake GitHub, a stale release/* branch on a local bare origin.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { cli } from "../support/cli.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { exampleWithRelease } from "./release-support.js";

const VARS = ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_URL", "GITHUB_REPOSITORY", "GITOPS_CACHE_DIR"];
const saved = { PATH: process.env.PATH };

beforeEach(async () => {
  for (const v of VARS) Reflect.deleteProperty(process.env, v);
  process.env.PATH = `${(await testBinaries()).dir}:${saved.PATH ?? ""}`;
});

interface Report {
  findings: { rule: string; severity: string; message: string }[];
  summary: { releaseBranches?: { branch: string; differing: string[]; stale: boolean }[] };
}

describe("gitops governance check --live: release branches", () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    process.env.PATH = saved.PATH;
    gh?.assertClean();
    await gh?.close();
    gh = undefined;
  });

  it("exits 1 naming the stale release branch and the target that differs; a 1000d maximum lets it pass", async () => {
    gh = await startFakeGitHub({ owner: "example-org", repo: "infra-gitops" });
    gh.seed.role("github-actions[bot]", "admin");
    gh.seed.teamMember("example-org", "platform", "alice");
    Object.assign(process.env, {
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: "example-org/infra-gitops",
    });
    const r = exampleWithRelease();
    expect((await cli("governance", "apply", "--repo", r.dir)).code).toBe(0);

    const check = await cli("governance", "check", "--live", "--json", "--repo", r.dir);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as Report;
    expect(
      report.findings.filter((f) => f.rule.startsWith("release/") || f.rule.startsWith("live/")),
    ).toEqual([
      {
        tool: "governance",
        rule: "release/diverged",
        severity: "error",
        message: expect.stringMatching(
          /^release\/2026\.05 has rendered differently from main for \d+d/,
        ) as string,
      },
    ]);
    expect(report.summary.releaseBranches).toMatchObject([
      { branch: "release/2026.05", differing: ["apps/web/overlays/prod"], stale: true },
    ]);

    // Dates are from 2026-05: however late this runs, they are older than 14 days and younger than 1000.
    writeFileSync(join(r.dir, ".gitops.yaml"), "governance:\n  releaseBranchMaxAge: 1000d\n", { flag: "a" });
    const relaxed = await cli("governance", "check", "--live", "--repo", r.dir);
    expect(relaxed.stdout).not.toContain("release/diverged");
  });

  it("exits 2 naming the key when releaseBranchMaxAge is not a duration", async () => {
    const r = exampleWithRelease();
    writeFileSync(join(r.dir, ".gitops.yaml"), 'governance:\n  releaseBranchMaxAge: "two weeks"\n', {
      flag: "a",
    });
    const run = await cli("governance", "--repo", r.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("governance.releaseBranchMaxAge");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toBe("");
  });
});
