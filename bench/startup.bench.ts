// Start-up, whole process and wall clock: `gitops --version` (no command module loaded),
// `gitops validate --help` (one command's modules), and the `plan` action bundle run as the
// runner runs it (INPUT_* and the file commands) on a three-target repo, to its exit; each
// against `node -e 0` measured alongside. The goal (#22) is an absolute one, ≤ 250 ms for
// `--version` and the `plan` action; it is reported in the notes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compare, duration, type Benchmark, type Timings } from "./harness.js";
import { generateLintRepo } from "./lint-gen.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The bundles: GITOPS_DIST's (a private build), else the committed ones. */
const DIST = process.env.GITOPS_DIST ?? join(ROOT, "dist");
const CLI = join(DIST, "cli", "index.js");
const PLAN = join(DIST, "plan", "index.js");
const GOAL_MS = 250;

/** Runs the plan action bundle on `repo` with the environment a runner gives it; throws unless it exits 0. */
function planAction(dir: string, repo: string): () => void {
  const files = { GITHUB_OUTPUT: join(dir, "output"), GITHUB_STEP_SUMMARY: join(dir, "summary.md") };
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: repo,
    ...files,
    "INPUT_REPO-PATH": ".",
    INPUT_ENVIRONMENTS: "",
    INPUT_SERVICES: "",
    INPUT_SHARDS: "1",
  };
  return () => {
    for (const f of Object.values(files)) writeFileSync(f, "");
    execFileSync(process.execPath, [PLAN], { cwd: repo, env, stdio: "ignore" });
  };
}

const node =
  (...args: string[]) =>
  () =>
    execFileSync(process.execPath, args, { stdio: "ignore" });

export const benchmark: Benchmark = {
  name: "startup",
  description:
    "gitops --version, validate --help and the plan action on a 3-target repo against node -e 0 (wall clock)",
  run: async ({ runs }) => {
    const n = Math.max(runs, 10);
    const version = await compare(node(CLI, "--version"), node("-e", "0"), n);
    const help = await compare(node(CLI, "validate", "--help"), node("-e", "0"), n);
    const dir = mkdtempSync(join(tmpdir(), "gitops-bench-startup-"));
    let plan: Timings;
    try {
      const repo = join(dir, "repo");
      generateLintRepo(repo, { shape: "many-targets", resources: 2, targets: 3 });
      execFileSync("git", ["init", "--quiet"], { cwd: repo });
      plan = await compare(planAction(dir, repo), node("-e", "0"), n);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const met = (ms: number) => (ms <= GOAL_MS ? "met" : "not met");
    return {
      lines: [
        duration("gitops --version vs node -e 0 (CLI wall clock)", version),
        duration("gitops validate --help vs node -e 0 (CLI wall clock)", help),
        duration("plan action, 3 targets, to exit vs node -e 0 (wall clock)", plan),
      ],
      notes: [
        `gitops --version: median ${version.ours.toFixed(0)} ms of ${n} runs (goal ≤ ${GOAL_MS} ms: ${met(version.ours)}); node -e 0 ${version.baseline.toFixed(0)} ms`,
        `plan action: median ${plan.ours.toFixed(0)} ms of ${n} runs (goal ≤ ${GOAL_MS} ms: ${met(plan.ours)}); node -e 0 ${plan.baseline.toFixed(0)} ms`,
        `load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(", ")} on ${DIST}`,
      ],
    };
  },
};
