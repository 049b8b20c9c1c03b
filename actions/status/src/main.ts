// Only the runner plumbing is imported up front; the model and the Argo CD client load once the
// inputs are read, so a bad input (a duration, a boolean) fails fast.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDuration } from "../../../packages/argocd/src/duration.js";
import { failsAt } from "../../../packages/core/src/finding.js";
import { writeTextAtomic } from "../../../packages/core/src/write.js";
import { findingsInWorkspace } from "../../../packages/core/src/workspace-paths.js";
import { emitAnnotations } from "../../../packages/github/src/annotations.js";
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
  const graceMs = parseDuration(getString(Inputs.Grace, { default: "10m" }), `Input "${Inputs.Grace}"`);
  const timeoutMs = parseDuration(getString(Inputs.Timeout, { default: "30s" }), `Input "${Inputs.Timeout}"`);
  const failOnDrift = getBoolean(Inputs.FailOnDrift, false);
  const envs = getList(Inputs.Environments);
  const services = getList(Inputs.Services);

  const [{ loadModel }, { collectStatus, connect, statusJson, statusMarkdown, summaryCounts }] =
    await Promise.all([
      import("../../../packages/core/src/model/load.js"),
      import("../../../packages/argocd/src/index.js"),
    ]);
  const model = await loadModel(repoPath);
  const { client, settings } = connect(env, model.config.argocd, { timeoutMs: Math.max(timeoutMs, 1) });
  for (const w of settings.warnings) warning(w);

  const report = await collectStatus({
    model,
    client,
    appNamespace: settings.appNamespace,
    projects: settings.projects,
    graceMs,
    failOnDrift,
    envs,
    services,
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
