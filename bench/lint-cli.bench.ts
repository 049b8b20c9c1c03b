// `gitops lint` as a user runs it (#22): the CLI bundle in a fresh process, wall clock with
// start-up, `lint --no-render --json` on render/ as `gitops render` left it, for
// 1. one folder target of 20,000 small Deployments, and 2. 600 small targets (5 objects each).
// Baselines: measured in the same run, a fresh node that only parses the same render/ bytes with
// js-yaml (the floor: lint reads that and the sources, and validates); and, not measured here,
// kubeconform's published 7,500 resources/s, the goal.
// Each shape runs twice: without GITOPS_CACHE_DIR (a laptop: lint keeps no validators or
// results, only V8's compiled code under the default cache folder), and as CI's second run on an
// unchanged repo, GITOPS_CACHE_DIR set and filled by the warm-up run (compiled validators and
// per-target results). The default cache folder is the bench's own (XDG_CACHE_HOME), so neither
// figure depends on what earlier runs on the machine left in ~/.cache.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compare, throughput, type Benchmark, type BenchLine } from "./harness.js";
import { generateLintRepo, type LintRepoOptions } from "./lint-gen.js";

const KUBECONFORM_PER_SECOND = 7_500;
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(process.env.GITOPS_DIST ?? join(ROOT, "dist"), "cli", "index.js");
const JS_YAML = createRequire(import.meta.url).resolve("js-yaml");

const CASES: [string, LintRepoOptions][] = [
  ["20,000 Deployments in one folder", { shape: "one-folder", resources: 20_000 }],
  ["600 small targets", { shape: "many-targets", resources: 5, targets: 600 }],
];

/** The floor: node starts, reads every render/ output and parses it with js-yaml, nothing else. */
const PARSE_ONLY = `
const { readFileSync, readdirSync } = require("node:fs");
const { join } = require("node:path");
const yaml = require(process.argv[1]);
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".yaml") ? [join(d, e.name)] : []);
let n = 0;
for (const f of walk(process.argv[2])) yaml.loadAll(readFileSync(f, "utf8"), (d) => { if (d) n++; });
process.stdout.write(String(n));
`;

/**
 * The bench's environment: the default cache folder under `home` (XDG_CACHE_HOME), and
 * GITOPS_CACHE_DIR `cacheDir`, or unset when there is none.
 */
function cacheEnv(home: string, cacheDir: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: home };
  delete env.GITOPS_CACHE_DIR;
  if (cacheDir !== undefined) env.GITOPS_CACHE_DIR = cacheDir;
  return env;
}

function lintOnce(repo: string, env: NodeJS.ProcessEnv): number {
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, "lint", "--no-render", "--json", "--repo", repo], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
      env,
    });
  } catch (err) {
    throw new Error(`gitops lint failed on the generated repo: ${String(err)}`, { cause: err });
  }
  const report = JSON.parse(out) as { findings: unknown[]; summary: { resources: number } };
  if (report.findings.length > 0) throw new Error(`expected no findings, got ${report.findings.length}`);
  return report.summary.resources;
}

function parseOnce(repo: string): number {
  return Number(
    execFileSync(process.execPath, ["-e", PARSE_ONLY, JS_YAML, join(repo, "render")], { encoding: "utf8" }),
  );
}

export const benchmark: Benchmark = {
  name: "lint-cli",
  description: `gitops lint --no-render (CLI, wall clock) on 20,000 Deployments and on 600 small targets, without a cache and as a second run with GITOPS_CACHE_DIR, vs a js-yaml parse of the same render/ and kubeconform's ${KUBECONFORM_PER_SECOND}/s`,
  run: async ({ runs }) => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (or set GITOPS_DIST)`);
    const lines: BenchLine[] = [];
    const notes: string[] = [
      `ours: node ${CLI.replace(ROOT, "")} lint --no-render --json, start-up included`,
      "baseline: node -e that only parses the same render/ files with js-yaml (measured here)",
      `reference: kubeconform's published ${KUBECONFORM_PER_SECOND} resources/s (on 4 cores; not measured here); goal ≥ 1×`,
    ];
    for (const [label, options] of CASES) {
      const dir = mkdtempSync(join(tmpdir(), "gitops-bench-lint-"));
      const cacheDir = mkdtempSync(join(tmpdir(), "gitops-bench-lint-cache-"));
      const cold = cacheEnv(join(cacheDir, "home"), undefined);
      try {
        generateLintRepo(dir, options);
        execFileSync("git", ["init", "--quiet"], { cwd: dir });
        execFileSync(process.execPath, [CLI, "render", "--repo", dir], {
          stdio: "ignore",
          maxBuffer: 1 << 28,
          env: cold,
        });
        const resources = lintOnce(dir, cold);
        if (parseOnce(dir) !== resources) throw new Error(`${label}: the parse baseline saw another count`);
        const index = JSON.parse(readFileSync(join(dir, "render", "index.json"), "utf8")) as {
          targets: unknown[];
        };
        // compare()'s warm-up run fills the cache, so the timed runs are second runs.
        const warm = cacheEnv(join(cacheDir, "home"), join(cacheDir, "gitops"));
        for (const [run, env, name] of [
          ["", cold, "without GITOPS_CACHE_DIR"],
          [", second run with GITOPS_CACHE_DIR", warm, "second run"],
        ] as const) {
          const t = await compare(
            () => lintOnce(dir, env),
            () => parseOnce(dir),
            runs,
          );
          const line = throughput(`${label}${run}: lint vs parse only`, "resources/s", resources, t);
          lines.push(line, {
            metric: `${label}${run}: lint vs kubeconform's ${KUBECONFORM_PER_SECOND}/s`,
            unit: "resources/s",
            ours: line.ours,
            baseline: KUBECONFORM_PER_SECOND,
            higherIsBetter: true,
            ratio: line.ours / KUBECONFORM_PER_SECOND,
            goal: 1,
            goalMet: line.ours >= KUBECONFORM_PER_SECOND,
          });
          notes.push(
            `${label} (${name}): ${resources} resources in ${index.targets.length} target(s); lint ${Math.round(t.ours)} ms, parse only ${Math.round(t.baseline)} ms (medians)`,
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(cacheDir, { recursive: true, force: true });
      }
    }
    return { lines, notes };
  },
};
