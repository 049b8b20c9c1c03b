// Only the runner plumbing is imported up front; the model, the Argo CD client and the GitHub
// client load once the inputs are read, so a missing input fails fast.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { markdownCell } from "../../../packages/core/src/reporters/summary.js";
import { writeTextAtomic } from "../../../packages/core/src/write.js";
import { argocdEnv } from "../../../packages/github/src/argocd-inputs.js";
import { getList, getString } from "../../../packages/github/src/inputs.js";
import { info, warning } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const token = getString(Inputs.GitHubToken, { required: true });
  const envs = getList(Inputs.Environments);

  const [{ repoClient }, { loadModel }, { connect, planDeployments, pushDeployments }] = await Promise.all([
    import("../../../packages/github/src/context.js"),
    import("../../../packages/core/src/model/load.js"),
    import("../../../packages/argocd/src/index.js"),
  ]);
  const github = repoClient(token);
  const model = await loadModel(repoPath);
  const { client, settings } = connect(argocdEnv(), model.config.argocd);
  for (const w of settings.warnings) warning(w);
  const planned = await planDeployments(model, client, {
    appNamespace: settings.appNamespace,
    projects: settings.projects,
    envs,
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
