// CLI start-up, whole process and wall clock: `gitops --version` (no command module loaded) and
// `gitops validate --help` (one command's modules), against `node -e 0` measured alongside.
// The goal (#22) is an absolute one, ≤ 250 ms for `--version`; it is reported in the notes.
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compare, duration, type Benchmark } from "./harness.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The CLI bundle: GITOPS_DIST's (a private build), else the committed one. */
const CLI = join(process.env.GITOPS_DIST ?? join(ROOT, "dist"), "cli", "index.js");
const GOAL_MS = 250;

const node =
  (...args: string[]) =>
  () =>
    execFileSync(process.execPath, args, { stdio: "ignore" });

export const benchmark: Benchmark = {
  name: "startup",
  description: "gitops --version and validate --help against node -e 0 (CLI wall clock)",
  run: async ({ runs }) => {
    const n = Math.max(runs, 10);
    const version = await compare(node(CLI, "--version"), node("-e", "0"), n);
    const help = await compare(node(CLI, "validate", "--help"), node("-e", "0"), n);
    const met = version.ours <= GOAL_MS ? "met" : "not met";
    return {
      lines: [
        duration("gitops --version vs node -e 0 (CLI wall clock)", version),
        duration("gitops validate --help vs node -e 0 (CLI wall clock)", help),
      ],
      notes: [
        `gitops --version: median ${version.ours.toFixed(0)} ms of ${n} runs (goal ≤ ${GOAL_MS} ms: ${met}); node -e 0 ${version.baseline.toFixed(0)} ms`,
        `load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(", ")} on ${CLI}`,
      ],
    };
  },
};
