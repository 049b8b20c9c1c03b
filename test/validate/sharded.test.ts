// A sharded run (plan -> one runShard per shard -> merged reports) must give the same
// findings as one unsharded run, on a copy of the example with breakage planted in
// several targets: a render failure, a schema error and a policy violation.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/finding.js";
import { buildPlan, loadModel } from "../../packages/core/src/index.js";
import {
  coverageText,
  reportShards,
  runShard,
  runValidate,
  type CheckOutcome,
} from "../../packages/validate/src/index.js";
import { exampleCopy, toolEnv } from "../render/support.js";

let env: NodeJS.ProcessEnv;

function broken(): string {
  const repo = exampleCopy();
  const edit = (file: string, from: string | RegExp, to: string) => {
    const path = join(repo, file);
    const text = readFileSync(path, "utf8");
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
    writeFileSync(path, next);
  };
  edit("apps/web/overlays/staging/kustomization.yaml", /resources:\n/, "resources:\n  - missing.yaml\n");
  edit("apps/cms/base/deployment.yaml", /(\n\s+)replicas:/, "$1replicaz: 2$1replicas:");
  edit("apps/cms/overlays/staging/kustomization.yaml", /newTag: "?[\w.]+"?/, "newTag: latest");
  return repo;
}

/**
 * Findings of the checks a shard covers, one per place and message. Which target a shared
 * base's finding names depends on which shard saw it first, so the target is left out.
 */
function normal(checks: readonly CheckOutcome[]): string[] {
  const keys = checks
    .filter((c) => c.name !== "secrets")
    .flatMap((c) => c.findings)
    .map((f: Finding) => [f.tool, f.rule, f.severity, f.file ?? "", f.line ?? 0, f.message].join(" | "));
  return [...new Set(keys)].sort();
}

beforeAll(async () => {
  env = await toolEnv();
});

describe("sharded validate", () => {
  it("gives the same findings as an unsharded run", async () => {
    const whole = await runValidate({
      repo: broken(),
      failOn: "error",
      env,
      checks: ["render", "lint", "policy"],
    });
    const expected = normal(whole.checks);
    expect(expected.map((k) => k.split(" | ")[0])).toEqual(
      expect.arrayContaining(["render", "lint", "policy"]),
    );

    // Shard over the model's targets (folders and Application-driven ones), as the plan job does.
    const plan = buildPlan(await loadModel(broken()), { shards: 3 });
    const results = mkdtempSync(join(tmpdir(), "gitops-shards-"));
    for (const m of plan.matrix.include) {
      // Each shard job has a checkout of its own.
      const repo = broken();
      await runShard({ repo, shard: m.shard, targets: m.targets, resultsDir: results, failOn: "error", env });
    }
    const merged = reportShards({
      check: "validate",
      resultsDir: results,
      expectedShards: plan.shards.length,
      failOn: "error",
    });
    expect(normal([{ name: "all", findings: merged.findings }])).toEqual(expected);
    expect(merged.failed).toBe(true);

    // The summary's table says what each check covered, the shards' sums equal to the whole run's.
    expect(merged.markdown).toContain("| Check | Result | Errors | Warnings | Notices | Covered |");
    for (const c of whole.checks) {
      const covered = (c.coverage ? coverageText(c.coverage) : undefined) ?? "";
      expect(covered, c.name).toMatch(/^\d+ (of \d+ targets|resources|policies)/);
      const row = merged.markdown.split("\n").find((l) => l.startsWith(`| ${c.name} | ❌ failed |`)) ?? "";
      expect(row).toMatch(new RegExp(` \\| ${escape(covered)} \\|$`));
    }
  });

  // A shard's policy check takes the Namespaces of its envs' shared targets (clusters/<env>) as
  // context, even when another shard renders them: a policy matching on namespace labels (env:
  // prod ...) evaluates every object it would unsharded (the example: 32 evaluations either way).
  it("evaluates as many policy × object pairs as an unsharded run", async () => {
    const whole = await runValidate({ repo: exampleCopy(), failOn: "error", env, checks: ["policy"] });
    const plan = buildPlan(await loadModel(exampleCopy()), { shards: 3 });
    const results = mkdtempSync(join(tmpdir(), "gitops-shards-policy-"));
    for (const m of plan.matrix.include) {
      const repo = exampleCopy();
      await runShard({ repo, shard: m.shard, targets: m.targets, resultsDir: results, failOn: "error", env });
    }
    const merged = reportShards({
      check: "policy",
      resultsDir: results,
      expectedShards: plan.shards.length,
      failOn: "error",
    });
    const covered = coverageText(whole.checks.find((c) => c.name === "policy")?.coverage ?? {}) ?? "";
    expect(covered).toMatch(/matched and evaluated$/);
    expect(merged.markdown).toContain(`| ${covered} |`);
  });

  it("fails the report when a shard never reported", async () => {
    const results = mkdtempSync(join(tmpdir(), "gitops-shards-missing-"));
    await runShard({
      repo: exampleCopy(),
      shard: 1,
      targets: ["clusters/prod"],
      resultsDir: results,
      failOn: "error",
      env,
    });
    expect(() =>
      reportShards({ check: "lint", resultsDir: results, expectedShards: 2, failOn: "error" }),
    ).toThrow(/lint: no results from shard\(s\) 2 of 2/);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
