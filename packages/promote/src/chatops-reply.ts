/**
 * How every ChatOps command answers in the thread: a reaction on the command comment and one
 * reply comment, with @-mentions other than the commenter's defused.
 */
import type { CommentEvent } from "./chatops.js";
import type { GitHubRepo } from "./github.js";

/** Where a command came from and where its answer goes. */
export interface ChatThread {
  event: CommentEvent;
  github: GitHubRepo;
  /** Link to this workflow run, for replies about refusals and failures. */
  runUrl?: string;
}

export type Reaction = "eyes" | "rocket" | "confused" | "+1";

/** Posts the reply comment; returns its web URL. */
export async function reply(thread: ChatThread, body: string): Promise<string> {
  return (await postReply(thread, body)).url;
}

/** Posts the reply comment; returns its id (to update it later, see `updateReply`) and web URL. */
export async function postReply(thread: ChatThread, body: string): Promise<{ id: number; url: string }> {
  const { data } = await thread.github.client.request(
    "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      owner: thread.github.owner,
      repo: thread.github.repo,
      issue_number: thread.event.issueNumber,
      body,
    },
  );
  const d = data as { id: number; html_url: string };
  return { id: d.id, url: d.html_url };
}

/** Replaces the body of an earlier reply: a long-running command answers once, then completes its answer. */
export async function updateReply(thread: ChatThread, id: number, body: string): Promise<void> {
  await thread.github.client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
    owner: thread.github.owner,
    repo: thread.github.repo,
    comment_id: id,
    body,
  });
}

export async function react(thread: ChatThread, content: Reaction): Promise<void> {
  await thread.github.client.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
    owner: thread.github.owner,
    repo: thread.github.repo,
    comment_id: thread.event.commentId,
    content,
  });
}

/**
 * Text for a reply with its @-mentions defused (a zero-width space after the
 * `@`): a reason may quote the comment or name teams, and the reply must not
 * notify whoever those name. The commenter is mentioned on purpose, in front.
 */
export function quiet(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, "@\u200b");
}
