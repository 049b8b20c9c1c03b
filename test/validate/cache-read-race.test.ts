// A per-target result is keyed by the bytes the check read, never by a second read of the file:
// when a render rewrites an output after lint or policy read it (another terminal, another job
// on a shared workspace), the next run on the new bytes must not get the old bytes' findings.
// The rewrite is injected right after each check's read, through the real lint and policy.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CacheStore } from "../../packages/cache/src/index.js";
import { lint } from "../../packages/lint/src/index.js";
import { runPolicyCheck } from "../../packages/policy/src/index.js";
import { render } from "../../packages/render/src/index.js";
import { readIndex } from "../../packages/render/src/output.js";
import { pathWith, testBinaries } from "../support/binaries.js";
import { multiTargetRepo } from "../support/multi-target.js";
import { toolEnv } from "../render/support.js";

/** Run once, right after the next read of rendered outputs by lint or policy. */
const afterRead: { once?: () => void } = {};
function fire(): void {
  const hook = afterRead.once;
  delete afterRead.once;
  hook?.();
}

vi.mock("../../packages/lint/src/rendered.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../packages/lint/src/rendered.js")>();
  return {
    ...real,
    readRendered: (...args: Parameters<typeof real.readRendered>) => {
      const read = real.readRendered(...args);
      fire();
      return read;
    },
  };
});

vi.mock("../../packages/policy/src/inputs/load.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../packages/policy/src/inputs/load.js")>();
  return {
    ...real,
    loadRenderedTargets: (...args: Parameters<typeof real.loadRenderedTargets>) => {
      const read = real.loadRenderedTargets(...args);
      fire();
      return read;
    },
  };
});

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
  process.env.PATH = pathWith((await testBinaries()).dir);
});

/** A rendered multi-target repo, a fresh cache, and the output of one kustomize target. */
async function setUp(): Promise<{ repo: string; store: CacheStore; output: string }> {
  const repo = multiTargetRepo();
  await render({ repo, env, cache: false });
  const target = readIndex(join(repo, "render")).targets.find(
    (t) => t.status === "ok" && t.kind === "kustomize" && t.env === "prod",
  );
  if (!target) throw new Error("the fixture has no rendered kustomize prod target");
  const store = new CacheStore({ dir: mkdtempSync(join(tmpdir(), "gitops-race-")), maxBytes: 1 << 28 });
  return { repo, store, output: join(repo, target.output) };
}

describe("a rendered output rewritten after a check read it", () => {
  it("lint: the next run on the new bytes says what a cold run says", async () => {
    const { repo, store, output } = await setUp();
    // The new bytes break the schema: replicas must be an integer.
    const rewritten = readFileSync(output, "utf8").replace(/replicas: \d+/, 'replicas: "two"');
    expect(rewritten).not.toBe(readFileSync(output, "utf8"));
    afterRead.once = () => {
      writeFileSync(output, rewritten);
    };
    const racing = await lint({ repo, env, render: "never", cache: store });
    expect(afterRead.once).toBeUndefined();
    expect(racing.findings.some((f) => f.message.includes("two"))).toBe(false);

    const warm = await lint({ repo, env, render: "never", cache: store });
    const cold = await lint({ repo, env, render: "never", cache: false });
    expect(cold.findings.some((f) => f.severity === "error")).toBe(true);
    expect(JSON.stringify(warm.findings)).toBe(JSON.stringify(cold.findings));
  });

  it("policy: the next run on the new bytes says what a cold run says", async () => {
    const { repo, store, output } = await setUp();
    // The new bytes run an image by its latest tag, which the example's policies refuse.
    const rewritten = readFileSync(output, "utf8").replace(/image: (\S+?):\S+/g, "image: $1:latest");
    expect(rewritten).not.toBe(readFileSync(output, "utf8"));
    afterRead.once = () => {
      writeFileSync(output, rewritten);
    };
    const racing = await runPolicyCheck({ repo, env, render: false, cache: store });
    expect(afterRead.once).toBeUndefined();

    const warm = await runPolicyCheck({ repo, env, render: false, cache: store });
    const cold = await runPolicyCheck({ repo, env, render: false, cache: false });
    expect(cold.findings).not.toEqual(racing.findings);
    expect(warm.findings).toEqual(cold.findings);
  });
});
