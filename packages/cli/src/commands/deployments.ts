import { ExitCode, loadModel, UserError } from "../../../core/src/index.js";
import {
  connect,
  planDeployments,
  pushDeployments,
  type PlannedDeployment,
} from "../../../argocd/src/index.js";
import { githubFromEnv } from "../../../promote/src/index.js";
import type { Command } from "../command.js";
import { formatTable } from "../table.js";

/** `gitops deployments`: GitHub deployments from what Argo CD deployed. */
export const deploymentsCommand: Command = {
  name: "deployments",
  summary: "GitHub deployments from Argo CD's sync history (--push creates them, idempotently)",
  help: `Usage: gitops deployments [--push] [--env ENV]... [--github-repo OWNER/NAME] [--json] [--repo DIR]

Reads Argo CD (ARGOCD_SERVER, ARGOCD_AUTH_TOKEN, .gitops.yaml argocd:) and lists one deployment per
sync in each Application's status.history (state success), plus one for a running (in_progress)
or failed (failure) sync operation: environment = the Application's env, ref = the deployed SHA,
environment_url = the Application's first external URL. Without --push it only lists them.

--push creates them on GitHub (GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL; repository from
--github-repo, GITHUB_REPOSITORY or the origin remote). Each carries a key in its payload, so a
second run creates nothing and only adds a status where a state moved. The token needs the
"Deployments" repository permission (write). The last env in promotion order is the production one.

Exit codes: 0 done, 2 bad usage or config, no token, or Argo CD or GitHub unreachable or refusing.`,
  options: {
    push: { type: "boolean" },
    env: { type: "string", multiple: true },
    "github-repo": { type: "string" },
  },
  async run(ctx) {
    const model = await loadModel(ctx.repo);
    const { client, settings } = connect(process.env, model.config.argocd);
    for (const w of settings.warnings) ctx.io.stderr(`gitops: warning: ${w}\n`);
    const planned = await planDeployments(model, client, {
      appNamespace: settings.appNamespace,
      projects: settings.projects,
      envs: (ctx.options.env as string[] | undefined) ?? [],
    });
    let done: PlannedDeployment[] = planned;
    if (ctx.options.push === true) {
      const gh = await githubFromEnv(process.env, ctx.repo, ctx.options["github-repo"] as string | undefined);
      if (!gh) throw new UserError("deployments --push needs a GitHub token in GITHUB_TOKEN or GH_TOKEN");
      const last = model.environments.at(-1);
      done = await pushDeployments(gh, planned, {
        server: client.server,
        productionEnvs: last ? [last] : [],
      });
    }
    if (ctx.json) {
      ctx.io.stdout(JSON.stringify({ deployments: done }, null, 2) + "\n");
      return ExitCode.Clean;
    }
    const rows = done.map((d) => [
      d.env,
      d.application,
      d.sha.slice(0, 7),
      d.state,
      d.at ?? "-",
      d.action ?? "planned",
    ]);
    if (rows.length > 0)
      ctx.io.stdout(formatTable(["ENV", "APPLICATION", "SHA", "STATE", "AT", "ACTION"], rows) + "\n");
    const count = (a: string) => done.filter((d) => d.action === a).length;
    ctx.io.stdout(
      ctx.options.push === true
        ? `${count("created")} created, ${count("updated")} updated, ${count("unchanged")} unchanged\n`
        : `${done.length} deployment(s) from Argo CD; run with --push to create them on GitHub\n`,
    );
    return ExitCode.Clean;
  },
};
