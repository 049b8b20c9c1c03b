// Only the runner plumbing is imported up front: every input is read first, so a missing or bad one
// fails fast; the bump (git, the model, the registry client) and the GitHub client load after.
import { UserError } from "../../../packages/core/src/errors.js";
import { getBoolean, getEnum, getString } from "../../../packages/github/src/inputs.js";
import { debug, info, warning } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { maskSecret } from "../../../packages/github/src/secrets.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import type { PushInfo } from "../../../packages/github/src/context.js";
import type { RegistryOptions } from "../../../packages/promote/src/index.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const slug = getString(Inputs.Repository, { required: true });
  const token = getString(Inputs.Token, { required: true });
  const autoMerge = getEnum(
    Inputs.AutoMerge,
    ["false", "true", "merge", "squash", "rebase"] as const,
    "false",
  );
  const base = getString(Inputs.Base);
  const registry = registryInputs();
  const env = getString(Inputs.Env, { default: "" });
  const service = getString(Inputs.Service, { required: true });
  const image = getString(Inputs.Image, { required: true });
  const digest = getString(Inputs.Digest);
  const identity = {
    name: getString(Inputs.CommitterName, { required: true }),
    email: getString(Inputs.CommitterEmail, { required: true }),
  };

  const [
    {
      bumpInClone,
      bumpSummary,
      checkSourceCommitDate,
      checkSourceRepository,
      imageWithDigest,
      parseRepoSlug,
      runUrlFromEnv,
    },
    { getOctokitClient, pushFromEvent, repository, serverUrl },
  ] = await Promise.all([
    import("../../../packages/promote/src/index.js"),
    import("../../../packages/github/src/context.js"),
  ]);
  const infra = parseRepoSlug(slug);
  const client = getOctokitClient(token);
  const source = repository();
  const runUrl = runUrlFromEnv(process.env);
  const target = { image: imageWithDigest(image, digest) };
  const sourceRepository = checkSourceRepository(`${source.owner}/${source.repo}`);
  const pushedAt = pushedCommitTime(process.env.GITHUB_SHA, pushFromEvent());
  const result = await bumpInClone({
    cloneUrl: `${serverUrl()}/${slug}.git`,
    github: { client, ...infra },
    workDir: process.env.RUNNER_TEMP ?? ".",
    env,
    service,
    target,
    git: { token, identity, log: debug },
    sourceRepository,
    ...(process.env.GITHUB_SHA ? { sourceCommit: process.env.GITHUB_SHA } : {}),
    ...(pushedAt ? { sourceCommitDate: checkSourceCommitDate(pushedAt) } : {}),
    ...(registry ? { resolveDigest: registry } : {}),
    publish: {
      sourceGithub: { client, ...source },
      serverUrl: serverUrl(),
      ...(runUrl ? { runUrl } : {}),
      ...(base ? { base } : {}),
      ...(autoMerge === "false" ? {} : { autoMerge: autoMerge === "true" ? "merge" : autoMerge }),
    },
  });
  for (const w of result.pr?.warnings ?? []) warning(w);
  const pr = result.pr ? `, pull request #${result.pr.number} ${result.pr.action}` : "";
  info(`bump ${result.service} in ${result.env} to ${result.to}: ${result.status}${pr}`);
  setOutputs({
    [Outputs.Changed]: String(result.status !== "nothing"),
    [Outputs.Status]: result.status,
    [Outputs.Branch]: result.branch,
    [Outputs.Commit]: result.commit,
    [Outputs.PrNumber]: result.pr ? String(result.pr.number) : undefined,
    [Outputs.PrUrl]: result.pr?.url,
  });
  await appendSummary(bumpSummary(slug, result));
});

/** `resolve-digest` and the registry credentials, the password masked before anything can print it. */
function registryInputs(): RegistryOptions | undefined {
  const password = getString(Inputs.RegistryPassword, { default: "" });
  maskSecret(password);
  if (!getBoolean(Inputs.ResolveDigest, false)) return undefined;
  const username = getString(Inputs.RegistryUsername, { default: "" });
  if (Boolean(username) !== Boolean(password)) {
    throw new UserError("give both registry-username and registry-password, or neither");
  }
  return username && password ? { username, password } : {};
}

/**
 * When the pushed commit that built the image was made, from the push event, so the infra repo's
 * lead time starts there without reading the service repository (its token may not reach it).
 * Other events carry no commit time; the trailer is then left out.
 */
function pushedCommitTime(sha: string | undefined, push: PushInfo | undefined): string | undefined {
  const head = push?.headCommit;
  if (!sha || head?.id !== sha || Number.isNaN(Date.parse(head.timestamp))) return undefined;
  return head.timestamp;
}
