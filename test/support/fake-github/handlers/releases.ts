/** Release endpoints: list, create, get by tag, update. */
import { release } from "../factories/releases.js";
import { type Handler, HttpError, intParam, notFound, paginate } from "../http.js";
import { createRelease } from "../mutations.js";
import type { ReleaseRecord } from "../state.js";

interface ReleaseFields {
  tag_name?: string;
  target_commitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
}

/** Newest first, as GitHub lists them. */
const list: Handler = (ctx) => {
  const releases = [...ctx.repo.releases.values()].sort((a, b) => b.id - a.id);
  return paginate(
    ctx,
    releases.map((r) => release(ctx.site, ctx.repo, r)),
  );
};

const create: Handler = (ctx) => {
  const body = ctx.body as ReleaseFields & { tag_name: string };
  if ([...ctx.repo.releases.values()].some((r) => r.tagName === body.tag_name)) {
    throw new HttpError(422, "Validation Failed", [
      { resource: "Release", code: "already_exists", field: "tag_name" },
    ]);
  }
  const record = createRelease(ctx.state, ctx.repo, {
    tagName: body.tag_name,
    targetCommitish: body.target_commitish,
    name: body.name,
    body: body.body,
    draft: body.draft,
    prerelease: body.prerelease,
    author: ctx.actor.login,
  });
  return { status: 201, body: release(ctx.site, ctx.repo, record) };
};

/** Drafts have no tag yet as far as this endpoint is concerned. */
const getByTag: Handler = (ctx) => {
  const tag = String(ctx.path.tag);
  const record = [...ctx.repo.releases.values()].find((r) => r.tagName === tag && !r.draft) ?? notFound();
  return { status: 200, body: release(ctx.site, ctx.repo, record) };
};

const update: Handler = (ctx) => {
  const record: ReleaseRecord = ctx.repo.releases.get(intParam(ctx, "release_id")) ?? notFound();
  const body = ctx.body as ReleaseFields;
  if (body.tag_name !== undefined) record.tagName = body.tag_name;
  if (body.target_commitish !== undefined) record.targetCommitish = body.target_commitish;
  if (body.name !== undefined) record.name = body.name;
  if (body.body !== undefined) record.body = body.body;
  if (body.prerelease !== undefined) record.prerelease = body.prerelease;
  if (body.draft !== undefined) {
    record.draft = body.draft;
    record.publishedAt = body.draft ? null : (record.publishedAt ?? ctx.state.now());
  }
  return { status: 200, body: release(ctx.site, ctx.repo, record) };
};

export const releaseHandlers: Record<string, Handler> = {
  "repos/list-releases": list,
  "repos/create-release": create,
  "repos/get-release-by-tag": getByTag,
  "repos/update-release": update,
};
