// Chains with a fan-out group, whole-file promotion, and the order a promotion must keep.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { createTestRepo, GIT_ENV } from "../support/git.js";
import { changedLines, fixtureRepo, snapshot } from "./layout-fixtures.js";

beforeAll(() => {
  // --commit runs git in-process: no user config, a fixed identity.
  Object.assign(process.env, GIT_ENV);
});

const SHOP = "envs-chain-files";
const version = (dir: string, env: string) => readFileSync(join(dir, `envs/${env}/version.yml`), "utf8");

async function promoteIn(dir: string, ...args: string[]) {
  const before = snapshot(dir);
  const run = await cli("promote", ...args, "--repo", dir);
  return { ...run, changed: changedLines(before, snapshot(dir)) };
}

describe("promote.files: whole files between env folders", () => {
  it("copies qa's version.yml over staging's, leaves settings.yml, and a repeat is a no-op", async () => {
    const dir = fixtureRepo(SHOP);
    const run = await promoteIn(dir, "qa", "staging");
    expect(run.stderr).not.toContain("gitops:");
    expect(run.code).toBe(0);
    expect(run.changed).toEqual({
      "envs/staging/version.yml": [
        'app.kubernetes.io/version: "1.3.0" => app.kubernetes.io/version: "1.4.0"',
        "image: ghcr.io/example/shop:1.3.0 => image: ghcr.io/example/shop:1.4.0",
      ],
    });
    expect(version(dir, "staging")).toBe(version(dir, "qa"));
    expect(run.stdout).toMatch(
      /envs-chain-files +envs\/staging\/version\.yml +\(file\) +sha256:[0-9a-f]{12} +sha256:[0-9a-f]{12}\n/,
    );
    const again = await promoteIn(dir, "qa", "staging");
    expect(again.changed).toEqual({});
    expect(again.stdout).toBe("nothing to promote: staging already has what qa has for envs-chain-files\n");
  });

  it("creates the file in a target folder that lacks it; --dry-run shows it from /dev/null", async () => {
    const dir = fixtureRepo(SHOP);
    rmSync(join(dir, "envs/staging/version.yml"));
    const dry = await cli("promote", "qa", "staging", "--dry-run", "--repo", dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(
      /^--- \/dev\/null\n\+\+\+ b\/envs\/staging\/version\.yml\n@@ -0,0 \+1,14 @@\n/,
    );
    expect(existsSync(join(dir, "envs/staging/version.yml"))).toBe(false);
    const run = await cli("promote", "qa", "staging", "--repo", dir);
    expect(run.code).toBe(0);
    expect(version(dir, "staging")).toBe(version(dir, "qa"));
  });

  it("mixes files and fields per service: settings.yml copied whole, the image in version.yml by field", async () => {
    const dir = fixtureRepo("apps-envs-yml");
    writeFileSync(
      join(dir, ".gitops.yaml"),
      "promote:\n  services:\n    invoices:\n      files: [settings.yml]\n",
    );
    const run = await promoteIn(dir, "qa", "staging", "invoices");
    expect(run.code).toBe(0);
    expect(run.changed).toEqual({
      "apps/invoices/envs/staging/settings.yml": ["value: info => value: debug"],
      "apps/invoices/envs/staging/version.yml": [
        "image: ghcr.io/example/invoices:1.3.0 => image: ghcr.io/example/invoices:1.4.0",
      ],
    });
    // Copied whole, settings.yml is promoted, not drift.
    expect(run.stderr).not.toContain("settings.yml");
  });

  it("refuses a promote.files entry that leaves the env folder", async () => {
    const dir = fixtureRepo(SHOP);
    writeFileSync(join(dir, ".gitops.yaml"), "promote:\n  files: [../base/deployment.yml]\n");
    const run = await promoteIn(dir, "qa", "staging");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gitops: \.gitops\.yaml:2: "promote\.files\.0" must match pattern/);
    expect(run.changed).toEqual({});
  });
});

