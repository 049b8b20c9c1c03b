import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../../core/src/errors.js";
import type { Finding } from "../../core/src/finding.js";
import type { TargetDiff } from "../../render/src/index.js";
import type { Coverage } from "./coverage.js";

/** The checks a validate run is made of, in the order they run. */
export const CHECKS = ["render", "lint", "policy", "secrets"] as const;
export type CheckName = (typeof CHECKS)[number];

/**
 * What one shard of a sharded run hands on to the reporting jobs, as
 * `<results-dir>/<check>.shard-<n>.json`: its findings and what it covered.
 */
export interface ShardResult {
  check: CheckName | "diff";
  shard: number;
  findings: Finding[];
  /** Target ids this shard checked. */
  targets: string[];
  /** Rendered-diff sections (only in `diff.shard-<n>.json`). */
  diffs?: TargetDiff[];
  /** What the check covered in this shard (absent in results of older versions). */
  coverage?: Coverage;
}

export function resultFileName(check: ShardResult["check"], shard: number): string {
  return `${check}.shard-${shard}.json`;
}

/**
 * Reads every shard's result for `check` from `dir`. Fewer files than
 * `expectedShards` means a shard job failed before reporting: that is an
 * error, never a silently partial pass.
 */
export function readShardResults(
  dir: string,
  check: ShardResult["check"],
  expectedShards: number,
): ShardResult[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    names = [];
  }
  const pattern = new RegExp(`^${check}\\.shard-(\\d+)\\.json$`);
  const results: ShardResult[] = [];
  for (const name of names.filter((n) => pattern.test(n)).sort()) {
    const path = join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, "utf8"));
    } catch {
      throw new UserError(`${path}: not a readable shard result (JSON)`, path);
    }
    if (!isShardResult(parsed))
      throw new UserError(`${path}: not a shard result (expected check, shard, findings, targets)`, path);
    results.push(parsed);
  }
  const seen = new Set(results.map((r) => r.shard));
  if (seen.size < expectedShards) {
    const missing = Array.from({ length: expectedShards }, (_, i) => i + 1).filter((n) => !seen.has(n));
    throw new UserError(
      `${check}: no results from shard(s) ${missing.join(", ")} of ${expectedShards} in ${dir}; the render job of those shards failed before reporting, see its log`,
    );
  }
  return results.sort((a, b) => a.shard - b.shard);
}

function isShardResult(v: unknown): v is ShardResult {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.check === "string" &&
    Number.isInteger(r.shard) &&
    Array.isArray(r.findings) &&
    Array.isArray(r.targets)
  );
}
