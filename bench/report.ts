import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname } from "node:path";
import type { BenchLine, BenchResult } from "./harness.js";

/** A benchmark's outcome as the runner records it. */
export interface BenchOutcome {
  name: string;
  description: string;
  result?: BenchResult;
  /** Set when the benchmark threw. */
  error?: string;
}

const HEADER = ["benchmark", "metric", "ours", "baseline", "ratio", "goal"];

/**
 * The results as a plain-text table. Ratio is ours against the baseline with
 * `×`, higher is better (for times it is baseline ÷ ours); goals are shown
 * with whether they are met, and nothing fails when they are not.
 */
export function formatTable(outcomes: readonly BenchOutcome[]): string {
  const rows: string[][] = [];
  for (const o of outcomes) {
    if (o.error !== undefined) rows.push([o.name, `FAILED: ${o.error}`, "", "", "", ""]);
    for (const line of o.result?.lines ?? [])
      rows.push([
        o.name,
        line.metric,
        value(line, line.ours),
        value(line, line.baseline),
        ratio(line.ratio),
        goal(line),
      ]);
  }
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // Text left, numbers right, so columns of figures line up.
  const cell = (text: string, i: number) => (i < 2 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!));
  const render = (r: string[]) => r.map(cell).join("  ").trimEnd();
  const out = [render(HEADER), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(render)];
  out.push(
    "",
    "ratio: ours against the baseline, higher is better (for times: baseline ÷ ours). Goals are not asserted.",
  );
  const notes = outcomes.flatMap((o) => (o.result?.notes ?? []).map((n) => `  ${o.name}: ${n}`));
  if (notes.length > 0) out.push("", "notes:", ...notes);
  return out.join("\n");
}

function value(line: BenchLine, n: number): string {
  return `${formatNumber(n)} ${line.unit}`;
}

/** Three significant digits, thousands grouped: enough to compare, no false precision. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString("en-US");
  return n.toPrecision(3);
}

function ratio(r: number): string {
  return `${r.toFixed(2)}×`;
}

function goal(line: BenchLine): string {
  if (line.goal === undefined) return "";
  return `≥ ${line.goal.toFixed(2)}× ${line.goalMet ? "met" : "NOT met"}`;
}

/** Writes the machine-readable results (bench/.out is git-ignored). */
export function writeResults(path: string, outcomes: readonly BenchOutcome[], runs: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const doc = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? "unknown",
    runs,
    benchmarks: outcomes,
  };
  writeFileSync(path, JSON.stringify(doc, null, 2) + "\n");
}
