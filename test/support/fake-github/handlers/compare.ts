/**
 * Compare two commits (`GET /repos/{owner}/{repo}/compare/{base}...{head}`)
 * over the commits seeded with `seed.commit` and their `parents`: the
 * commits reachable from head and not from base, oldest first, as GitHub
 * lists them. Unknown commits are 404, as on GitHub.
 */
import { commitObject } from "../factories/commits.js";
import { repoApi, repoHtml } from "../factories/repos.js";
import { type Handler, notFound } from "../http.js";
import type { CommitRecord, RepoRecord } from "../state.js";

function ancestors(repo: RepoRecord, sha: string): Set<string> {
  const seen = new Set<string>();
  const todo = [sha];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    todo.push(...(repo.commits.get(next)?.parents ?? []));
  }
  return seen;
}

function resolve(repo: RepoRecord, ref: string): CommitRecord {
  return repo.commits.get(repo.refs.get(ref) ?? ref) ?? notFound();
}

const compare: Handler = (ctx) => {
  const spec = String(ctx.path.basehead);
  const [baseRef = "", headRef = ""] = spec.split("...", 2);
  const base = resolve(ctx.repo, baseRef);
  const head = resolve(ctx.repo, headRef);
  const fromBase = ancestors(ctx.repo, base.sha);
  const fromHead = ancestors(ctx.repo, head.sha);
  // Walk from head (newest first), then reverse: GitHub lists the comparison oldest first.
  const commits = [...fromHead]
    .filter((sha) => !fromBase.has(sha))
    .map((sha) => ctx.repo.commits.get(sha))
    .filter((c): c is CommitRecord => c !== undefined)
    .reverse();
  const behind = [...fromBase].filter((sha) => !fromHead.has(sha)).length;
  const html = `${repoHtml(ctx.site, ctx.repo)}/compare/${spec}`;
  return {
    status: 200,
    body: {
      url: `${repoApi(ctx.site, ctx.repo)}/compare/${spec}`,
      html_url: html,
      permalink_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: commitObject(ctx.site, ctx.repo, base),
      merge_base_commit: commitObject(ctx.site, ctx.repo, base),
      status:
        commits.length === 0 ? (behind > 0 ? "behind" : "identical") : behind > 0 ? "diverged" : "ahead",
      ahead_by: commits.length,
      behind_by: behind,
      total_commits: commits.length,
      commits: commits.map((c) => commitObject(ctx.site, ctx.repo, c)),
      files: [],
    },
  };
};

export const compareHandlers: Record<string, Handler> = {
  "repos/compare-commits-with-basehead": compare,
};
