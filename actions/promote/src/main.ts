import { parseDuration } from "../../../packages/argocd/src/index.js";
import {
  chainOutcome,
  changeFindings,
  gateSection,
  promoteChain,
  promotionSummary,
  readCommentEvent,
  runChatOps,
  type ChainResult,
  type GitHubRepo,
  type PromoteMode,
  type PromoteResult,
} from "../../../packages/promote/src/index.js";
import { UserError } from "../../../packages/core/src/index.js";
import {
  argocdEnv,
  appendSummary,
  debug,
  emitAnnotations,
  getBoolean,
  getEnum,
  getList,
  getOctokitClient,
  getString,
  info,
  repository,
  runAction,
  serverUrl,
  setOutputs,
  warning,
} from "../../../packages/github/src/index.js";
import { Inputs, Outputs } from "./names.js";

await runAction(async () => {
  const mode = getEnum(Inputs.Mode, ["promote", "chatops"] as const, "promote");
  const repoPath = getString(Inputs.RepoPath, { default: "." });
  const token = getString(Inputs.Token, { required: true });
  const github: GitHubRepo = { client: getOctokitClient(token), ...repository() };
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
  const argocd = { env: argocdEnv() };

  if (mode === "chatops") {
    const event = readCommentEvent(process.env.GITHUB_EVENT_PATH ?? "", process.env.GITHUB_EVENT_NAME ?? "");
    const runUrl = `${serverUrl()}/${github.owner}/${github.repo}/actions/runs/${process.env.GITHUB_RUN_ID ?? ""}`;
    const syncTimeout = getString(Inputs.SyncTimeout, { default: "5m" });
    const result = await runChatOps({
      event,
      github,
      repo: repoPath,
      git,
      requiredChecks,
      runUrl,
      argocd,
      syncWait: { timeoutMs: parseDuration(syncTimeout, `Input "${Inputs.SyncTimeout}"`) },
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
  const chain = await promoteChain({
    repo: repoPath,
    from: getString(Inputs.From, { required: true }),
    to: getString(Inputs.To, { required: true }),
    services: getList(Inputs.Services),
    mode: publishMode(),
    noDr: getBoolean(Inputs.NoDr, false),
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

/** Logs, annotations, job summary and outputs of a promotion to one or more envs. */
async function reportChain(chain: ChainResult, repoPath: string): Promise<void> {
  for (const result of chain.targets) {
    info(
      `promote to ${result.request.to}: ${result.status}, ${result.changes.length} field(s)${result.pr ? `, pull request #${result.pr.number} ${result.pr.action}` : ""}`,
    );
    for (const w of [...(result.pr?.warnings ?? []), ...(result.gate?.warnings ?? [])]) warning(w);
    emitAnnotations(changeFindings(result, repoPath));
    await appendSummary(summaryOf(result));
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

/** The promotion's job summary, with the staging gate's evidence when the env is gated. */
function summaryOf(result: PromoteResult): string {
  return promotionSummary(result) + (result.gate ? `\n${gateSection(result.gate)}` : "");
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
