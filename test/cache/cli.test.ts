// `gitops render` and `gitops validate` with the cache: on by default, --no-cache opts out,
// a bad GITOPS_CACHE_DIR is a usage error naming the variable.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateRepo } from "../../bench/generate.js";
import { testBinaries } from "../support/binaries.js";
import { cli } from "../support/cli.js";

let repo: string;
beforeAll(async () => {
  const bins = await testBinaries();
  process.env.PATH = `${bins.dir}:/usr/bin:/bin`;
  repo = generateRepo(join(mkdtempSync(join(tmpdir(), "gitops-cli-cache-")), "repo"), {
    services: 2,
    resourcesPerService: 2,
    seed: 31,
  }).dir;
});

describe("the CLI and the cache", () => {
  it("restores unchanged targets on the second render, and --no-cache renders them all", async () => {
    process.env.GITOPS_CACHE_DIR = mkdtempSync(join(tmpdir(), "gitops-cache-"));
    const first = await cli("render", "--repo", repo);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toMatch(/from the cache/);
    const second = await cli("render", "--repo", repo);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/; \d+ restored from the cache/);
    const fresh = await cli("render", "--no-cache", "--repo", repo);
    expect(fresh.stdout).not.toMatch(/from the cache/);
  });

  it("reports the cache in validate --json, and writes nothing with --no-cache", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-cache-"));
    process.env.GITOPS_CACHE_DIR = dir;
    const off = await cli("validate", "--no-cache", "--json", "--repo", repo);
    expect((JSON.parse(off.stdout) as { summary: { cache?: unknown } }).summary.cache).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
    await cli("validate", "--json", "--repo", repo);
    const warm = await cli("validate", "--json", "--repo", repo);
    const summary = (JSON.parse(warm.stdout) as { summary: { cache: { hits: number; misses: number } } })
      .summary;
    expect(summary.cache.misses).toBe(0);
    expect(summary.cache.hits).toBeGreaterThan(2);
    const findings = (text: string) => (JSON.parse(text) as { findings: unknown[] }).findings;
    expect(findings(warm.stdout)).toEqual(findings(off.stdout));
  });

  it("refuses a relative GITOPS_CACHE_DIR with exit 2 and one line naming it", async () => {
    process.env.GITOPS_CACHE_DIR = "relative/cache";
    const r = await cli("render", "--repo", repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/GITOPS_CACHE_DIR must be an absolute path, got "relative\/cache"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
