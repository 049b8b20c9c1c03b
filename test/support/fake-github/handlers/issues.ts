/** Issue endpoints we use: get an issue, its comments, labels, and comment reactions. */
import { comment, issue, issueLabels, reaction } from "../factories/issues.js";
import { type Handler, HttpError, intParam, notFound, paginate, type RequestContext } from "../http.js";
import { addComment, addLabels, findIssue } from "../mutations.js";
import { issueLifecycleHandlers } from "./issue-lifecycle.js";
import type { CommentRecord, IssueRecord } from "../state.js";

function issueOf(ctx: RequestContext): IssueRecord {
  return findIssue(ctx.repo, intParam(ctx, "issue_number")) ?? notFound();
}

function commentOf(ctx: RequestContext): CommentRecord {
  return ctx.repo.comments.get(intParam(ctx, "comment_id")) ?? notFound();
}

function requireText(body: string): void {
  if (body.trim() === "") {
    throw new HttpError(422, "Validation Failed", [
      { resource: "IssueComment", field: "body", code: "missing_field", message: "Body cannot be blank" },
    ]);
  }
}

const get: Handler = (ctx) => ({ status: 200, body: issue(ctx.site, ctx.repo, issueOf(ctx)) });

const listComments: Handler = (ctx) => {
  const parent = issueOf(ctx);
  const since = ctx.query.since as string | undefined;
  const comments = [...ctx.repo.comments.values()]
    .filter((c) => c.issueNumber === parent.number && (since === undefined || c.updatedAt >= since))
    .sort((a, b) => a.id - b.id);
  return paginate(
    ctx,
    comments.map((c) => comment(ctx.site, ctx.repo, c)),
  );
};

const createComment: Handler = (ctx) => {
  const parent = issueOf(ctx);
  const { body } = ctx.body as { body: string };
  requireText(body);
  const record = addComment(ctx.state, ctx.repo, parent, body, ctx.actor.login);
  return { status: 201, body: comment(ctx.site, ctx.repo, record) };
};

const updateComment: Handler = (ctx) => {
  const record = commentOf(ctx);
  const { body } = ctx.body as { body: string };
  requireText(body);
  record.body = body;
  record.updatedAt = ctx.state.now();
  return { status: 200, body: comment(ctx.site, ctx.repo, record) };
};

const deleteComment: Handler = (ctx) => {
  ctx.repo.comments.delete(commentOf(ctx).id);
  return { status: 204 };
};

/** Adding the reaction a user already left returns it again with 200, as GitHub does. */
const createReaction: Handler = (ctx) => {
  const record = commentOf(ctx);
  const { content } = ctx.body as { content: string };
  const existing = record.reactions.find((r) => r.user === ctx.actor.login && r.content === content);
  if (existing) return { status: 200, body: reaction(ctx.site, existing) };
  const created = { id: ctx.state.nextId(), user: ctx.actor.login, content, createdAt: ctx.state.now() };
  record.reactions.push(created);
  return { status: 201, body: reaction(ctx.site, created) };
};

const addIssueLabels: Handler = (ctx) => {
  const parent = issueOf(ctx);
  const { labels = [] } = ctx.body as { labels?: (string | { name: string })[] };
  addLabels(
    ctx.state,
    ctx.repo,
    parent,
    labels.map((l) => (typeof l === "string" ? l : l.name)),
  );
  parent.updatedAt = ctx.state.now();
  return { status: 200, body: issueLabels(ctx.site, ctx.repo, parent) };
};

export const issueHandlers: Record<string, Handler> = {
  ...issueLifecycleHandlers,
  "issues/get": get,
  "issues/list-comments": listComments,
  "issues/create-comment": createComment,
  "issues/update-comment": updateComment,
  "issues/delete-comment": deleteComment,
  "issues/add-labels": addIssueLabels,
  "reactions/create-for-issue-comment": createReaction,
};
