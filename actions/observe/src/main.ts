// Only the runner plumbing and the input parsers are imported up front; the model, the Argo CD
// client and the GitHub client load once the inputs are read, so a bad input fails fast.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_ALERT_RULES, parseAlertRules } from "../../../packages/argocd/src/alerts.js";
import { parseDuration } from "../../../packages/argocd/src/duration.js";
import { writeTextAtomic } from "../../../packages/core/src/write.js";
import { argocdEnv } from "../../../packages/github/src/argocd-inputs.js";
import { getBoolean, getList, getString } from "../../../packages/github/src/inputs.js";
import { info, warning } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  // The env var may hold the token when the input is empty; mask both before anything prints.
  const env = argocdEnv();
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const graceMs = parseDuration(getString(Inputs.Grace, { default: "15m" }), `Input "${Inputs.Grace}"`);
  const timeoutMs = parseDuration(getString(Inputs.Timeout, { default: "30s" }), `Input "${Inputs.Timeout}"`);
  const listed = getList(Inputs.AlertOn);
  const rules = listed.length ? parseAlertRules(listed, `Input "${Inputs.AlertOn}"`) : DEFAULT_ALERT_RULES;
  const dryRun = getBoolean(Inputs.DryRun, false);
  const token = getString(Inputs.GitHubToken, { required: true });
  const envs = getList(Inputs.Environments);
  const services = getList(Inputs.Services);
  const label = getString(Inputs.Label, { default: "gitops-observe" }) || "gitops-observe";

  const [
    { repoClient },
    { loadModel },
    { alertCounts, alertsMarkdown, connect, observeAlerts, statusMarkdown },
    { runUrlFromEnv },
  ] = await Promise.all([
    import("../../../packages/github/src/context.js"),
    import("../../../packages/core/src/model/load.js"),
    import("../../../packages/argocd/src/index.js"),
    import("../../../packages/promote/src/github-env.js"),
  ]);
  const gh = repoClient(token);
  const model = await loadModel(repoPath);
  const { client, settings } = connect(env, model.config.argocd, { timeoutMs: Math.max(timeoutMs, 1) });
  for (const w of settings.warnings) warning(w);

  const runUrl = runUrlFromEnv(process.env);
  const { report, outcomes } = await observeAlerts({
    model,
    client,
    gh,
    appNamespace: settings.appNamespace,
    projects: settings.projects,
    envs,
    services,
    graceMs,
    rules,
    ...(process.env.GITHUB_SERVER_URL ? { githubServerUrl: process.env.GITHUB_SERVER_URL } : {}),
    ...(runUrl ? { runUrl } : {}),
    label,
    dryRun,
  });
  for (const o of outcomes.filter((x) => x.action !== "ok")) {
    info(`${o.application} (${o.env || "shared"}): ${o.action}${o.issue === null ? "" : ` #${o.issue}`}`);
  }
  const jsonFile = join(process.env.RUNNER_TEMP ?? tmpdir(), "gitops-observe.json");
  writeTextAtomic(
    jsonFile,
    JSON.stringify({ alerts: outcomes, applications: report.applications }, null, 2) + "\n",
  );
  const counts = alertCounts(outcomes);
  const open = outcomes.filter(
    (o) => o.issue !== null && ["opened", "updated", "reopened"].includes(o.action),
  );
  setOutputs({
    [Outputs.Opened]: String(counts.opened),
    [Outputs.Updated]: String(counts.updated),
    [Outputs.Reopened]: String(counts.reopened),
    [Outputs.Closed]: String(counts.closed),
    [Outputs.Pending]: String(counts.pending),
    [Outputs.Alerting]: String(open.length),
    [Outputs.JsonFile]: jsonFile,
  });
  await appendSummary(`${alertsMarkdown(outcomes, dryRun)}\n${statusMarkdown(report)}`);
});
