/**
 * Posting a sticky comment from a step that must not fail because of it. A pull request that has
 * nothing to show gets no new comment (most pull requests of a repository never do), but one that
 * had something and lost it (a preview whose label was removed) must see its comment say so.
 */
import { markerLine, upsertStickyComment, type Octokit, type StickyCommentOptions } from "./comment.js";
import { info, warning } from "./log.js";

/** Whether the pull request has our sticky comment already. */
export async function hasStickyComment(
  octokit: Octokit,
  target: Omit<StickyCommentOptions, "body">,
): Promise<boolean> {
  const header = markerLine(target.marker);
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    if (page.data.some((c) => c.body?.split(/\r?\n/, 1)[0] === header)) return true;
  }
  return false;
}

/**
 * Creates or updates the sticky comment; with `create` false only updates one that exists. Logs
 * what happened; a comment that cannot be posted (a fork's read-only token) is a warning, not a
 * failure. `what` names the comment in the log ("preview").
 */
export async function postStickyComment(
  octokit: Octokit,
  options: StickyCommentOptions & { create: boolean; what: string },
): Promise<void> {
  const { create, what, ...target } = options;
  try {
    if (!create && !(await hasStickyComment(octokit, target))) {
      info(`no ${what} and no earlier ${what} comment: nothing to post`);
      return;
    }
    const result = await upsertStickyComment(octokit, target);
    info(`${what} comment ${result.action}: ${result.url}`);
  } catch (err) {
    warning(`Could not post the ${what} comment: ${err instanceof Error ? err.message : String(err)}`);
  }
}
