import type { Layout, Target } from "./layout.js";
import { filterTargets, planShards } from "./shards.js";

/** What a CI plan job hands to its matrix: the targets and how they are split. */
export interface Plan {
  targets: Target[];
  /** Target ids per shard; never empty shards. */
  shards: string[][];
  /** `strategy.matrix` for GitHub: `{ include: [{ shard, of, targets }] }`. */
  matrix: { include: { shard: number; of: number; targets: string[] }[] };
}

export interface PlanOptions {
  environments?: readonly string[];
  services?: readonly string[];
  shards: number;
}

/** Selects targets and splits them into shards (see `planShards`). */
export function buildPlan(layout: Layout, options: PlanOptions): Plan {
  const targets = filterTargets(layout, options);
  const shards = planShards(targets, options.shards);
  const matrix = {
    include: shards.map((ids, i) => ({ shard: i + 1, of: shards.length, targets: ids })),
  };
  return { targets, shards, matrix };
}

/** A job-summary section: targets per env and kind, and the shards. */
export function planMarkdown(plan: Plan): string {
  const counts = new Map<string, number>();
  for (const t of plan.targets)
    counts.set(`${t.env}\u0000${t.kind}`, (counts.get(`${t.env}\u0000${t.kind}`) ?? 0) + 1);
  const rows = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => {
      const [env = "", kind = ""] = key.split("\u0000");
      return `| ${env} | ${kind} | ${n} |`;
    });
  const lines = [
    "### gitops plan",
    "",
    `${plan.targets.length} target(s) in ${plan.shards.length} shard(s).`,
    "",
    "| Env | Kind | Targets |",
    "| --- | --- | ---: |",
    ...rows,
  ];
  if (plan.shards.length > 1) {
    lines.push("", "| Shard | Targets |", "| ---: | --- |");
    plan.shards.forEach((ids, i) => lines.push(`| ${i + 1} | ${ids.map((id) => `\`${id}\``).join(", ")} |`));
  }
  return lines.join("\n") + "\n";
}
