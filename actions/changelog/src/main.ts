import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadModel, UserError, writeTextAtomic } from "../../../packages/core/src/index.js";
import { ciSummaryMarkdown, runChangelogCi } from "../../../packages/changelog/src/index.js";
import { parseMetricsSource, resolveMetricsSource } from "../../../packages/changelog/src/metrics-source.js";
import {
  argocdEnv,
  appendSummary,
  getBoolean,
  getInteger,
  getList,
  getOctokitClient,
  getString,
  info,
  maskSecret,
  repository,
  runAction,
  setOutputs,
  warning,
} from "../../../packages/github/src/index.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  // The env var may hold the token when the input is empty; mask it before anything prints.
  maskSecret(process.env.ARGOCD_AUTH_TOKEN);
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const token = getString(Inputs.GitHubToken);
  // The client masks the token before anything else can print.
  const github = token ? { client: getOctokitClient(token), ...repository() } : undefined;
  const releases = getBoolean(Inputs.Releases, false);
  if (releases && !token) throw new UserError(`Input "${Inputs.Releases}" needs "${Inputs.GitHubToken}"`);
  const dashboard = getString(Inputs.Dashboard);
  const environments = (await loadModel(repoPath)).environments;
  const releaseEnv = releases ? (getString(Inputs.ReleaseEnvironment) ?? environments.at(-1)) : undefined;
  if (releaseEnv && !environments.includes(releaseEnv)) {
    throw new UserError(
      `Input "${Inputs.ReleaseEnvironment}" must be one of ${environments.join(", ")}, got "${releaseEnv}"`,
    );
  }

  const metrics = getBoolean(Inputs.Metrics, false) || dashboard !== undefined;
  const source = metrics
    ? resolveMetricsSource(
        parseMetricsSource(
          getString(Inputs.MetricsSource, { default: "auto" }),
          `Input "${Inputs.MetricsSource}"`,
        ),
        repoPath,
        argocdEnv(),
      )
    : { warnings: [], notes: [] };
  for (const w of source.warnings) warning(w);
  for (const note of source.notes) info(note);

  const result = await runChangelogCi({
    repo: repoPath,
    since: getString(Inputs.Since),
    environments: getList(Inputs.Environments),
    services: getList(Inputs.Services),
    write: getBoolean(Inputs.Write, false),
    metrics: getBoolean(Inputs.Metrics, false),
    dashboard: dashboard ? resolve(dashboard) : undefined,
    github,
    releaseEnv,
    maxReleases: getInteger(Inputs.MaxReleases, { default: 10, min: 1, max: 100 }),
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
