import { join } from "node:path";
import { UserError } from "../../core/src/errors.js";
import { writeTextAtomic } from "../../core/src/write.js";
import { resultFileName, type ShardResult } from "./results.js";
import { runValidate, type ValidateOptions, type ValidateResult } from "./run.js";

export interface ShardOptions extends Omit<ValidateOptions, "only" | "checks" | "diff"> {
  shard: number;
  /** Target ids of this shard, as the plan's matrix gives them. */
  targets: readonly string[];
  resultsDir: string;
}

/**
 * One shard of a sharded validate run: render this shard's targets (and, on a
 * pull request, diff them against the merge-base), lint and policy-check them,
 * and write each check's findings to `<resultsDir>/<check>.shard-<n>.json` for
 * the reporting jobs. Secrets are scanned once, in their own job.
 */
export async function runShard(o: ShardOptions): Promise<ValidateResult> {
  if (!Number.isInteger(o.shard) || o.shard < 1)
    throw new UserError(`shard must be a whole number from 1, got ${o.shard}`);
  const result = await runValidate({
    ...o,
    only: new Set(o.targets),
    diff: o.base !== undefined,
    checks: ["render", "lint", "policy"],
  });
  // The results folder is an input: a bad one is named, not reported as a bug.
  const write = (name: string, text: string) => {
    writeTextAtomic(join(o.resultsDir, name), text, `results folder ${o.resultsDir}`);
  };
  const covered = result.render.rendered;
  for (const c of result.checks) {
    const file: ShardResult = {
      check: c.name as ShardResult["check"],
      shard: o.shard,
      findings: c.findings,
      targets: covered,
      ...(c.coverage ? { coverage: c.coverage } : {}),
    };
    write(resultFileName(file.check, o.shard), JSON.stringify(file) + "\n");
  }
  const diff: ShardResult = {
    check: "diff",
    shard: o.shard,
    findings: [],
    targets: covered,
    diffs: result.diff?.diffs ?? [],
  };
  write(resultFileName("diff", o.shard), JSON.stringify(diff) + "\n");
  return result;
}
