// Start-up, whole process and wall clock: `gitops --version` (no command module loaded),
// `gitops validate --help` (one command's modules), and the `plan` action bundle run as the
// runner runs it (INPUT_* and the file commands) on a three-target repo, to its exit; each
// against `node -e 0` measured alongside. The goal (#22) is an absolute one, ≤ 250 ms for
// `--version` and the `plan` action; it is reported in the notes. Seven more actions are run with
// one bad input each, to their exit 2: the start-up a mistyped workflow waits for.
import { execFileSync, spawnSync } from "node:child_process";
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

/** Each action with the input that fails it first (exit 2), and what is wrong with it. */
const BAD_INPUT: readonly { action: string; inputs: Record<string, string>; fault: string }[] = [
  { action: "bump", inputs: {}, fault: "repository missing" },
  { action: "changelog", inputs: { RELEASES: "maybe" }, fault: "releases: maybe" },
  { action: "deployments", inputs: {}, fault: "github-token missing" },
  { action: "observe", inputs: { GRACE: "soon" }, fault: "grace: soon" },
  { action: "promote", inputs: { MODE: "bogus" }, fault: "mode: bogus" },
  { action: "status", inputs: { GRACE: "soon" }, fault: "grace: soon" },
  { action: "setup-tools", inputs: { TOOLS: "no-such-tool" }, fault: "unknown tool" },
];

/** Runs an action bundle with `inputs` (INPUT_ names without the prefix); throws unless it exits 2. */
function badInputAction(dir: string, action: string, inputs: Record<string, string>): () => void {
  const files = { GITHUB_OUTPUT: join(dir, "output"), GITHUB_STEP_SUMMARY: join(dir, "summary.md") };
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: "example-org/infra-gitops",
    ...files,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k}`, v])),
  };
  const bundle = join(DIST, action, "index.js");
  return () => {
    for (const f of Object.values(files)) writeFileSync(f, "");
    const run = spawnSync(process.execPath, [bundle], { cwd: dir, env, stdio: "ignore" });
    if (run.status !== 2) throw new Error(`${bundle} exited ${String(run.status)} on a bad input, not 2`);
  };
}

const node =
  (...args: string[]) =>
  () =>
    execFileSync(process.execPath, args, { stdio: "ignore" });

export const benchmark: Benchmark = {
  name: "startup",
  description:
    "gitops --version, validate --help, the plan action on a 3-target repo and seven actions on a bad input against node -e 0 (wall clock)",
  run: async ({ runs }) => {
    const n = Math.max(runs, 10);
    const version = await compare(node(CLI, "--version"), node("-e", "0"), n);
    const help = await compare(node(CLI, "validate", "--help"), node("-e", "0"), n);
    const dir = mkdtempSync(join(tmpdir(), "gitops-bench-startup-"));
    let plan: Timings;
    const bad: { action: string; fault: string; t: Timings }[] = [];
    try {
      const repo = join(dir, "repo");
      generateLintRepo(repo, { shape: "many-targets", resources: 2, targets: 3 });
      execFileSync("git", ["init", "--quiet"], { cwd: repo });
      plan = await compare(planAction(dir, repo), node("-e", "0"), n);
      for (const { action, inputs, fault } of BAD_INPUT) {
        bad.push({
          action,
          fault,
          t: await compare(badInputAction(dir, action, inputs), node("-e", "0"), n),
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const met = (ms: number) => (ms <= GOAL_MS ? "met" : "not met");
    return {
      lines: [
        duration("gitops --version vs node -e 0 (CLI wall clock)", version),
        duration("gitops validate --help vs node -e 0 (CLI wall clock)", help),
        duration("plan action, 3 targets, to exit vs node -e 0 (wall clock)", plan),
        ...bad.map(({ action, fault, t }) =>
          duration(`${action} action, ${fault}, to exit 2 vs node -e 0 (wall clock)`, t),
        ),
      ],
      notes: [
        `gitops --version: median ${version.ours.toFixed(0)} ms of ${n} runs (goal ≤ ${GOAL_MS} ms: ${met(version.ours)}); node -e 0 ${version.baseline.toFixed(0)} ms`,
        `plan action: median ${plan.ours.toFixed(0)} ms of ${n} runs (goal ≤ ${GOAL_MS} ms: ${met(plan.ours)}); node -e 0 ${plan.baseline.toFixed(0)} ms`,
        `actions on a bad input, median ms of ${n} runs: ${bad
          .map(({ action, t }) => `${action} ${t.ours.toFixed(0)} (${met(t.ours)})`)
          .join(", ")}`,
        `load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(", ")} on ${DIST}`,
      ],
    };
  },
};
