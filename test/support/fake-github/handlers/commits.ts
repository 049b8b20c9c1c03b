/** Commit endpoints: a pull request's commits and one commit with its files. */
import { commitObject, diffEntry } from "../factories/commits.js";
import { type Handler, HttpError, intParam, notFound, paginate } from "../http.js";
import { findPull } from "../mutations.js";
import type { CommitRecord } from "../state.js";

/** GitHub lists at most 250 commits of a pull request. */
const PULL_COMMITS_LIMIT = 250;

const listPullCommits: Handler = (ctx) => {
  const pr = findPull(ctx.repo, intParam(ctx, "pull_number")) ?? notFound();
  const commits = (ctx.repo.pullCommits.get(pr.number) ?? [])
    .slice(0, PULL_COMMITS_LIMIT)
    .map((sha) => ctx.repo.commits.get(sha))
    .filter((c): c is CommitRecord => c !== undefined);
  return paginate(
    ctx,
    commits.map((c) => commitObject(ctx.site, ctx.repo, c)),
  );
};

/** `ref` may be a full SHA or a seeded branch; files page like GitHub's (per_page, page). */
const getCommit: Handler = (ctx) => {
  const ref = String(ctx.path.ref);
  const sha = ctx.repo.refs.get(ref) ?? ref;
  const c = ctx.repo.commits.get(sha);
  if (!c) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  const page = paginate(
    ctx,
    c.files.map((f) => diffEntry(ctx.site, ctx.repo, c, f)),
  );
  return {
    ...page,
    body: {
      ...commitObject(ctx.site, ctx.repo, c),
      stats: { additions: 0, deletions: 0, total: 0 },
      files: page.body,
    },
  };
};

export const commitHandlers: Record<string, Handler> = {
  "pulls/list-commits": listPullCommits,
  "repos/get-commit": getCommit,
};