describe("a chain that fans out: [qa, staging, [prod-us, prod-eu, prod-asia]]", () => {
  it("promotes staging to every env of the prod group by its alias, one plan per env", async () => {
    const dir = fixtureRepo(SHOP);
    const run = await promoteIn(dir, "staging", "prod", "--dry-run", "--json");
    expect(run.code).toBe(0);
    expect(run.changed).toEqual({});
    const doc = JSON.parse(run.stdout) as {
      status: string;
      to: string;
      changes: { env: string; file: string; field: string }[];
      targets: { to: string; status: string; diff: string }[];
    };
    expect(doc.status).toBe("dry-run");
    expect(doc.targets.map((t) => t.to)).toEqual(["prod-us", "prod-eu", "prod-asia"]);
    expect(doc.changes.map((c) => `${c.env} ${c.file} ${c.field}`)).toEqual([
      "prod-us envs/prod-us/version.yml (file)",
      "prod-eu envs/prod-eu/version.yml (file)",
      "prod-asia envs/prod-asia/version.yml (file)",
    ]);
    expect(doc.targets[2]?.diff).toContain(
      "-          image: ghcr.io/example/shop:1.1.0\n+          image: ghcr.io/example/shop:1.3.0\n",
    );
  });

  it("names one env of the group to promote to it alone", async () => {
    const dir = fixtureRepo(SHOP);
    const run = await promoteIn(dir, "staging", "prod-eu");
    expect(run.code).toBe(0);
    expect(Object.keys(run.changed)).toEqual(["envs/prod-eu/version.yml"]);
  });

  it("refuses qa straight to prod, and promotes with --skip staging", async () => {
    const dir = fixtureRepo(SHOP);
    const refused = await promoteIn(dir, "qa", "prod");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "gitops: qa → prod-us skips staging in the promotion chain (qa → staging → [prod-us, prod-eu, prod-asia]); promote through it first, or say so with --skip staging\n",
    );
    expect(refused.changed).toEqual({});
    const skipped = await promoteIn(dir, "qa", "prod", "--skip", "staging");
    expect(skipped.code).toBe(0);
    expect(Object.keys(skipped.changed).sort()).toEqual([
      "envs/prod-asia/version.yml",
      "envs/prod-eu/version.yml",
      "envs/prod-us/version.yml",
    ]);
    for (const env of ["prod-us", "prod-eu", "prod-asia"]) expect(version(dir, env)).toBe(version(dir, "qa"));
  });

  it.each([
    [
      ["prod-us", "staging"],
      /^gitops: staging comes before prod-us in the promotion chain .*; promotion goes one way\n$/,
    ],
    [["prod-us", "prod-eu"], /^gitops: prod-us and prod-eu are in the same group of the promotion chain/],
    [
      ["qa", "staging", "--skip", "prod-us"],
      /^gitops: --skip prod-us: not between qa and staging in the promotion chain/,
    ],
    [
      ["qa", "staging", "--skip", "uat"],
      /^gitops: --skip "uat": not an environment or group of the chain\n$/,
    ],
    [
      ["staging", "prd"],
      /^gitops: unknown environment "prd"; known: qa, staging, prod-us, prod-eu, prod-asia; groups: prod \(prod-us, prod-eu, prod-asia\)\n$/,
    ],
  ])("refuses promote %j with one message and exit 2", async (args, message) => {
    const dir = fixtureRepo(SHOP);
    const run = await promoteIn(dir, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.changed).toEqual({});
  });

  it("refuses a chain that names an env twice, with the line", async () => {
    const dir = fixtureRepo(SHOP);
    writeFileSync(join(dir, ".gitops.yaml"), "environments:\n  - qa\n  - staging\n  - [prod-us, staging]\n");
    const run = await promoteIn(dir, "qa", "staging");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'gitops: .gitops.yaml:4: "environments" names "staging" twice; each env has one place in the chain\n',
    );
  });

  it("commits one branch per env of the group with --commit", async () => {
    const dir = fixtureRepo(SHOP);
    const repo = createTestRepo(Object.fromEntries(snapshot(dir)));
    const run = await cli("promote", "staging", "prod", "--commit", "--repo", repo.dir);
    expect(run.stderr).not.toContain("gitops:");
    expect(run.code).toBe(0);
    const branches = repo.git("branch", "--list", "promote/*", "--format=%(refname:short)").split("\n");
    // The app of an env-only repo is named after its folder when no remote URL names it.
    expect(branches).toEqual(["promote/prod-asia/work", "promote/prod-eu/work", "promote/prod-us/work"]);
    expect(repo.git("status", "--porcelain")).toBe("");
  });
});
