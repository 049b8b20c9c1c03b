import { buildPlan, ExitCode, formatText, loadLayout, UserError } from "../../../core/src/index.js";
import type { Command } from "../command.js";
import { formatTable } from "../table.js";

/** `gitops targets`: what would be rendered, and how a CI matrix would split it. */
export const targetsCommand: Command = {
  name: "targets",
  summary: "list the targets (folders that render to manifests) with env, service and kind",
  help: `Usage: gitops targets [--env ENV]... [--service NAME]... [--shards N] [--json] [--repo DIR]

Discovers targets from the roots in .gitops.yaml (default apps/{service}/overlays/{env},
clusters/{env}, environments/{env}, argo-apps/{env}) without rendering anything.

Options:
  --env ENV        only targets of this environment (repeatable)
  --service NAME   only targets of this service (repeatable)
  --shards N       also split the targets into N shards for a CI matrix (1-256)`,
  options: {
    env: { type: "string", multiple: true },
    service: { type: "string", multiple: true },
    shards: { type: "string" },
  },
  run(ctx) {
    const layout = loadLayout(ctx.repo);
    const shardsOpt = ctx.options.shards as string | undefined;
    const plan = buildPlan(layout, {
      environments: ctx.options.env as string[] | undefined,
      services: ctx.options.service as string[] | undefined,
      shards: shardsOpt === undefined ? 1 : parseShardCount(shardsOpt),
    });
    const { targets } = plan;
    const shards = shardsOpt === undefined ? undefined : plan.shards;
    if (ctx.json) {
      const doc = {
        environments: layout.environments,
        targets: targets.map(({ id, env, service, kind, root }) => ({ id, env, service, kind, root })),
        skipped: layout.skipped,
        findings: layout.findings,
        ...(shards ? { shards } : {}),
      };
      ctx.io.stdout(JSON.stringify(doc, null, 2) + "\n");
      return Promise.resolve(ExitCode.Clean);
    }
    const rows = targets.map((t) => [t.id, t.env, t.service ?? "-", t.kind]);
    ctx.io.stdout(formatTable(["TARGET", "ENV", "SERVICE", "KIND"], rows) + "\n");
    ctx.io.stdout(`${targets.length} target(s) in ${layout.environments.join(" → ")}\n`);
    for (const s of layout.skipped) ctx.io.stdout(`skipped ${s.id}: ${s.reason}\n`);
    shards?.forEach((s, i) => {
      ctx.io.stdout(`shard ${i + 1}: ${s.join(" ")}\n`);
    });
    if (layout.findings.length > 0) ctx.io.stderr(formatText(layout.findings));
    return Promise.resolve(ExitCode.Clean);
  },
};

function parseShardCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UserError(`--shards must be a whole number, got "${value}"`);
  return Number(value);
}
