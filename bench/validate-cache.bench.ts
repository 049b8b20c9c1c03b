// The persistent cache, whole CLI and wall clock: `gitops validate` after a one-service change
// with a warm cache (GITOPS_CACHE_DIR kept from the previous run, render/ gone as in a fresh CI
// checkout) against a cold `gitops validate --no-cache`, on 60 and 300 generated services.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { testBinaries } from "../test/support/binaries.js";
import { withGeneratedRepo } from "./fixtures.js";
import { duration, median, type Benchmark, type BenchLine } from "./harness.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The CLI bundle: GITOPS_DIST's (a private build), else the committed one. */
const CLI = join(process.env.GITOPS_DIST ?? join(ROOT, "dist"), "cli", "index.js");

interface Run {
  ms: number;
  summary: {
    cache?: { hits: number; misses: number; kinds?: Record<string, { hits: number; misses: number }> };
  };
}

function validate(repo: string, env: NodeJS.ProcessEnv, extra: string[] = []): Run {
  rmSync(join(repo, "render"), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, "validate", "--json", "--repo", repo, ...extra], {
      env,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
  } catch (err) {
    // Exit 1 (findings) still prints the report; anything else is a broken benchmark.
    const e = err as { status?: number; stdout?: string; stderr?: string };
    if (e.status !== 1 || !e.stdout)
      throw new Error(`validate failed: ${e.stderr ?? String(err)}`, { cause: err });
    out = e.stdout;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, summary: (JSON.parse(out) as { summary: Run["summary"] }).summary };
}

/** One service's prod image tag bumped to a value no earlier run has seen. */
function bumpOneService(repo: string, service: string, n: number): void {
  const k = join(repo, "apps", service, "overlays", "prod", "kustomization.yaml");
  writeFileSync(k, readFileSync(k, "utf8").replace(/newTag: "?[\w.-]+"?/, `newTag: "99.0.${n}"`));
}

async function measure(services: number, runs: number): Promise<{ line: BenchLine; notes: string[] }> {
  const bins = await testBinaries();
  return withGeneratedRepo({ services, seed: 5 }, (repo) => {
    const cacheDir = mkdtempSync(join(tmpdir(), "gitops-bench-cache-"));
    try {
      const env = { PATH: `${bins.dir}:/usr/bin:/bin`, HOME: tmpdir(), GITOPS_CACHE_DIR: cacheDir };
      const service = repo.services.find((s) => s.kind === "kustomize")?.name ?? "";
      let n = 0;
      // Warm-up: fills the cache (and the page cache) as main's last run would have.
      validate(repo.dir, env);
      const warm: Run[] = [];
      const cold: Run[] = [];
      for (let i = 0; i < runs; i++) {
        bumpOneService(repo.dir, service, n++);
        warm.push(validate(repo.dir, env));
        bumpOneService(repo.dir, service, n++);
        cold.push(validate(repo.dir, env, ["--no-cache"]));
      }
      const hits = warm.map(
        (r) =>
          `${r.summary.cache?.hits ?? 0}/${(r.summary.cache?.hits ?? 0) + (r.summary.cache?.misses ?? 0)}`,
      );
      // Per layer: targets rendered, linted and policy-checked from the cache (hits/lookups).
      const layers = ["render", "lint-target", "policy-target"].map((kind) => {
        const per = warm.map((r) => {
          const k = r.summary.cache?.kinds?.[kind];
          return k ? `${k.hits}/${k.hits + k.misses}` : "?";
        });
        return `${kind} ${per.join(", ")}`;
      });
      return Promise.resolve({
        line: duration(
          `validate after a one-service change, warm cache vs cold (${services} services, CLI wall clock)`,
          { ours: median(warm.map((r) => r.ms)), baseline: median(cold.map((r) => r.ms)) },
          8,
        ),
        notes: [
          `${services} services: ${repo.services.length} generated, cache hits per warm run ${hits.join(", ")} (${layers.join("; ")}); cache ${du(cacheDir)}`,
          `${services} services: median warm ${(median(warm.map((r) => r.ms)) / 1000).toFixed(2)} s, cold ${(median(cold.map((r) => r.ms)) / 1000).toFixed(2)} s`,
        ],
      });
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
}

function du(dir: string): string {
  try {
    return execFileSync("du", ["-sh", dir], { encoding: "utf8" }).split("\t")[0] ?? "?";
  } catch {
    return "?";
  }
}

export const benchmark: Benchmark = {
  name: "validate-cache",
  description: "validate after a one-service change, warm cache vs cold, 60 and 300 services (CLI)",
  run: async ({ runs }) => {
    const small = await measure(60, Math.min(runs, 3));
    const large = await measure(300, 1);
    // The machine may be shared: the load says how far to trust the wall clock.
    const load = `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")} at the end`;
    return { lines: [small.line, large.line], notes: [...small.notes, ...large.notes, load] };
  },
};
