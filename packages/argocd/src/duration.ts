import { UserError } from "../../core/src/errors.js";

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `30m`, `2h`, `1d`, `45s`, `500ms` (or `0`) in milliseconds; anything else is a UserError naming `what`. */
export function parseDuration(value: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(value.trim());
  if (value.trim() === "0") return 0;
  if (!m) throw new UserError(`${what} must be a duration like 30m, 2h, 1d or 45s, got "${value}"`);
  return Math.round(Number(m[1]) * (UNITS[m[2] ?? "s"] ?? 1000));
}

/** `3h 12m`, `2d 4h`, `45s`: the largest two units, for messages. */
export function formatDuration(ms: number): string {
  const parts: string[] = [];
  let rest = Math.max(0, Math.floor(ms / 1000));
  for (const [unit, size] of [
    ["d", 86_400],
    ["h", 3_600],
    ["m", 60],
    ["s", 1],
  ] as const) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) parts.push(`${n}${unit}`);
  }
  return parts.slice(0, 2).join(" ") || "0s";
}
