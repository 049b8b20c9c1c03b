// `npm run bench [-- NAME...] [--runs N]`: runs every bench/<name>.bench.ts, or
// the named ones, prints one table and writes bench/.out/results.json.
// Ratios are printed, never asserted: speed goals are read, not enforced.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { Benchmark } from "./harness.js";
import { formatTable, writeResults, type BenchOutcome } from "./report.js";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const RESULTS = join(BENCH_DIR, ".out", "results.json");

/** Every benchmark module in bench/, sorted by file name. */
async function loadBenchmarks(dir = BENCH_DIR): Promise<Benchmark[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  const out: Benchmark[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { benchmark?: Benchmark };
    const b = mod.benchmark;
    if (typeof b?.name !== "string" || typeof b.run !== "function") {
      throw new Error(`bench/${file} must export \`benchmark\` with a name and a run() function`);
    }
    out.push(b);
  }
  return out;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { runs: { type: "string", default: "7" } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`bench: --runs must be a positive integer, got ${values.runs}`);
    return 2;
  }
  const all = await loadBenchmarks();
  const unknown = positionals.filter((n) => !all.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(
      `bench: no benchmark named ${unknown.join(", ")}; have: ${all.map((b) => b.name).join(", ")}`,
    );
    return 2;
  }
  const chosen = positionals.length > 0 ? all.filter((b) => positionals.includes(b.name)) : all;
  console.log(
    `node ${process.version}, ${process.platform}-${process.arch}; median of ${runs} runs after one warm-up\n`,
  );
  const outcomes: BenchOutcome[] = [];
  for (const b of chosen) {
    console.error(`running ${b.name}: ${b.description}`);
    try {
      outcomes.push({ name: b.name, description: b.description, result: await b.run({ runs }) });
    } catch (err) {
      outcomes.push({
        name: b.name,
        description: b.description,
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }
  console.log(formatTable(outcomes));
  writeResults(RESULTS, outcomes, runs);
  console.log(`\nresults: ${RESULTS}`);
  return outcomes.some((o) => o.error !== undefined) ? 1 : 0;
}

process.exitCode = await main();
