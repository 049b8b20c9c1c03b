// Only the runner plumbing is imported up front; the changelog (git history, the model, Argo CD)
// and the GitHub client load once the inputs are read, so a bad input fails fast.
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { UserError } from "../../../packages/core/src/errors.js";
import { writeTextAtomic } from "../../../packages/core/src/write.js";
import { argocdEnv } from "../../../packages/github/src/argocd-inputs.js";
import { getBoolean, getInteger, getList, getString } from "../../../packages/github/src/inputs.js";
import { info, warning } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { maskSecret } from "../../../packages/github/src/secrets.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  // The env var may hold the token when the input is empty; mask it before anything prints.
  maskSecret(process.env.ARGOCD_AUTH_TOKEN);
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const token = getString(Inputs.GitHubToken);
  const releases = getBoolean(Inputs.Releases, false);
  if (releases && !token) throw new UserError(`Input "${Inputs.Releases}" needs "${Inputs.GitHubToken}"`);
  const dashboard = getString(Inputs.Dashboard);
  const releaseEnvInput = releases ? getString(Inputs.ReleaseEnvironment) : undefined;
  const metricsInput = getBoolean(Inputs.Metrics, false);
  const metrics = metricsInput || dashboard !== undefined;
  const metricsSource = metrics ? getString(Inputs.MetricsSource, { default: "auto" }) : undefined;
  const since = getString(Inputs.Since);
  const environments = getList(Inputs.Environments);
  const services = getList(Inputs.Services);
  const write = getBoolean(Inputs.Write, false);
  const maxReleases = getInteger(Inputs.MaxReleases, { default: 10, min: 1, max: 100 });

  const [
    context,
    { loadModel },
    { ciSummaryMarkdown, runChangelogCi },
    { parseMetricsSource, resolveMetricsSource },
  ] = await Promise.all([
    token ? import("../../../packages/github/src/context.js") : undefined,
    import("../../../packages/core/src/model/load.js"),
    import("../../../packages/changelog/src/index.js"),
    import("../../../packages/changelog/src/metrics-source.js"),
  ]);
  // runAction masked the token input before any input was read; the client masks it again.
  const github = token && context ? context.repoClient(token) : undefined;
  const known = (await loadModel(repoPath)).environments;
  const releaseEnv = releases ? (releaseEnvInput ?? known.at(-1)) : undefined;
  if (releaseEnv && !known.includes(releaseEnv)) {
    throw new UserError(
      `Input "${Inputs.ReleaseEnvironment}" must be one of ${known.join(", ")}, got "${releaseEnv}"`,
    );
  }

  const source =
    metricsSource === undefined
      ? { warnings: [], notes: [] }
      : resolveMetricsSource(
          parseMetricsSource(metricsSource, `Input "${Inputs.MetricsSource}"`),
          repoPath,
          argocdEnv(),
        );
  for (const w of source.warnings) warning(w);
  for (const note of source.notes) info(note);

  const result = await runChangelogCi({
    repo: repoPath,
    since,
    environments,
    services,
    write,
    metrics: metricsInput,
    dashboard: dashboard ? resolve(dashboard) : undefined,
    github,
    releaseEnv,
    maxReleases,
    warn: warning,
    ...(source.argocd ? { argocd: source.argocd } : {}),
  });

  const temp = process.env.RUNNER_TEMP ?? tmpdir();
  const jsonFile = join(temp, "gitops-changelog.json");
  writeTextAtomic(jsonFile, JSON.stringify(result.report, null, 2) + "\n");
  let metricsFile = "";
  if (result.metrics) {
    metricsFile = join(temp, "gitops-metrics.json");
    writeTextAtomic(metricsFile, JSON.stringify(result.metrics, null, 2) + "\n");
  }
  info(`${result.report.entries.length} changelog entr${result.report.entries.length === 1 ? "y" : "ies"}`);
  for (const w of result.written) info(`${w.file}: ${w.added ? `added ${w.added}` : "up to date"}`);
  for (const r of result.releases)
    info(`release ${r.tag || "(none)"} for ${r.commit.slice(0, 7)}: ${r.status}`);
  setOutputs({
    [Outputs.Count]: String(result.report.entries.length),
    [Outputs.JsonFile]: jsonFile,
    [Outputs.Written]: result.written.filter((w) => w.added > 0).map((w) => w.file),
    [Outputs.Releases]: result.releases,
    [Outputs.MetricsFile]: metricsFile,
    [Outputs.Dashboard]: dashboard ?? "",
  });
  await appendSummary(ciSummaryMarkdown(result));
});
