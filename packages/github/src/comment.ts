/**
 * The sticky pull request comment: one comment per purpose that each run
 * edits in place, so a PR shows the latest report instead of a new comment
 * per push. The comment is found again by a hidden HTML marker on its first
 * line, which GitHub does not render.
 */
import type { getOctokit } from "@actions/github";

import { UserError } from "../../core/src/errors.js";

export interface StickyCommentOptions {
  owner: string;
  repo: string;
  /** The pull request (or issue) number; PR comments are issue comments. */
  issueNumber: number;
  /** Names the comment among ours, e.g. `validate` or `diff`; only `[a-z0-9-]`. */
  marker: string;
  /** Markdown shown to readers; the marker line is added in front. */
  body: string;
}

export type Octokit = ReturnType<typeof getOctokit>;

export interface StickyCommentResult {
  id: number;
  /** The comment's web URL, for logs and step outputs. */
  url: string;
  action: "created" | "updated" | "unchanged";
}

const MARKER = /^[a-z0-9-]+$/;

/**
 * The hidden first line that identifies a sticky comment. Restricting the
 * marker to `[a-z0-9-]` keeps `-->` and line breaks out of it, so it cannot
 * end the HTML comment early or span lines.
 */
export function markerLine(marker: string): string {
  if (!MARKER.test(marker)) {
    throw new UserError(`Invalid sticky comment marker "${marker}": use only a-z, 0-9 and "-"`);
  }
  return `<!-- gitops-actions:${marker} -->`;
}

/**
 * A comment is ours only when the marker is its whole first line: a comment
 * that quotes or mentions the marker elsewhere (someone pasting our comment,
 * or a marker that merely starts with ours) must not be taken over.
 */
function isSticky(body: string | undefined, header: string): boolean {
  return body?.split(/\r?\n/, 1)[0] === header;
}

/**
 * Creates the sticky comment, or updates it when its body changed, and
 * leaves it alone when it is identical (no edit, no "edited" mark, no
 * notification). Walks every page of comments, since a busy PR can have
 * more than one page before ours; the oldest matching comment wins so the
 * report keeps its place in the conversation.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  opts: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const header = markerLine(opts.marker);
  const body = `${header}\n${opts.body}`;
  const target = { owner: opts.owner, repo: opts.repo, issue_number: opts.issueNumber };

  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...target, per_page: 100 });
  for await (const page of pages) {
    const existing = page.data.find((c) => isSticky(c.body, header));
    if (!existing) continue;
    if (existing.body === body) return { id: existing.id, url: existing.html_url, action: "unchanged" };
    const { data } = await octokit.rest.issues.updateComment({
      owner: opts.owner,
      repo: opts.repo,
      comment_id: existing.id,
      body,
    });
    return { id: data.id, url: data.html_url, action: "updated" };
  }

  const { data } = await octokit.rest.issues.createComment({ ...target, body });
  return { id: data.id, url: data.html_url, action: "created" };
}
