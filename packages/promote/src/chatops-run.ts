/**
 * One ChatOps round: acknowledge the comment, check who asked, promote,
 * and answer in the thread with the pull request or the reason it was
 * refused. Refusals are answers, not failures: the run itself succeeds.
 * A `/promote` goes where `gitops promote` would (promoteChain): a group alias fans out to its
 * envs and DR envs come along unless `--no-dr`; the commenter must be allowed into EVERY env it
 * reaches, checked on a dry run before anything is written or pushed.
 * `/sync` and `/status` take the same path up to the command (chatops-sync.ts).
 */
import { isUserError, loadModel, messageOf, type Layout } from "../../core/src/index.js";
import { parsePromoteComment, permissionProblem, type CommentEvent } from "./chatops.js";
import { quiet, react, reply } from "./chatops-reply.js";
import { handleArgoComment, type SyncOutcome } from "./chatops-sync.js";
import type { SyncWait } from "./chatops-sync-wait.js";
import { promoteChain, type ChainResult } from "./chain-run.js";
import { chainOutcome } from "./chain-outcome.js";
import { promotionReply } from "./chatops-promote-reply.js";
import type { ArgoAccess } from "./gate-argocd.js";
import type { GitOptions } from "./git.js";
import { chatOpsStep } from "./chatops-step.js";
import type { GitHubRepo } from "./github.js";
import type { PromoteResult, PromoteStatus } from "./promote.js";

export interface ChatOpsOptions {
  event: CommentEvent;
  github: GitHubRepo;
  /** The infra-gitops checkout (the default branch). */
  repo: string;
  git?: GitOptions;
  requiredChecks?: readonly string[];
  base?: string;
  /** Link to this workflow run, for replies about failures. */
  runUrl?: string;
  /** Argo CD settings for `/sync`, `/status` and the staging gate; default `process.env`. */
  argocd?: ArgoAccess;
  /** How long `/sync` waits for the outcome; default 5 min. */
  syncWait?: SyncWait;
}

export interface ChatOpsResult {
  /** `synced`: `/sync` started at least one sync; `reported`: `/status` answered. */
  status: "ignored" | PromoteStatus | "synced" | "reported";
  /** Why nothing happened or the promotion was refused. */
  reason?: string;
  /** The first (for one env, the only) target's promotion. */
  promotion?: PromoteResult;
  /** Every target env's promotion, in chain order (a group alias, DR envs). */
  chain?: ChainResult;
  /** The reply comment. */
  replyUrl?: string;
  /** `/sync`: what each Application's sync request got. */
  syncs?: SyncOutcome[];
}

/** Handles one `issue_comment` event. */
export async function runChatOps(options: ChatOpsOptions): Promise<ChatOpsResult> {
  const { event } = options;
  if (event.action !== "created")
    return { status: "ignored", reason: `the comment was ${event.action || "not created"}` };
  if (event.userType === "Bot") return { status: "ignored", reason: "comments by bots are not commands" };
  let command;
  try {
    command = parsePromoteComment(event.body);
  } catch (err) {
    if (!isUserError(err)) throw err;
    await react(options, "eyes");
    return refuse(options, err.message);
  }
  if (!command) {
    const argo = await handleArgoComment(options);
    return argo ?? { status: "ignored", reason: "the comment is not a /promote command" };
  }
  await react(options, "eyes");
  try {
    const layout = await loadModel(options.repo);
    const { from, to } = chatOpsStep(layout, command.to);
    const request = {
      repo: options.repo,
      from,
      to,
      services: command.services,
      ...(command.noDr ? { noDr: true } : {}),
      github: options.github,
      ...(options.git ? { git: options.git } : {}),
      ...(options.requiredChecks ? { requiredChecks: options.requiredChecks } : {}),
      ...(options.base ? { base: options.base } : {}),
      ...(options.argocd ? { argocd: options.argocd } : {}),
    };
    // Where it would go, DR envs included, the way the real run decides it; nothing is written.
    const plan = await promoteChain({ ...request, mode: "dry-run" });
    const denied = await deniedEnvs(
      options,
      layout,
      plan.targets.map((t) => t.request.to),
    );
    if (denied) return await refuse(options, denied);
    const chain = await promoteChain({ ...request, mode: "pr" });
    const outcome = chainOutcome(chain);
    const promotion = chain.targets[0];
    if (chain.targets.every((t) => t.status === "refused"))
      return await refuse(options, outcome.reason ?? "refused", promotion, chain);
    const replyUrl = await reply(options, promotionReply(event.user, chain));
    const refused = chain.targets.some((t) => t.status === "refused");
    await react(options, refused ? "confused" : chain.targets.some((t) => t.pr) ? "rocket" : "+1");
    return {
      status: outcome.status,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      ...(promotion ? { promotion } : {}),
      chain,
      replyUrl,
    };
  } catch (err) {
    if (isUserError(err)) return refuse(options, err.message);
    const run = options.runUrl ? ` ([workflow run](${options.runUrl}))` : "";
    await reply(
      options,
      `@${event.user} the promotion failed unexpectedly${run}: ${quiet(messageOf(err))}`,
    ).catch(() => undefined);
    await react(options, "confused").catch(() => undefined);
    throw err;
  }
}

/** Every env the user may not promote into, each with its reason; undefined when none. */
async function deniedEnvs(
  options: ChatOpsOptions,
  layout: Layout,
  envs: readonly string[],
): Promise<string | undefined> {
  const reasons = new Set<string>();
  for (const env of new Set(envs)) {
    const teams = layout.config.promote.teams[env] ?? [];
    const denied = await permissionProblem(options.github, options.event.user, env, teams);
    if (denied) reasons.add(denied);
  }
  return reasons.size > 0 ? [...reasons].join("; ") : undefined;
}

async function refuse(
  options: ChatOpsOptions,
  reason: string,
  promotion?: PromoteResult,
  chain?: ChainResult,
): Promise<ChatOpsResult> {
  const run = options.runUrl ? `\n\n[Workflow run](${options.runUrl})` : "";
  const replyUrl = await reply(
    options,
    `@${options.event.user} the promotion was refused: ${quiet(reason)}${run}`,
  );
  await react(options, "confused");
  return {
    status: "refused",
    reason,
    replyUrl,
    ...(promotion ? { promotion } : {}),
    ...(chain ? { chain } : {}),
  };
}
