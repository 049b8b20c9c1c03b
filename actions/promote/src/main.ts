// Only the runner plumbing is imported up front; the promotion (git, the model, Argo CD, the
// gate) and the GitHub client load once the inputs are read, so a bad input fails fast.
import { parseDuration } from "../../../packages/argocd/src/duration.js";
import { UserError } from "../../../packages/core/src/errors.js";
import { emitAnnotations } from "../../../packages/github/src/annotations.js";
import { argocdEnv } from "../../../packages/github/src/argocd-inputs.js";
import { getBoolean, getEnum, getList, getString } from "../../../packages/github/src/inputs.js";
import { debug, info, warning } from "../../../packages/github/src/log.js";
import { setOutputs } from "../../../packages/github/src/outputs.js";
import { runAction } from "../../../packages/github/src/run.js";
import { appendSummary } from "../../../packages/github/src/summary.js";
import type { ChainResult, GitHubRepo, PromoteMode } from "../../../packages/promote/src/index.js";
import { Inputs, Outputs } from "./names.js";

type Promote = typeof import("../../../packages/promote/src/index.js");

await runAction(async () => {
  const mode = getEnum(Inputs.Mode, ["promote", "chatops"] as const, "promote");
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const token = getString(Inputs.Token, { required: true });
  const git = {
    token,
    identity: {
      name: getString(Inputs.CommitterName, { required: true }),
      email: getString(Inputs.CommitterEmail, { required: true }),
    },
    log: debug,
  };
  const requiredChecks = getList(Inputs.RequiredChecks);
  const base = getString(Inputs.Base);

  if (mode === "chatops") {
    const syncTimeout = getString(Inputs.SyncTimeout, { default: "5m" });
    const syncWait = { timeoutMs: parseDuration(syncTimeout, `Input "${Inputs.SyncTimeout}"`) };
    const { github, promote, serverUrl } = await load(token);
    const argocd = { env: argocdEnv() };
    const event = promote.readCommentEvent(
      process.env.GITHUB_EVENT_PATH ?? "",
      process.env.GITHUB_EVENT_NAME ?? "",
    );
    const runUrl = `${serverUrl}/${github.owner}/${github.repo}/actions/runs/${process.env.GITHUB_RUN_ID ?? ""}`;
    const result = await promote.runChatOps({
      event,
      github,
      repo: repoPath,
      git,
      requiredChecks,
      runUrl,
      argocd,
      syncWait,
      ...(base ? { base } : {}),
    });
    info(`chatops: ${result.status}${result.reason ? `: ${result.reason}` : ""}`);
    if (result.status === "refused") warning(`chatops refused: ${result.reason ?? ""}`);
    if (result.chain) {
      // A refusal is the commenter's answer, not the run's failure: no exit code here.
      await reportChain(result.chain, repoPath);
    } else {
      setOutputs({ [Outputs.Status]: result.status, [Outputs.Reason]: result.reason });
    }
    return;
  }

  // As `gitops promote`: `to` may name a fan-out group, and a target's DR envs come along (`no-dr`).
  const from = getString(Inputs.From, { required: true });
  const to = getString(Inputs.To, { required: true });
  const services = getList(Inputs.Services);
  const publish = publishMode();
  const noDr = getBoolean(Inputs.NoDr, false);
  const { github, promote } = await load(token);
  const argocd = { env: argocdEnv() };
  const chain = await promote.promoteChain({
    repo: repoPath,
    from,
    to,
    services,
    mode: publish,
    noDr,
    github,
    git,
    requiredChecks,
    argocd,
    ...(base ? { base } : {}),
  });
  await reportChain(chain, repoPath);
  const refused = chain.targets.filter((r) => r.status === "refused");
  if (refused.length > 0) {
    emitAnnotations(
      refused.map((r) => ({
        tool: "promote",
        rule: "refused",
        severity: "error" as const,
        message: `promotion${chain.targets.length > 1 ? ` to ${r.request.to}` : ""} refused: ${r.reason ?? ""}`,
      })),
    );
    process.exitCode = 1;
  }
});

/** The promotion package and the GitHub client, loaded once every input is read. */
async function load(token: string): Promise<{ promote: Promote; github: GitHubRepo; serverUrl: string }> {
  const [promote, { repoClient, serverUrl }] = await Promise.all([
    import("../../../packages/promote/src/index.js"),
    import("../../../packages/github/src/context.js"),
  ]);
  return { promote, github: repoClient(token), serverUrl: serverUrl() };
}

/** Logs, annotations, job summary and outputs of a promotion to one or more envs. */
async function reportChain(chain: ChainResult, repoPath: string): Promise<void> {
  const { chainOutcome, changeFindings, gateSection, promotionSummary } =
    await import("../../../packages/promote/src/index.js");
  for (const result of chain.targets) {
    info(
      `promote to ${result.request.to}: ${result.status}, ${result.changes.length} field(s)${result.pr ? `, pull request #${result.pr.number} ${result.pr.action}` : ""}`,
    );
    for (const w of [...(result.pr?.warnings ?? []), ...(result.gate?.warnings ?? [])]) warning(w);
    emitAnnotations(changeFindings(result, repoPath));
    // The job summary, with the staging gate's evidence when the env is gated.
    await appendSummary(promotionSummary(result) + (result.gate ? `\n${gateSection(result.gate)}` : ""));
  }
  const outcome = chainOutcome(chain);
  setOutputs({
    [Outputs.Status]: outcome.status,
    [Outputs.Reason]: outcome.reason,
    [Outputs.Changes]: outcome.changes.map(({ env, service, file, field, from, to }) => ({
      env,
      service,
      file,
      field,
      from,
      to,
    })),
    [Outputs.Count]: String(outcome.changes.length),
    [Outputs.Branch]: outcome.branch,
    [Outputs.Commit]: outcome.commit,
    [Outputs.SourceSha]: outcome.sourceSha,
    [Outputs.PrNumber]: outcome.pr ? String(outcome.pr.number) : undefined,
    [Outputs.PrUrl]: outcome.pr?.url,
    [Outputs.Superseded]: outcome.pr || outcome.superseded.length > 0 ? outcome.superseded : undefined,
    [Outputs.ClosedPr]: outcome.closedPr !== undefined ? String(outcome.closedPr) : undefined,
    [Outputs.Results]: outcome.results,
  });
}

/** dry-run, or how far the promotion goes: commit, push, pull request. */
function publishMode(): PromoteMode {
  if (getBoolean(Inputs.DryRun, false)) return "dry-run";
  const push = getBoolean(Inputs.Push, true);
  const pr = getBoolean(Inputs.PullRequest, true);
  if (pr && !push)
    throw new UserError(
      `Input "${Inputs.PullRequest}" needs "${Inputs.Push}": a pull request needs the pushed branch`,
    );
  return pr ? "pr" : push ? "push" : "commit";
}
