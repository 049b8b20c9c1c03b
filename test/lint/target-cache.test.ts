// `gitops lint` with GITOPS_CACHE_DIR set keeps each target's schema findings: warm output is
// byte for byte a cold run's (--json and text), and a one-target change lints that target again.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CacheStore } from "../../packages/cache/src/index.js";
import { lint } from "../../packages/lint/src/index.js";
import { render } from "../../packages/render/src/index.js";
import { pathWith, testBinaries } from "../support/binaries.js";
import { cli } from "../support/cli.js";
import { bumpProdTag, kustomizeService, multiTargetRepo } from "../support/multi-target.js";
import { exampleCopy, toolEnv } from "../render/support.js";

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
  process.env.PATH = pathWith((await testBinaries()).dir);
});

/** Entries of one kind in a cache folder. */
function entries(cacheDir: string, kind: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else n++;
  };
  walk(join(cacheDir, "v1", kind));
  return n;
}

async function rendered(repo: string): Promise<number> {
  const r = await render({ repo, env, cache: false });
  return r.targets.filter((t) => t.status === "ok").length;
}

describe("gitops lint with GITOPS_CACHE_DIR", () => {
  for (const [name, make] of [
    ["the example", exampleCopy],
    ["a multi-target repo", () => multiTargetRepo()],
  ] as const) {
    it(`prints what a cold run prints, --json and text, on ${name}`, async () => {
      const repo = make();
      const targets = await rendered(repo);
      const saved = process.env.GITOPS_CACHE_DIR;
      const cacheDir = mkdtempSync(join(tmpdir(), "gitops-lint-cache-"));
      process.env.GITOPS_CACHE_DIR = cacheDir;
      try {
        for (const format of [["--json"], []]) {
          const args = ["lint", "--repo", repo, "--no-render", ...format];
          const cold = await cli(...args, "--no-cache");
          const filling = await cli(...args);
          const warm = await cli(...args);
          expect(filling).toEqual(cold);
          expect(warm).toEqual(cold);
        }
        expect(entries(cacheDir, "lint-target")).toBe(targets);
        // The compiled-validator cache is used by standalone lint too.
        expect(entries(cacheDir, "schema-validator")).toBeGreaterThan(0);
      } finally {
        process.env.GITOPS_CACHE_DIR = saved;
      }
    });
  }

  it("lints only the changed target again, and says what a cold run says", async () => {
    const repo = multiTargetRepo();
    const targets = await rendered(repo);
    const store = new CacheStore({ dir: mkdtempSync(join(tmpdir(), "gitops-lint-")), maxBytes: 1 << 28 });
    await lint({ repo, env, render: "never", cache: store });
    bumpProdTag(repo, kustomizeService(repo), "55.0.0");
    await rendered(repo);
    const before = { ...store.byKind.get("lint-target") };
    const warm = await lint({ repo, env, render: "never", cache: store });
    const after = store.byKind.get("lint-target");
    expect((after?.hits ?? 0) - (before.hits ?? 0)).toBe(targets - 1);
    expect((after?.misses ?? 0) - (before.misses ?? 0)).toBe(1);
    const cold = await lint({ repo, env, render: "never", cache: false });
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
  });
});
