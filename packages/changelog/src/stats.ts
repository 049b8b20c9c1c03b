/** Small statistics for the metrics: hours, weeks, medians. */

/** A summary of durations, in hours rounded to 0.01. */
export interface DurationStats {
  count: number;
  medianHours: number;
  meanHours: number;
  p90Hours: number;
  maxHours: number;
}

const HOUR = 3_600_000;
/** One day in milliseconds. */
export const DAY = 24 * HOUR;

/** Stats of durations in milliseconds, or null when there are none. */
export function durationStats(ms: readonly number[]): DurationStats | null {
  if (ms.length === 0) return null;
  const sorted = [...ms].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  // Nearest rank: the smallest value with at least 90% of the samples at or below it.
  const p90 = sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)] ?? 0;
  return {
    count: sorted.length,
    medianHours: hours(median),
    meanHours: hours(sorted.reduce((s, v) => s + v, 0) / sorted.length),
    p90Hours: hours(p90),
    maxHours: hours(sorted.at(-1) ?? 0),
  };
}

function hours(ms: number): number {
  return Math.round((ms / HOUR) * 100) / 100;
}

/** The Monday (UTC) starting the week of `ms`, as `YYYY-MM-DD`. */
export function weekStart(ms: number): string {
  const d = new Date(ms);
  const monday =
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
  return new Date(monday).toISOString().slice(0, 10);
}

/** Every week start from `fromMs` to `toMs`, oldest first. */
export function weeksBetween(fromMs: number, toMs: number): string[] {
  const weeks: string[] = [];
  for (let w = Date.parse(weekStart(fromMs)); w <= toMs; w += 7 * DAY) weeks.push(weekStart(w));
  return weeks;
}

/** Rounds to two decimals (rates and frequencies). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
