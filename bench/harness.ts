/** One measured metric: ours against a baseline measured in the same run. */
export interface BenchLine {
  metric: string;
  /** Unit of `ours` and `baseline`, e.g. "files/s" or "ms". */
  unit: string;
  ours: number;
  baseline: number;
  /** Whether a larger value of the metric is better (throughput) or worse (time). */
  higherIsBetter: boolean;
  /** How many times better ours is than the baseline: above 1 ours wins, below 1 it costs. */
  ratio: number;
  /** The ratio we aim for, when one is set; reported, never asserted. */
  goal?: number;
  goalMet?: boolean;
}

/** What a benchmark reports: its lines and free-form notes (sizes, counts) that explain them. */
export interface BenchResult {
  lines: BenchLine[];
  notes: string[];
}

/** Settings every benchmark receives from the runner. */
export interface BenchOptions {
  /** Timed runs per side; the median is reported. */
  runs: number;
}

/** A benchmark module (`bench/<name>.bench.ts`) exports one of these as `benchmark`. */
export interface Benchmark {
  name: string;
  description: string;
  run(options: BenchOptions): Promise<BenchResult>;
}

/** Median wall time of each side, in milliseconds. */
export interface Timings {
  ours: number;
  baseline: number;
}

type Work = () => unknown;

/**
 * Times `ours` and `baseline`: one warm-up each (JIT, page cache), then `runs`
 * alternating runs so drift in machine load hits both sides alike; returns the medians.
 */
export async function compare(ours: Work, baseline: Work, runs: number): Promise<Timings> {
  await ours();
  await baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await time(ours));
    b.push(await time(baseline));
  }
  return { ours: median(a), baseline: median(b) };
}

async function time(work: Work): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A throughput line: `items` handled per run, reported per second. */
export function throughput(
  metric: string,
  unit: string,
  items: number,
  t: Timings,
  goal?: number,
): BenchLine {
  const perSecond = (ms: number) => (items * 1000) / ms;
  return withGoal(
    {
      metric,
      unit,
      ours: perSecond(t.ours),
      baseline: perSecond(t.baseline),
      higherIsBetter: true,
      ratio: t.baseline / t.ours,
    },
    goal,
  );
}

/** A wall-time line, in milliseconds per run. */
export function duration(metric: string, t: Timings, goal?: number): BenchLine {
  return withGoal(
    {
      metric,
      unit: "ms",
      ours: t.ours,
      baseline: t.baseline,
      higherIsBetter: false,
      ratio: t.baseline / t.ours,
    },
    goal,
  );
}

function withGoal(line: BenchLine, goal: number | undefined): BenchLine {
  return goal === undefined ? line : { ...line, goal, goalMet: line.ratio >= goal };
}
