// The plan action end to end: the bundle in dist/ run as the runner runs it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "../support/run-action.js";
import { copyExample } from "../support/example.js";

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-plan-ws-"));
  copyExample(join(dir, "infra"));
  return dir;
}

describe("actions/plan", () => {
  it("plans the example repo into a matrix with outputs and a summary", async () => {
    const result = await runAction("plan", { "repo-path": "infra", shards: "3" }, { workspace: workspace() });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    const targets = JSON.parse(result.outputs.targets!) as { id: string; env: string; kind: string }[];
    expect(targets.map((t) => t.id)).toContain("apps/cms/overlays/prod");
    // "" is shared infrastructure (policies/ here).
    expect(targets.every((t) => ["staging", "prod", ""].includes(t.env))).toBe(true);
    expect(result.outputs.count).toBe(String(targets.length));
    expect(result.outputs["has-targets"]).toBe("true");
    const matrix = JSON.parse(result.outputs.matrix!) as {
      include: { shard: number; of: number; targets: string[] }[];
    };
    expect(matrix.include.map((m) => m.shard)).toEqual([1, 2, 3]);
    expect(matrix.include.flatMap((m) => m.targets).sort()).toEqual(targets.map((t) => t.id).sort());
    expect(result.summary).toContain("### gitops plan");
    expect(result.summary).toContain(`${targets.length} target(s) in 3 shard(s).`);
    expect(result.annotations).toEqual([]);
  });

  it("filters by environment", async () => {
    const result = await runAction(
      "plan",
      { "repo-path": "infra", environments: "prod" },
      { workspace: workspace() },
    );
    expect(result.exitCode).toBe(0);
    const targets = JSON.parse(result.outputs.targets!) as { env: string }[];
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets.map((t) => t.env))).toEqual(new Set(["prod"]));
  });

  it("fails with exit 2 naming the input when shards is not a number", async () => {
    const result = await runAction(
      "plan",
      { "repo-path": "infra", shards: "many" },
      { workspace: workspace() },
    );
    expect(result.exitCode).toBe(2);
    expect(result.annotations).toHaveLength(1);
    expect(result.annotations[0]?.level).toBe("error");
    expect(result.annotations[0]?.message).toContain('"shards"');
    expect(result.annotations[0]?.message).toContain("many");
    expect(result.stdout).not.toMatch(/\bat .*\.js:\d+/);
    expect(result.outputs).toEqual({});
  });

  it("fails with exit 2 naming a repo path that does not exist", async () => {
    const result = await runAction("plan", { "repo-path": "missing" }, { workspace: workspace() });
    expect(result.exitCode).toBe(2);
    expect(result.annotations[0]?.message).toBe("repository folder missing does not exist");
  });

  it("reports an unknown environment with the known ones", async () => {
    const result = await runAction(
      "plan",
      { "repo-path": "infra", environments: "qa" },
      { workspace: workspace() },
    );
    expect(result.exitCode).toBe(2);
    expect(result.annotations[0]?.message).toBe('unknown environment "qa"; known: staging, prod');
  });
});
