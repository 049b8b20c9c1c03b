import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel, markdownCell, writeTextAtomic } from "../../../packages/core/src/index.js";
import { connect, planDeployments, pushDeployments } from "../../../packages/argocd/src/index.js";
import {
  argocdEnv,
  appendSummary,
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
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const github = {
    client: getOctokitClient(getString(Inputs.GitHubToken, { required: true })),
    ...repository(),
  };
  const model = await loadModel(repoPath);
  const { client, settings } = connect(argocdEnv(), model.config.argocd);
  for (const w of settings.warnings) warning(w);
  const planned = await planDeployments(model, client, {
    appNamespace: settings.appNamespace,
    projects: settings.projects,
    envs: getList(Inputs.Environments),
  });
  const last = model.environments.at(-1);
  const done = await pushDeployments(github, planned, {
    server: client.server,
    productionEnvs: last ? [last] : [],
  });
  for (const d of done) info(`${d.env} ${d.application} ${d.sha.slice(0, 7)} ${d.state}: ${d.action ?? ""}`);
  const jsonFile = join(process.env.RUNNER_TEMP ?? tmpdir(), "gitops-deployments.json");
  writeTextAtomic(jsonFile, JSON.stringify({ deployments: done }, null, 2) + "\n");
  const created = done.filter((d) => d.action === "created").length;
  const updated = done.filter((d) => d.action === "updated").length;
  setOutputs({
    [Outputs.Created]: String(created),
    [Outputs.Updated]: String(updated),
    [Outputs.JsonFile]: jsonFile,
  });
  const rows = done
    .filter((d) => d.action !== "unchanged")
    .map(
      (d) =>
        `| ${[d.env, d.application, d.sha.slice(0, 7), d.state, d.action ?? ""].map(markdownCell).join(" | ")} |`,
    );
  await appendSummary(
    [
      "## GitHub deployments from Argo CD",
      "",
      `${created} created, ${updated} updated, ${done.length - created - updated} unchanged`,
      ...(rows.length
        ? ["", "| Env | Application | SHA | State | Action |", "| --- | --- | --- | --- | --- |", ...rows]
        : []),
      "",
    ].join("\n"),
  );
});
