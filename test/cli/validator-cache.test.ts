// The CLI keeps compiled schema validators in the persistent cache folder, `.gitops.yaml`'s
// included: a run that takes the config's validator from the cache says exactly what a fresh
// compile says, for a good config and for a broken one, and `--no-cache` leaves it alone.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { copyExample } from "../support/example.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(process.env.GITOPS_DIST ?? join(ROOT, "dist"), "cli", "index.js");

let PATH = "";
beforeAll(async () => {
  PATH = `${(await testBinaries()).dir}:/usr/bin:/bin`;
});

function gitops(cache: string, ...argv: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    env: { PATH, GITOPS_CACHE_DIR: cache },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function validators(cache: string): number {
  const dir = join(cache, "v1", "schema-validator");
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true }).filter((f) => String(f).length > 2).length
    : 0;
}

function repo(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-vcache-")), "infra");
  copyExample(dir);
  return dir;
}

describe("compiled validators in the CLI's cache", () => {
  it("keeps the config's validator and lists the same targets from it", () => {
    const dir = repo();
    const cache = mkdtempSync(join(tmpdir(), "gitops-vcache-"));
    const fresh = gitops(cache, "targets", "--json", "--repo", dir);
    expect(fresh.code).toBe(0);
    expect(validators(cache)).toBe(1);
    const warm = gitops(cache, "targets", "--json", "--repo", dir);
    expect(warm).toEqual(fresh);
    expect(validators(cache)).toBe(1);
  });

  it("words a broken config the same from a cached validator as from a fresh compile", () => {
    const dir = repo();
    appendFileSync(join(dir, ".gitops.yaml"), "\nrendr:\n  concurrency: 4\n");
    const cache = mkdtempSync(join(tmpdir(), "gitops-vcache-"));
    const filling = gitops(cache, "validate", "--repo", dir);
    const cached = gitops(cache, "validate", "--repo", dir);
    const uncached = gitops(
      mkdtempSync(join(tmpdir(), "gitops-vcache-")),
      "validate",
      "--no-cache",
      "--repo",
      dir,
    );
    expect(uncached.code).toBe(2);
    expect(uncached.stderr).toMatch(/^gitops: \.gitops\.yaml:\d+: unknown key "rendr"/);
    expect(filling).toEqual(uncached);
    expect(cached).toEqual(uncached);
    expect(validators(cache)).toBe(1);
  });

  it("leaves the cache folder alone with --no-cache", () => {
    const cache = mkdtempSync(join(tmpdir(), "gitops-vcache-"));
    expect(gitops(cache, "render", "--no-cache", "--json", "--repo", repo()).code).toBe(0);
    expect(existsSync(join(cache, "v1"))).toBe(false);
  });
});
