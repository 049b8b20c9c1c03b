import { ExitCode, failsAt, formatText, UserError } from "../../../core/src/index.js";
import { openCache } from "../../../cache/src/index.js";
import { render } from "../../../render/src/index.js";
import type { Command, CommandContext } from "../command.js";
import { formatTable } from "../table.js";

/** `gitops render`: every target (or the changed ones) into render/<id>.yaml and render/index.json. */
export const renderCommand: Command = {
  name: "render",
  summary: "render every target (or only changed ones) into render/<target-id>.yaml and render/index.json",
  help: `Usage: gitops render [--changed-since REF] [--env ENV]... [--service NAME]... [--concurrency N] [--no-cache] [--json] [--repo DIR]

Renders kustomize overlays, Helm charts and plain folders under the layout's roots, and
the Argo CD Applications under argo-apps/ that point into this repository, the way Argo CD's
repo-server would. kustomize runs with LoadRestrictionsRootOnly and no plugins; remote bases
and charts are refused unless render.allowNetwork is set in .gitops.yaml.

Options:
  --changed-since REF  only render targets whose inputs changed since REF (others keep their output)
  --env ENV            only targets of this environment (repeatable)
  --service NAME       only targets of this service (repeatable)
  --concurrency N      targets rendered at once (default: render.concurrency, else the CPU count)
  --no-cache           render every target afresh; by default a target whose inputs, tools and
                       options are unchanged is restored from the cache (GITOPS_CACHE_DIR, default
                       \${XDG_CACHE_HOME:-~/.cache}/gitops-actions; GITOPS_CACHE_MAX_MB, default 512)

Exit codes: 0 all rendered, 1 a target failed, 2 bad usage, config or missing tools.`,
  options: {
    "changed-since": { type: "string" },
    env: { type: "string", multiple: true },
    service: { type: "string", multiple: true },
    concurrency: { type: "string" },
    "no-cache": { type: "boolean" },
  },
  async run(ctx) {
    const progress = ctx.io.isTTY && !ctx.json;
    const report = await render({
      repo: ctx.repo,
      environments: ctx.options.env as string[] | undefined,
      services: ctx.options.service as string[] | undefined,
      changedSince: ctx.options["changed-since"] as string | undefined,
      concurrency: positiveInt(ctx.options.concurrency as string | undefined, "--concurrency"),
      cache: ctx.options["no-cache"] === true ? false : (openCache(process.env, { fallback: true }) ?? false),
      onProgress: progress
        ? (done, total, id) => {
            ctx.io.stderr(`\r\x1b[K[${done}/${total}] ${id}`);
          }
        : undefined,
    });
    if (progress) ctx.io.stderr("\r\x1b[K");
    const failed = report.targets.filter((t) => t.status === "failed").length;
    if (ctx.json) {
      ctx.io.stdout(JSON.stringify({ targets: report.targets, findings: report.findings }, null, 2) + "\n");
    } else {
      printHuman(ctx, report.targets, report.rendered.length, report.removed, report.cached.length);
      if (report.findings.length > 0) ctx.io.stderr(formatText(report.findings));
      if (report.cache?.writeProblem) ctx.io.stderr(`note: ${report.cache.writeProblem}\n`);
    }
    return failed > 0 || failsAt(report.findings, "error") ? ExitCode.Findings : ExitCode.Clean;
  },
};

function printHuman(
  ctx: CommandContext,
  targets: Awaited<ReturnType<typeof render>>["targets"],
  rendered: number,
  removed: string[],
  cached: number,
): void {
  const rows = targets
    .filter((t) => t.status !== "skipped")
    .map((t) => [t.status, t.id, t.env, String(t.resources), `${(t.ms / 1000).toFixed(2)}s`]);
  if (rows.length > 0)
    ctx.io.stdout(formatTable(["STATUS", "TARGET", "ENV", "RESOURCES", "TIME"], rows) + "\n");
  const failed = targets.filter((t) => t.status === "failed").length;
  const skipped = targets.length - rendered;
  ctx.io.stdout(
    `rendered ${rendered - failed} of ${targets.length} target(s) into render/` +
      (failed ? `, ${failed} failed` : "") +
      (skipped ? `, ${skipped} unchanged or filtered out` : "") +
      (removed.length ? `, removed ${removed.length} stale output(s)` : "") +
      (cached ? `; ${cached} restored from the cache` : "") +
      "\n",
  );
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value))
    throw new UserError(`${flag} must be a whole number from 1 to 999, got "${value}"`);
  return Number(value);
}
