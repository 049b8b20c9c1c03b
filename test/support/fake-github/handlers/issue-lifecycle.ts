/**
 * Listing, opening and editing issues: what the observe alerts need. Pull requests are issues
 * too, and GitHub lists them here; a label filter names labels that must all be present.
 */
import { issue } from "../factories/issues.js";
import { type Handler, intParam, notFound, paginate } from "../http.js";
import { addLabels, createIssue, findIssue } from "../mutations.js";

type LabelInput = string | { name: string };

function labelNames(labels: LabelInput[] | undefined): string[] {
  return (labels ?? []).map((l) => (typeof l === "string" ? l : l.name));
}

const listForRepo: Handler = (ctx) => {
  const state = (ctx.query.state as string | undefined) ?? "open";
  const wanted = ((ctx.query.labels as string | undefined) ?? "")
    .split(",")
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const creator = (ctx.query.creator as string | undefined)?.toLowerCase();
  const sort = (ctx.query.sort as string | undefined) ?? "created";
  const direction = (ctx.query.direction as string | undefined) ?? "desc";
  const key = (i: { createdAt: string; updatedAt: string; number: number }) =>
    `${sort === "updated" ? i.updatedAt : i.createdAt}#${String(i.number).padStart(9, "0")}`;
  const items = [...ctx.repo.issues.values()]
    .filter((i) => state === "all" || i.state === state)
    .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
    .filter((i) => creator === undefined || i.user.toLowerCase() === creator)
    .sort((a, b) => (direction === "asc" ? 1 : -1) * key(a).localeCompare(key(b)));
  return paginate(
    ctx,
    items.map((i) => issue(ctx.site, ctx.repo, i)),
  );
};

const create: Handler = (ctx) => {
  const body = ctx.body as { title: string | number; body?: string | null; labels?: LabelInput[] };
  const record = createIssue(ctx.state, ctx.repo, {
    title: String(body.title),
    body: body.body ?? null,
    user: ctx.actor.login,
    labels: labelNames(body.labels),
  });
  return { status: 201, body: issue(ctx.site, ctx.repo, record) };
};

const update: Handler = (ctx) => {
  const record = findIssue(ctx.repo, intParam(ctx, "issue_number")) ?? notFound();
  const body = ctx.body as {
    title?: string | number | null;
    body?: string | null;
    state?: "open" | "closed";
    labels?: LabelInput[];
  };
  const now = ctx.state.now();
  if (body.title !== undefined && body.title !== null) record.title = String(body.title);
  if (body.body !== undefined) record.body = body.body;
  if (body.state && body.state !== record.state) {
    record.state = body.state;
    record.closedAt = body.state === "closed" ? now : null;
  }
  if (body.labels) {
    record.labels = [];
    addLabels(ctx.state, ctx.repo, record, labelNames(body.labels));
  }
  record.updatedAt = now;
  return { status: 200, body: issue(ctx.site, ctx.repo, record) };
};

export const issueLifecycleHandlers: Record<string, Handler> = {
  "issues/list-for-repo": listForRepo,
  "issues/create": create,
  "issues/update": update,
};
