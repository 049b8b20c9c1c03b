import { createHash } from "node:crypto";

/**
 * The key of a cache entry: SHA-256 of the canonical JSON of everything that decides it (object
 * keys sorted, so the same inputs give the same key whatever order they were gathered in).
 */
export function cacheKey(parts: unknown): string {
  return createHash("sha256").update(canonical(parts)).digest("hex");
}

function canonical(v: unknown): string {
  if (v === undefined) return "null";
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
