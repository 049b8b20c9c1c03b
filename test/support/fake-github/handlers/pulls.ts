/** Pull request endpoints: list, create, get, update, request reviewers. */
import { type PullRecord, pullRequest, pullRequestSimple } from "../factories/pulls.js";
import { type Handler, HttpError, intParam, notFound, paginate, type RequestContext } from "../http.js";
import { createPull, findPull } from "../mutations.js";
import { shaOf } from "../state.js";

function pullOf(ctx: RequestContext): PullRecord {
  return findPull(ctx.repo, intParam(ctx, "pull_number")) ?? notFound();
}

/** `owner:branch` names a branch of that owner's fork; the fake has no forks, so only the repo owner fits. */
function headRef(ctx: RequestContext, head: string): string | undefined {
  const [owner, ref] = head.includes(":") ? head.split(":", 2) : [ctx.repo.owner, head];
  return owner?.toLowerCase() === ctx.repo.owner.toLowerCase() ? ref : undefined;
}

const list: Handler = (ctx) => {
  const q = ctx.query as { state: string; head?: string; base?: string; sort: string; direction?: string };
  const head = q.head === undefined ? undefined : (headRef(ctx, q.head) ?? "\0none");
  const pulls = [...ctx.repo.issues.values()].filter(
    (i): i is PullRecord =>
      i.pull !== undefined &&
      (q.state === "all" || i.state === q.state) &&
      (head === undefined || i.pull.head === head) &&
      (q.base === undefined || i.pull.base === q.base),
  );
  const key = q.sort === "updated" ? "updatedAt" : "createdAt";
  const ascending = (q.direction ?? (q.sort === "created" ? "desc" : "asc")) === "asc";
  pulls.sort(
    (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.number - b.number) * (ascending ? 1 : -1),
  );
  return paginate(
    ctx,
    pulls.map((p) => pullRequestSimple(ctx.site, ctx.repo, p)),
  );
};

const create: Handler = (ctx) => {
  const body = ctx.body as { title?: string; head: string; base: string; body?: string; draft?: boolean };
  const fail = (field: string, message: string): never => {
    throw new HttpError(422, "Validation Failed", [
      { resource: "PullRequest", field, code: "custom", message },
    ]);
  };
  if (body.title === undefined) fail("title", "title is required when no issue is given");
  if (!ctx.repo.settings.actionsCanCreatePullRequests && ctx.actor.login === "github-actions[bot]") {
    throw new HttpError(403, "GitHub Actions is not permitted to create or approve pull requests.");
  }
  const head =
    headRef(ctx, body.head) ?? fail("head", `head ${body.head} is not a branch of this repository`);
  if (head === body.base) fail("base", `No commits between ${body.base} and ${head}`);
  const open = [...ctx.repo.issues.values()].some(
    (i) => i.state === "open" && i.pull?.head === head && i.pull.base === body.base,
  );
  if (open) fail("head", `A pull request already exists for ${ctx.repo.owner}:${head}.`);
  const pr = createPull(ctx.state, ctx.repo, {
    title: body.title ?? "",
    body: body.body ?? null,
    head,
    base: body.base,
    draft: body.draft ?? false,
    user: ctx.actor.login,
  });
  return { status: 201, body: pullRequest(ctx.site, ctx.repo, pr) };
};

const get: Handler = (ctx) => ({ status: 200, body: pullRequest(ctx.site, ctx.repo, pullOf(ctx)) });

const update: Handler = (ctx) => {
  const pr = pullOf(ctx);
  const body = ctx.body as { title?: string; body?: string; state?: "open" | "closed"; base?: string };
  const now = ctx.state.now();
  if (body.title !== undefined) pr.title = body.title;
  if (body.body !== undefined) pr.body = body.body;
  if (body.base !== undefined) {
    pr.pull.base = body.base;
    pr.pull.baseSha = shaOf(ctx.repo, body.base);
  }
  if (body.state !== undefined && body.state !== pr.state) {
    pr.state = body.state;
    pr.closedAt = body.state === "closed" ? now : null;
  }
  pr.updatedAt = now;
  return { status: 200, body: pullRequest(ctx.site, ctx.repo, pr) };
};

const requestReviewers: Handler = (ctx) => {
  const pr = pullOf(ctx);
  const body = ctx.body as { reviewers?: string[]; team_reviewers?: string[] };
  const reviewers = body.reviewers ?? [];
  if (reviewers.some((r) => r.toLowerCase() === pr.user.toLowerCase())) {
    throw new HttpError(422, "Review cannot be requested from pull request author.");
  }
  for (const login of reviewers) {
    const user = ctx.state.user(login);
    if (!pr.pull.reviewers.includes(user.login)) pr.pull.reviewers.push(user.login);
  }
  for (const slug of body.team_reviewers ?? []) {
    if (!pr.pull.teamReviewers.includes(slug)) pr.pull.teamReviewers.push(slug);
  }
  pr.updatedAt = ctx.state.now();
  return { status: 201, body: pullRequestSimple(ctx.site, ctx.repo, pr) };
};

export const pullHandlers: Record<string, Handler> = {
  "pulls/list": list,
  "pulls/create": create,
  "pulls/get": get,
  "pulls/update": update,
  "pulls/request-reviewers": requestReviewers,
};
