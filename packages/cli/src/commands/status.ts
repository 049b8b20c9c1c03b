import { ExitCode, failsAt, formatText, loadModel, UserError } from "../../../core/src/index.js";
import {
  ALERT_HEADER,
  alertRows,
  alertSummaryLine,
  collectStatus,
  connect,
  observeAlerts,
  parseAlertRules,
  parseDuration,
  STATUS_HEADER,
  statusJson,
  statusRows,
} from "../../../argocd/src/index.js";
import { githubFromEnv, runUrlFromEnv } from "../../../promote/src/index.js";
import type { Command } from "../command.js";
import { formatTable } from "../table.js";

/** `gitops status`: what Argo CD runs, per Application, against what the repository says. */
export const statusCommand: Command = {
  name: "status",
  summary: "live state from Argo CD, mapped to targets: sync, health, deployed revision, current or behind",
  help: `Usage: gitops status [--env ENV]... [--service NAME]... [--fail-on-drift] [--grace DURATION]
                     [--timeout DURATION] [--alert [--alert-on RULE]... [--github-repo OWNER/NAME]]
                     [--json] [--repo DIR]

Read-only. Lists the Argo CD Applications that deploy part of this repository (matched to the
repository model by name, else by repoURL and path), with their env, service, targets, sync
status, health, the revision of their newest sync (status.history) and when it was deployed.
"current" says whether that revision contains the last commit (at HEAD) that changed the inputs
of its targets; "behind" counts the input commits it lacks and gives the oldest one's time. A
revision this clone does not have is reported as unknown (fetch the full history).

Settings: ARGOCD_SERVER (host[:port], https; an http:// URL is accepted with a warning), else
argocd.server in .gitops.yaml; ARGOCD_AUTH_TOKEN (never printed); argocd.appNamespace and
argocd.projects in .gitops.yaml. The token needs "applications, get" on the projects.

Options:
  --env ENV            only Applications of this env (repeatable)
  --service NAME       only Applications of this service (repeatable)
  --fail-on-drift      exit 1 when an Application is OutOfSync, Degraded or not current for longer
                       than --grace (without it, drift is reported as warnings and exits 0)
  --grace DURATION     how long drift may last before it counts (default 10m: Argo CD polls Git
                       every 3 minutes by default, then syncs); e.g. 0, 30m, 2h, 1d
  --timeout DURATION   per request to Argo CD (default 30s); failed requests are retried 3 times
  --alert              keep one GitHub issue per Application with a problem past --grace (label
                       gitops-observe, found again by a hidden marker): open it, update it while the
                       problem lasts, close it on recovery. GITHUB_TOKEN or GH_TOKEN (issues: write),
                       GITHUB_API_URL; repository from --github-repo, GITHUB_REPOSITORY or origin.
                       Open alerts exit 0 (the issues are the alert; --fail-on-drift is not used)
  --alert-on RULE      problems that open an issue: out-of-sync, degraded, sync-failed (the default
                       three), not-current (repeatable)

Exit codes: 0 clean, 1 drift with --fail-on-drift, 2 bad usage or config, no token, or Argo CD
unreachable or refusing (401, 403).`,
  options: {
    env: { type: "string", multiple: true },
    service: { type: "string", multiple: true },
    "fail-on-drift": { type: "boolean" },
    grace: { type: "string" },
    timeout: { type: "string" },
    alert: { type: "boolean" },
    "alert-on": { type: "string", multiple: true },
    "github-repo": { type: "string" },
  },
  async run(ctx) {
    const graceMs = parseDuration((ctx.options.grace as string | undefined) ?? "10m", "--grace");
    const timeoutMs = parseDuration((ctx.options.timeout as string | undefined) ?? "30s", "--timeout");
    const model = await loadModel(ctx.repo);
    const { client, settings } = connect(process.env, model.config.argocd, {
      timeoutMs: Math.max(timeoutMs, 1),
    });
    for (const w of settings.warnings) ctx.io.stderr(`gitops: warning: ${w}\n`);
    if (ctx.options.alert === true) {
      // Alerts: the same status, then the issues; drift never fails this run (the issues are the alert).
      const gh = await githubFromEnv(process.env, ctx.repo, ctx.options["github-repo"] as string | undefined);
      if (!gh) throw new UserError("status --alert needs a GitHub token in GITHUB_TOKEN or GH_TOKEN");
      const rules = (ctx.options["alert-on"] as string[] | undefined) ?? [];
      const runUrl = runUrlFromEnv(process.env);
      const { report, outcomes } = await observeAlerts({
        model,
        client,
        gh,
        appNamespace: settings.appNamespace,
        projects: settings.projects,
        envs: (ctx.options.env as string[] | undefined) ?? [],
        services: (ctx.options.service as string[] | undefined) ?? [],
        graceMs,
        ...(rules.length ? { rules: parseAlertRules(rules, "--alert-on") } : {}),
        ...(process.env.GITHUB_SERVER_URL ? { githubServerUrl: process.env.GITHUB_SERVER_URL } : {}),
        ...(runUrl ? { runUrl } : {}),
      });
      if (ctx.json) {
        ctx.io.stdout(JSON.stringify({ ...statusJson(report), alerts: outcomes }, null, 2) + "\n");
        return ExitCode.Clean;
      }
      const rows = alertRows(outcomes);
      if (rows.length > 0) ctx.io.stdout(formatTable(ALERT_HEADER, rows) + "\n");
      ctx.io.stdout(`${alertSummaryLine(outcomes)} (${gh.owner}/${gh.repo})\n`);
      return ExitCode.Clean;
    }
    const report = await collectStatus({
      model,
      client,
      appNamespace: settings.appNamespace,
      projects: settings.projects,
      graceMs,
      failOnDrift: ctx.options["fail-on-drift"] === true,
      envs: (ctx.options.env as string[] | undefined) ?? [],
      services: (ctx.options.service as string[] | undefined) ?? [],
    });
    const code = failsAt(report.findings, "error") ? ExitCode.Findings : ExitCode.Clean;
    if (ctx.json) {
      ctx.io.stdout(JSON.stringify(statusJson(report), null, 2) + "\n");
      return code;
    }
    if (report.applications.length > 0)
      ctx.io.stdout(formatTable(STATUS_HEADER, statusRows(report.applications)) + "\n");
    ctx.io.stdout(
      `${report.applications.length} Application(s) from ${report.server}` +
        (report.ignored ? `; ${report.ignored} of other repositories ignored` : "") +
        "\n",
    );
    if (report.findings.length > 0) ctx.io.stdout(formatText(report.findings));
    return code;
  },
};
