import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel, writeTextAtomic } from "../../../packages/core/src/index.js";
import {
  alertCounts,
  alertsMarkdown,
  connect,
  DEFAULT_ALERT_RULES,
  observeAlerts,
  parseAlertRules,
  parseDuration,
  statusMarkdown,
} from "../../../packages/argocd/src/index.js";
import { runUrlFromEnv } from "../../../packages/promote/src/index.js";
import {
  argocdEnv,
  appendSummary,
  getBoolean,
  getList,
  getOctokitClient,
  getString,
  info,
  repository,
  runAction,
  setOutputs,
  warning,
} from "../../../packages/github/src/index.js";
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
  const gh = { client: getOctokitClient(getString(Inputs.GitHubToken, { required: true })), ...repository() };
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
    envs: getList(Inputs.Environments),
    services: getList(Inputs.Services),
    graceMs,
    rules,
    ...(process.env.GITHUB_SERVER_URL ? { githubServerUrl: process.env.GITHUB_SERVER_URL } : {}),
    ...(runUrl ? { runUrl } : {}),
    label: getString(Inputs.Label, { default: "gitops-observe" }) || "gitops-observe",
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
