import { resolve } from "node:path";
import { ExitCode, UserError, VERSION, writeTextAtomic } from "../../../core/src/index.js";
import { fetchClient } from "../../../promote/src/github.js";
import { tokenFromEnv } from "../../../promote/src/github-env.js";
import {
  changelogMarkdown,
  collectChangelog,
  collectMetrics,
  dashboardHtml,
  metricsMarkdown,
  updateChangelogFiles,
} from "../../../changelog/src/index.js";
import { parseMetricsSource, resolveMetricsSource } from "../../../changelog/src/metrics-source.js";
import { parseDuration } from "../../../argocd/src/duration.js";
import type { Command, CommandContext } from "../command.js";

/** `gitops changelog`: the deployment changelog per env and service, its CHANGELOG.md files, and DORA metrics. */
export const changelogCommand: Command = {
  name: "changelog",
  summary: "deployment changelog per env/service from Git history; --write CHANGELOG.md, --metrics DORA",
  help: `Usage: gitops changelog [--since REF] [--to REF] [--format md|json] [--write] [--env ENV]... [--service NAME]...
       gitops changelog --metrics [--dashboard FILE] [--source argocd|git|auto] [--since REF] [--env ENV]... [--service NAME]...

Walks the first-parent history and lists one entry per commit, environment and service that
changed: image and chart versions that moved (from -> to), files touched, commit, date, author,
the PR (from a merge or squash message) and the promotion source (the Promoted-From trailer).
apps/<svc>/overlays/<env>/ counts for that env, the rest of apps/<svc>/ for every env;
clusters/, environments/, argo-apps/ and policies/ give entries of the service "platform".

Options:
  --since REF       start after REF (default: each env's last deploy/<env>/* tag, else all history)
  --to REF          end at REF (default: HEAD)
  --format FMT      md (default) or json; --json is the same as --format json
  --write           add new entries to changelog/<env>/CHANGELOG.md (re-running adds nothing)
  --env ENV         only this environment (repeatable)
  --service NAME    only this service (repeatable; "platform" for platform entries)
  --metrics         DORA metrics per env and service instead of entries (all history unless --since)
  --dashboard FILE  with --metrics: also write a self-contained HTML dashboard to FILE
  --source SRC      with --metrics: where deploys come from: argocd, git, or auto (default: Argo CD
                    when ARGOCD_SERVER or .gitops.yaml argocd.server and ARGOCD_AUTH_TOKEN are set)
  --timeout DUR     with --source argocd/auto: per request to Argo CD (default 30s)

Lead time (--metrics) starts at the service commit an image bump names in its Source-Repository and
Source-Commit trailers (written by gitops bump --commit): its time comes from a Source-Commit-Date
trailer, else from GitHub (GET /repos/{source}/commits/{sha}) when GITHUB_TOKEN or GH_TOKEN is set
(server: GITHUB_API_URL); a commit GitHub does not show, and a bump without trailers, keep the
measure from the change's first commit in this repository. Each lead time says which it used.

With Argo CD (--source), a deployment is dated by the first sync in the Application's
status.history whose revision contains the merge (its order on the first-parent line, else git
merge-base --is-ancestor), so lead time and
promotion time end when it was deployed, not merged; failures are failed sync operations and
Degraded periods (the Application's events, "Updated health status: ... -> Degraded", and its
current health), and time to restore runs from Degraded back to Healthy. Argo CD keeps 10 syncs
per Application and Kubernetes about an hour of events by default: older merges keep their merge
time, and the report says which source each figure came from. The token needs
"applications, get" on the projects. Promotion time also covers promotions made by hand: a
version set in an env is matched with the time the same image or chart version reached the
earlier env.

Exit codes: 0 done, 2 bad usage, config or ref, or Argo CD unreachable or refusing the token.`,
  options: {
    since: { type: "string" },
    to: { type: "string" },
    format: { type: "string" },
    write: { type: "boolean" },
    env: { type: "string", multiple: true },
    service: { type: "string", multiple: true },
    metrics: { type: "boolean" },
    dashboard: { type: "string" },
    source: { type: "string" },
    timeout: { type: "string" },
  },
  async run(ctx) {
    const format = ctx.json ? "json" : ((ctx.options.format as string | undefined) ?? "md");
    if (format !== "md" && format !== "json")
      throw new UserError(`--format must be md or json, got "${format}"`);
    const dashboard = ctx.options.dashboard as string | undefined;
    if (dashboard !== undefined && ctx.options.metrics !== true)
      throw new UserError("--dashboard needs --metrics");
    if (
      (ctx.options.source !== undefined || ctx.options.timeout !== undefined) &&
      ctx.options.metrics !== true
    )
      throw new UserError("--source and --timeout need --metrics");
    if (ctx.options.metrics === true && ctx.options.write === true) {
      throw new UserError("--write and --metrics are separate runs; give one of them");
    }
    const options = {
      repo: ctx.repo,
      since: ctx.options.since as string | undefined,
      to: ctx.options.to as string | undefined,
      environments: ctx.options.env as string[] | undefined,
      services: ctx.options.service as string[] | undefined,
    };
    return ctx.options.metrics === true
      ? metrics(ctx, options, format, dashboard)
      : changelog(ctx, options, format);
  },
};

type Options = Parameters<typeof collectChangelog>[0];

async function changelog(ctx: CommandContext, options: Options, format: string): Promise<number> {
  const report = await collectChangelog(options);
  const written =
    ctx.options.write === true
      ? updateChangelogFiles(ctx.repo, report.entries, report.environments)
      : undefined;
  if (format === "json") {
    ctx.io.stdout(JSON.stringify({ ...report, ...(written ? { written } : {}) }, null, 2) + "\n");
  } else if (written) {
    for (const w of written) {
      ctx.io.stdout(
        w.added
          ? `${w.file}: added ${w.added} entr${w.added === 1 ? "y" : "ies"}\n`
          : `${w.file}: up to date\n`,
      );
    }
  } else {
    ctx.io.stdout(changelogMarkdown(report));
  }
  return ExitCode.Clean;
}

async function metrics(
  ctx: CommandContext,
  options: Options,
  format: string,
  dashboard?: string,
): Promise<number> {
  const token = tokenFromEnv(process.env);
  const server = (process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const github = token
    ? { client: fetchClient({ token, baseUrl: server, userAgent: `gitops-actions/${VERSION}` }), server }
    : undefined;
  const source = parseMetricsSource(ctx.options.source as string | undefined);
  const timeout = ctx.options.timeout as string | undefined;
  const timeoutMs = timeout === undefined ? undefined : Math.max(1, parseDuration(timeout, "--timeout"));
  const { argocd, warnings, notes } = resolveMetricsSource(source, ctx.repo, process.env, {
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  for (const w of warnings) ctx.io.stderr(`gitops: warning: ${w}\n`);
  for (const note of notes) ctx.io.stderr(`gitops: note: ${note}\n`);
  const report = await collectMetrics({
    ...options,
    ...(github ? { github } : {}),
    ...(argocd ? { argocd } : {}),
  });
  if (dashboard !== undefined) {
    if (dashboard === "") throw new UserError("--dashboard needs a file name");
    writeTextAtomic(resolve(dashboard), dashboardHtml(report), dashboard);
    ctx.io.stderr(`wrote the dashboard to ${dashboard}\n`);
  }
  ctx.io.stdout(format === "json" ? JSON.stringify(report, null, 2) + "\n" : metricsMarkdown(report));
  return ExitCode.Clean;
}
