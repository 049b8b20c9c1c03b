import {
  buildPlan,
  ExitCode,
  explainText,
  formatText,
  loadModel,
  modelJson,
  UserError,
} from "../../../core/src/index.js";
import { noTargets } from "../../../render/src/index.js";
import type { Command } from "../command.js";
import { formatTable } from "../table.js";

/** `gitops targets`: what would be rendered, and how a CI matrix would split it. */
export const targetsCommand: Command = {
  name: "targets",
  summary: "list the targets and the Argo CD Applications that deploy them",
  help: `Usage: gitops targets [--env ENV]... [--service NAME]... [--shards N] [--explain] [--json] [--repo DIR]

Discovers the targets without rendering anything: every Argo CD Application and
ApplicationSet in the repository, and the deployable leaves of its layout
(kustomizations nothing else uses, charts nothing wraps, manifest folders under
env folders). targets.roots in .gitops.yaml pins them instead. Exactly what
gitops render renders.

Options:
  --env ENV        only targets of this environment (repeatable)
  --service NAME   only targets of this service (repeatable)
  --shards N       also split the targets into N shards for a CI matrix (1-256)
  --explain        say, for each target, why it was found and how env and service were chosen`,
  options: {
    env: { type: "string", multiple: true },
    service: { type: "string", multiple: true },
    shards: { type: "string" },
    explain: { type: "boolean" },
  },
  async run(ctx) {
    const model = await loadModel(ctx.repo);
    if (model.targets.length === 0) throw noTargets(model);
    const shardsOpt = ctx.options.shards as string | undefined;
    const plan = buildPlan(model, {
      environments: ctx.options.env as string[] | undefined,
      services: ctx.options.service as string[] | undefined,
      shards: shardsOpt === undefined ? 1 : parseShardCount(shardsOpt),
    });
    const { targets } = plan;
    const shards = shardsOpt === undefined ? undefined : plan.shards;
    const explain = ctx.options.explain === true;
    const chosen = new Set(targets.map((t) => t.id));
    const findings = model.findings.filter((f) => !f.target || chosen.has(f.target));
    if (ctx.json) {
      const doc = {
        ...modelJson(model, targets, { explain }),
        skipped: model.skipped,
        findings,
        ...(shards ? { shards } : {}),
      };
      ctx.io.stdout(JSON.stringify(doc, null, 2) + "\n");
      return ExitCode.Clean;
    }
    if (explain) ctx.io.stdout(explainText(targets));
    else {
      const rows = targets.map((t) => [
        t.id,
        t.env || "(shared)",
        t.service ?? "-",
        t.kind,
        t.applications.map((a) => a.name).join(", ") || "-",
      ]);
      ctx.io.stdout(formatTable(["TARGET", "ENV", "SERVICE", "KIND", "APPLICATIONS"], rows) + "\n");
    }
    ctx.io.stdout(`${targets.length} target(s) in ${model.environments.join(" → ") || "no environment"}\n`);
    for (const s of model.skipped) ctx.io.stdout(`skipped ${s.id}: ${s.reason}\n`);
    shards?.forEach((s, i) => {
      ctx.io.stdout(`shard ${i + 1}: ${s.join(" ")}\n`);
    });
    if (findings.length > 0) ctx.io.stderr(formatText(findings));
    return ExitCode.Clean;
  },
};

function parseShardCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UserError(`--shards must be a whole number, got "${value}"`);
  return Number(value);
}
