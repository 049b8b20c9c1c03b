// `gitops policy` with GITOPS_CACHE_DIR set keeps each target's in-process evaluation: warm
// findings are a cold run's (--json apart from its timings), waivers still apply to the whole
// run, and a one-target change evaluates that target again.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CacheStore } from "../../packages/cache/src/index.js";
import { runPolicyCheck } from "../../packages/policy/src/index.js";
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

async function rendered(repo: string): Promise<number> {
  const r = await render({ repo, env, cache: false });
  return r.targets.filter((t) => t.status === "ok").length;
}

/** A --json document without its wall-clock figures, which no two runs share. */
function untimed(stdout: string): unknown {
  const doc = JSON.parse(stdout) as { summary: Record<string, unknown> };
  const { ms, loadMs, evaluateMs, ...summary } = doc.summary;
  for (const figure of [ms, loadMs, evaluateMs]) expect(typeof figure).toBe("number");
  return { ...doc, summary };
}

describe("gitops policy with GITOPS_CACHE_DIR", () => {
  for (const [name, make] of [
    ["the example", exampleCopy],
    ["a multi-target repo", () => multiTargetRepo()],
  ] as const) {
    it(`reports what a cold run reports, --json and text, on ${name}`, async () => {
      const repo = make();
      const targets = await rendered(repo);
      const saved = process.env.GITOPS_CACHE_DIR;
      const cacheDir = mkdtempSync(join(tmpdir(), "gitops-policy-cache-"));
      process.env.GITOPS_CACHE_DIR = cacheDir;
      try {
        const args = ["policy", "--repo", repo, "--no-render"];
        const cold = await cli(...args, "--json", "--no-cache");
        const filling = await cli(...args, "--json");
        const warm = await cli(...args, "--json");
        expect(warm.code).toBe(cold.code);
        expect(untimed(filling.stdout)).toEqual(untimed(cold.stdout));
        expect(untimed(warm.stdout)).toEqual(untimed(cold.stdout));
        // Text: the findings on stdout byte for byte (stderr's last line is the wall clock).
        const coldText = await cli(...args, "--no-cache");
        const warmText = await cli(...args);
        expect(warmText.stdout).toBe(coldText.stdout);
        expect(readdirSync(join(cacheDir, "v1", "policy-target")).length).toBeGreaterThan(0);
        expect(targets).toBeGreaterThan(0);
      } finally {
        process.env.GITOPS_CACHE_DIR = saved;
      }
    });
  }

  it("evaluates only the changed target again; --env and --manifests runs agree with cold ones", async () => {
    const repo = multiTargetRepo();
    const targets = await rendered(repo);
    const store = new CacheStore({ dir: mkdtempSync(join(tmpdir(), "gitops-policy-")), maxBytes: 1 << 28 });
    await runPolicyCheck({ repo, env, render: false, cache: store });
    bumpProdTag(repo, kustomizeService(repo), "55.0.0");
    await rendered(repo);
    const before = { ...store.byKind.get("policy-target") };
    const warm = await runPolicyCheck({ repo, env, render: false, cache: store });
    const after = store.byKind.get("policy-target");
    expect((after?.hits ?? 0) - (before.hits ?? 0)).toBe(targets - 1);
    expect((after?.misses ?? 0) - (before.misses ?? 0)).toBe(1);
    const cold = await runPolicyCheck({ repo, env, render: false, cache: false });
    expect(warm.findings).toEqual(cold.findings);
    expect(warm.findings.some((f) => f.tool === "policy" && f.file !== undefined)).toBe(true);
    expect({ ...warm.stats, ms: 0, loadMs: 0, evaluateMs: 0 }).toEqual({
      ...cold.stats,
      ms: 0,
      loadMs: 0,
      evaluateMs: 0,
    });
    for (const partial of [{ environments: ["prod"] }, { manifests: [join(repo, "render")] }]) {
      const w = await runPolicyCheck({ repo, env, render: false, cache: store, ...partial });
      const c = await runPolicyCheck({ repo, env, render: false, cache: false, ...partial });
      expect(w.findings).toEqual(c.findings);
    }
  });
});
