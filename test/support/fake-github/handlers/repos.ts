/** Repository-level endpoints: the repo itself, who may do what, and check runs. */
import { checkRun, teamMembership } from "../factories/releases.js";
import { fullRepository } from "../factories/repos.js";
import { collaboratorPermission } from "../factories/users.js";
import { type Handler, notFound, paginate } from "../http.js";
import { type CheckRunRecord, shaOf } from "../state.js";

const getRepo: Handler = (ctx) => ({ status: 200, body: fullRepository(ctx.site, ctx.repo) });

/**
 * A user the fake has never heard of is 404, as GitHub answers for a login
 * that does not exist; a known user without a seeded role has role "none".
 */
const permission: Handler = (ctx) => {
  const login = String(ctx.path.username).toLowerCase();
  const user = ctx.state.users.get(login) ?? notFound();
  const role = ctx.repo.roles.get(login) ?? "none";
  return { status: 200, body: collaboratorPermission(ctx.site, user, role) };
};

/** Membership needs no repository; only seeded memberships exist, so anything else is 404. */
const membership: Handler = (ctx) => {
  const org = String(ctx.path.org);
  const slug = String(ctx.path.team_slug);
  const login = String(ctx.path.username);
  const role = ctx.state.teams.get(`${org}/${slug}`.toLowerCase())?.get(login.toLowerCase()) ?? notFound();
  return { status: 200, body: teamMembership(ctx.site, org, slug, login, role) };
};

/** The default `filter=latest` keeps the newest run per check name, like GitHub. */
const listCheckRuns: Handler = (ctx) => {
  const q = ctx.query as { check_name?: string; status?: string; filter?: string };
  const sha = shaOf(ctx.repo, String(ctx.path.ref));
  let runs = ctx.repo.checkRuns
    .filter((r) => r.headSha === sha)
    .filter((r) => q.check_name === undefined || r.name === q.check_name)
    .filter((r) => q.status === undefined || r.status === q.status)
    .sort((a, b) => b.id - a.id);
  if (q.filter !== "all") runs = runs.filter((r, i) => runs.findIndex((o) => o.name === r.name) === i);
  return paginate(ctx, runs, (page) => ({
    total_count: runs.length,
    check_runs: (page as CheckRunRecord[]).map((r) => checkRun(ctx.site, ctx.repo, r)),
  }));
};

interface NewCheckRun {
  name: string;
  head_sha: string;
  status?: CheckRunRecord["status"];
  conclusion?: string;
  details_url?: string;
  external_id?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title: string; summary: string; text?: string };
}

/** A conclusion completes the run, whatever status was sent, as GitHub does. */
const createCheckRun: Handler = (ctx) => {
  const body = ctx.body as NewCheckRun;
  const now = ctx.state.now();
  const completed = body.conclusion !== undefined || body.status === "completed";
  const record: CheckRunRecord = {
    id: ctx.state.nextId(),
    headSha: body.head_sha,
    name: body.name,
    status: completed ? "completed" : (body.status ?? "queued"),
    conclusion: body.conclusion ?? null,
    startedAt: body.started_at ?? now,
    completedAt: completed ? (body.completed_at ?? now) : null,
    externalId: body.external_id ?? null,
    detailsUrl: body.details_url ?? null,
    output: {
      title: body.output?.title ?? null,
      summary: body.output?.summary ?? null,
      text: body.output?.text ?? null,
    },
  };
  ctx.repo.checkRuns.push(record);
  return { status: 201, body: checkRun(ctx.site, ctx.repo, record) };
};

export const repoHandlers: Record<string, Handler> = {
  "repos/get": getRepo,
  "repos/get-collaborator-permission-level": permission,
  "teams/get-membership-for-user-in-org": membership,
  "checks/list-for-ref": listCheckRuns,
  "checks/create": createCheckRun,
};
