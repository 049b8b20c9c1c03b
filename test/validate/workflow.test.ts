// validate.yml's job chain run as the runner would: the plan job's matrix feeds the render
// (shard) jobs, whose result files the lint and policy report jobs merge. Each step is the
// action bundle from dist/, with the inputs validate.yml gives it.
import { cpSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { testBinaries } from "../support/binaries.js";
import { runAction } from "../support/run-action.js";
import { copyExample } from "../support/example.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** The `with:` of the step in `job` that uses `$/actions/<name>`. */
function stepInputs(workflow: { jobs: Record<string, { steps: Step[] }> }, job: string, name: string) {
  const step = workflow.jobs[job]?.steps.find((s) => s.uses === `$/actions/${name}`);
  if (!step) throw new Error(`validate.yml: job ${job} has no $/actions/${name} step`);
  return step.with ?? {};
}

let workspace: string;
let env: Record<string, string>;
beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), "gitops-workflow-"));
  copyExample(join(workspace, "infra"));
  env = { PATH: `${(await testBinaries()).dir}:/usr/bin:/bin` };
});

describe("validate.yml through the runner emulation", () => {
  it("renders, lints and policy-checks every planned target, the Helm Applications too, in 2 shards", async () => {
    const workflow = parse(readFileSync(join(ROOT, ".github/workflows/validate.yml"), "utf8")) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    // The inputs the workflow wires, with the caller's path and shards filled in.
    expect(Object.keys(stepInputs(workflow, "plan", "plan"))).toEqual([
      "repo-path",
      "environments",
      "shards",
    ]);
    expect(stepInputs(workflow, "render", "shard")).toMatchObject({ "results-dir": "gitops-results" });

    const plan = await runAction("plan", { "repo-path": "infra", shards: "2" }, { workspace, env });
    expect(plan.exitCode, plan.stdout).toBe(0);
    const matrix = JSON.parse(plan.outputs.matrix ?? "") as {
      include: { shard: number; of: number; targets: string[] }[];
    };
    const planned = matrix.include.flatMap((m) => m.targets).sort();
    expect(planned).toContain("applications/prod/queue-prod");
    expect(planned).toContain("applications/staging/queue-staging");

    const results = join(workspace, "gitops-results");
    for (const m of matrix.include) {
      // Each render job has its own checkout; its results travel as an artifact.
      const own = mkdtempSync(join(tmpdir(), "gitops-workflow-shard-"));
      copyExample(join(own, "infra"));
      const shard = await runAction(
        "shard",
        {
          "repo-path": "infra",
          targets: JSON.stringify(m.targets),
          shard: String(m.shard),
          "results-dir": "gitops-results",
        },
        { workspace: own, env, timeoutMs: 300_000 },
      );
      expect(shard.exitCode, shard.stdout).toBe(0);
      expect(shard.outputs.rendered).toBe(String(m.targets.length));
      const index = JSON.parse(readFileSync(join(own, "infra/render/index.json"), "utf8")) as {
        targets: { id: string; status: string }[];
      };
      for (const id of m.targets) expect(index.targets.find((t) => t.id === id)?.status, id).toBe("ok");
      cpSync(join(own, "gitops-results"), results, { recursive: true });
    }
    const covered = readdirSync(results)
      .filter((f) => f.startsWith("render.shard-"))
      .flatMap((f) => (JSON.parse(readFileSync(join(results, f), "utf8")) as { targets: string[] }).targets)
      .sort();
    // Every planned target was rendered in some shard, exactly once: none comes out skipped.
    expect(covered).toEqual(planned);

    for (const check of ["lint", "policy"]) {
      const report = await runAction(
        "report",
        { check, "results-dir": "gitops-results", "expected-shards": String(matrix.include.length) },
        { workspace, env },
      );
      expect(report.exitCode, report.stdout).toBe(0);
      expect(report.annotations.filter((a) => a.level === "error")).toEqual([]);
    }
  });
});
