import {
  bumpInClone,
  bumpSummary,
  checkSourceCommitDate,
  checkSourceRepository,
  imageWithDigest,
  parseRepoSlug,
  runUrlFromEnv,
  type GitHubRepo,
  type RegistryOptions,
} from "../../../packages/promote/src/index.js";
import { UserError } from "../../../packages/core/src/index.js";
import {
  appendSummary,
  debug,
  getBoolean,
  getEnum,
  getOctokitClient,
  getString,
  info,
  maskSecret,
  pushFromEvent,
  repository,
  runAction,
  serverUrl,
  setOutputs,
  warning,
} from "../../../packages/github/src/index.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const slug = getString(Inputs.Repository, { required: true });
  const infra = parseRepoSlug(slug);
  const token = getString(Inputs.Token, { required: true });
  const client = getOctokitClient(token);
  const github: GitHubRepo = { client, ...infra };
  const source = repository();
  const autoMerge = getEnum(
    Inputs.AutoMerge,
    ["false", "true", "merge", "squash", "rebase"] as const,
    "false",
  );
  const base = getString(Inputs.Base);
  const registry = registryInputs();
  const runUrl = runUrlFromEnv(process.env);
  const result = await bumpInClone({
    cloneUrl: `${serverUrl()}/${slug}.git`,
    github,
    workDir: process.env.RUNNER_TEMP ?? ".",
    env: getString(Inputs.Env, { default: "" }),
    service: getString(Inputs.Service, { required: true }),
    target: { image: imageWithDigest(getString(Inputs.Image, { required: true }), getString(Inputs.Digest)) },
    git: {
      token,
      identity: {
        name: getString(Inputs.CommitterName, { required: true }),
        email: getString(Inputs.CommitterEmail, { required: true }),
      },
      log: debug,
    },
    sourceRepository: checkSourceRepository(`${source.owner}/${source.repo}`),
    ...(process.env.GITHUB_SHA ? { sourceCommit: process.env.GITHUB_SHA } : {}),
    ...sourceCommitDate(process.env.GITHUB_SHA),
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
function sourceCommitDate(sha: string | undefined): { sourceCommitDate?: string } {
  const head = pushFromEvent()?.headCommit;
  if (!sha || head?.id !== sha || Number.isNaN(Date.parse(head.timestamp))) return {};
  return { sourceCommitDate: checkSourceCommitDate(head.timestamp) };
}
