import { tmpdir } from "node:os";
import { join } from "node:path";
import { failsAt, loadModel, writeTextAtomic } from "../../../packages/core/src/index.js";
import {
  collectStatus,
  connect,
  parseDuration,
  statusJson,
  statusMarkdown,
  summaryCounts,
} from "../../../packages/argocd/src/index.js";
import {
  argocdEnv,
  appendSummary,
  emitAnnotations,
  findingsInWorkspace,
  getBoolean,
  getList,
  getString,
  info,
  runAction,
  setOutputs,
  warning,
} from "../../../packages/github/src/index.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  // The env var may hold the token when the input is empty; mask both before anything prints.
  const env = argocdEnv();
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const graceMs = parseDuration(getString(Inputs.Grace, { default: "10m" }), `Input "${Inputs.Grace}"`);
  const timeoutMs = parseDuration(getString(Inputs.Timeout, { default: "30s" }), `Input "${Inputs.Timeout}"`);
  const model = await loadModel(repoPath);
  const { client, settings } = connect(env, model.config.argocd, { timeoutMs: Math.max(timeoutMs, 1) });
  for (const w of settings.warnings) warning(w);

  const report = await collectStatus({
    model,
    client,
    appNamespace: settings.appNamespace,
    projects: settings.projects,
    graceMs,
    failOnDrift: getBoolean(Inputs.FailOnDrift, false),
    envs: getList(Inputs.Environments),
    services: getList(Inputs.Services),
  });
  const findings = findingsInWorkspace(report.findings, repoPath);
  for (const a of report.applications) {
    info(
      `${a.name} (${a.env || "shared"}): ${a.sync}, ${a.health}, ${a.revision?.slice(0, 7) ?? "no revision"}`,
    );
  }
  emitAnnotations(findings);
  const jsonFile = join(process.env.RUNNER_TEMP ?? tmpdir(), "gitops-status.json");
  writeTextAtomic(jsonFile, JSON.stringify(statusJson(report), null, 2) + "\n");
  const counts = summaryCounts(report);
  const drift = counts.outOfSync + counts.degraded + counts.notCurrent > 0;
  setOutputs({
    [Outputs.JsonFile]: jsonFile,
    [Outputs.Applications]: String(counts.applications),
    [Outputs.OutOfSync]: String(counts.outOfSync),
    [Outputs.Degraded]: String(counts.degraded),
    [Outputs.NotCurrent]: String(counts.notCurrent),
    [Outputs.Drift]: String(drift),
  });
  await appendSummary(statusMarkdown(report));
  if (failsAt(findings, "error")) process.exitCode = 1;
});
