/** API objects for commits: `commit` (pull request commits, and one commit with its `files`). */
import type { CommitRecord, RepoRecord } from "../state.js";
import { repoApi, repoHtml } from "./repos.js";
import { type Site, userByLogin } from "./users.js";

/** `commit` without `files` and `stats`, as the pull request commit list gives it. */
export function commitObject(site: Site, repo: RepoRecord, c: CommitRecord): Record<string, unknown> {
  const api = `${repoApi(site, repo)}/commits/${c.sha}`;
  // The tree is not modelled: a stable made-up SHA is enough for the schema and for clients.
  const tree = c.sha.split("").reverse().join("");
  const author = { name: c.author.name, email: c.author.email, date: c.author.date };
  return {
    url: api,
    sha: c.sha,
    node_id: `C_${c.sha.slice(0, 12)}`,
    html_url: `${repoHtml(site, repo)}/commit/${c.sha}`,
    comments_url: `${api}/comments`,
    commit: {
      url: `${repoApi(site, repo)}/git/commits/${c.sha}`,
      author,
      committer: author,
      message: c.message,
      comment_count: 0,
      tree: { sha: tree, url: `${repoApi(site, repo)}/git/trees/${tree}` },
      verification: {
        verified: c.verification.verified,
        reason: c.verification.reason,
        payload: c.verification.signature === null ? null : `tree ${tree}\n\n${c.message}`,
        signature: c.verification.signature,
        verified_at: c.verification.verifiedAt,
      },
    },
    author: c.login === null ? null : userByLogin(site, c.login),
    committer: c.login === null ? null : userByLogin(site, c.login),
    parents: c.parents.map((sha) => ({
      sha,
      url: `${repoApi(site, repo)}/commits/${sha}`,
      html_url: `${repoHtml(site, repo)}/commit/${sha}`,
    })),
  };
}

/** One `diff-entry`; line counts are not modelled. */
export function diffEntry(
  site: Site,
  repo: RepoRecord,
  c: CommitRecord,
  filename: string,
): Record<string, unknown> {
  const path = filename.split("/").map(encodeURIComponent).join("/");
  return {
    sha: c.sha,
    filename,
    status: "modified",
    additions: 0,
    deletions: 0,
    changes: 0,
    blob_url: `${repoHtml(site, repo)}/blob/${c.sha}/${path}`,
    raw_url: `${repoHtml(site, repo)}/raw/${c.sha}/${path}`,
    contents_url: `${repoApi(site, repo)}/contents/${path}?ref=${c.sha}`,
  };
}
