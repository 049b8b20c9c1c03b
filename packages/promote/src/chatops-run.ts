/**
 * One ChatOps round: acknowledge the comment, check who asked, promote,
 * and answer in the thread with the pull request or the reason it was
 * refused. Refusals are answers, not failures: the run itself succeeds.
 * `/sync` and `/status` take the same path up to the command (chatops-sync.ts).
 */
import { isUserError, loadModel, messageOf } from "../../core/src/index.js";
import { parsePromoteComment, permissionProblem, type CommentEvent } from "./chatops.js";
import { quiet, react, reply } from "./chatops-reply.js";
import { handleArgoComment, type SyncOutcome } from "./chatops-sync.js";
import type { ArgoAccess } from "./gate-argocd.js";
import type { GitOptions } from "./git.js";
import { chatOpsStep } from "./chatops-step.js";
import type { GitHubRepo } from "./github.js";
import { promote, type PromoteResult, type PromoteStatus } from "./promote.js";
import { changesTable } from "./report.js";

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
}

export interface ChatOpsResult {
  /** `synced`: `/sync` started at least one sync; `reported`: `/status` answered. */
  status: "ignored" | PromoteStatus | "synced" | "reported";
  /** Why nothing happened or the promotion was refused. */
  reason?: string;
  promotion?: PromoteResult;
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
    const denied = await permissionProblem(
      options.github,
      event.user,
      to,
      layout.config.promote.teams[to] ?? [],
    );
    if (denied) return await refuse(options, denied);
    const promotion = await promote({
      repo: options.repo,
      from,
      to,
      services: command.services,
      mode: "pr",
      github: options.github,
      ...(options.git ? { git: options.git } : {}),
      ...(options.requiredChecks ? { requiredChecks: options.requiredChecks } : {}),
      ...(options.base ? { base: options.base } : {}),
      ...(options.argocd ? { argocd: options.argocd } : {}),
    });
    if (promotion.status === "refused")
      return await refuse(options, promotion.reason ?? "refused", promotion);
    const replyUrl = await reply(options, successText(event.user, promotion));
    await react(options, promotion.pr ? "rocket" : "+1");
    return { status: promotion.status, promotion, replyUrl };
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

async function refuse(
  options: ChatOpsOptions,
  reason: string,
  promotion?: PromoteResult,
): Promise<ChatOpsResult> {
  const run = options.runUrl ? `\n\n[Workflow run](${options.runUrl})` : "";
  const replyUrl = await reply(
    options,
    `@${options.event.user} the promotion was refused: ${quiet(reason)}${run}`,
  );
  await react(options, "confused");
  return { status: "refused", reason, replyUrl, ...(promotion ? { promotion } : {}) };
}

function successText(user: string, p: PromoteResult): string {
  const { request } = p;
  const what = `**${request.services.join(", ")}** from \`${request.from}\` to \`${request.to}\``;
  if (p.status === "nothing") {
    return `@${user} nothing to promote: \`${request.to}\` already has what \`${request.from}\` has for ${request.services.join(", ")}.`;
  }
  const pr = p.pr ? `#${p.pr.number} (${p.pr.url}, ${p.pr.action})` : `branch \`${p.branch ?? ""}\``;
  return `@${user} promoting ${what}: ${pr}\n\n${changesTable(request, p.changes)}\n`;
}
