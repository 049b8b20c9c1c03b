/**
 * Whether the pull request has our sticky comment already. A pull request that gets no preview
 * gets no new comment (most pull requests of a repository never do), but one that had a preview
 * and lost it (a label removed) must see its comment say so.
 */
import { markerLine, type Octokit } from "../../../packages/github/src/comment.js";

export async function hasStickyComment(
  octokit: Octokit,
  target: { owner: string; repo: string; issueNumber: number; marker: string },
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
