/**
 * Deployment endpoints: list (filtered by sha, ref, task, environment), create, and statuses
 * (list, create). Kept beside the repository record in a WeakMap so records.ts stays as it is.
 */
import { simpleUser, type Site } from "../factories/users.js";
import { type Handler, HttpError, intParam, notFound, paginate } from "../http.js";
import { shaOf, type RepoRecord, type UserRecord } from "../state.js";

interface StatusRecord {
  id: number;
  state: string;
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  creator: UserRecord;
  createdAt: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: Record<string, unknown> | string;
  description: string | null;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  creator: UserRecord;
  createdAt: string;
  statuses: StatusRecord[];
}

const stores = new WeakMap<RepoRecord, Map<number, DeploymentRecord>>();

/** The deployments of a repository, oldest first (for tests to read back). */
export function deploymentsOf(repo: RepoRecord): DeploymentRecord[] {
  return [...(stores.get(repo)?.values() ?? [])];
}

function store(repo: RepoRecord): Map<number, DeploymentRecord> {
  let map = stores.get(repo);
  if (!map) {
    map = new Map();
    stores.set(repo, map);
  }
  return map;
}

function repoApi(site: Site, repo: RepoRecord): string {
  return `${site.base}/repos/${repo.owner}/${repo.name}`;
}

function deployment(site: Site, repo: RepoRecord, d: DeploymentRecord): Record<string, unknown> {
  const url = `${repoApi(site, repo)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(site, d.creator),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(site, repo),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
  };
}

function status(site: Site, repo: RepoRecord, d: DeploymentRecord, s: StatusRecord): Record<string, unknown> {
  const url = `${repoApi(site, repo)}/deployments/${d.id}`;
  return {
    url: `${url}/statuses/${s.id}`,
    id: s.id,
    node_id: `DES_${s.id}`,
    state: s.state,
    creator: simpleUser(site, s.creator),
    description: s.description,
    environment: s.environment,
    // GitHub answers "" for URLs never set, which its description's `uri` format rejects; the fake
    // leaves optional ones out and points target_url at the deployment instead.
    target_url: s.logUrl || url,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: url,
    repository_url: repoApi(site, repo),
    ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
    ...(s.logUrl ? { log_url: s.logUrl } : {}),
  };
}

/** Newest first, as GitHub lists them. */
const list: Handler = (ctx) => {
  // The description gives each filter the default "none", which the validator fills in: no filter.
  const q = ctx.query as Record<string, string | undefined>;
  const match = (filter: string | undefined, value: string) =>
    filter === undefined || filter === "none" || filter === value;
  const found = deploymentsOf(ctx.repo)
    .filter(
      (d) =>
        match(q.sha, d.sha) &&
        match(q.ref, d.ref) &&
        match(q.task, d.task) &&
        match(q.environment, d.environment),
    )
    .reverse();
  return paginate(
    ctx,
    found.map((d) => deployment(ctx.site, ctx.repo, d)),
  );
};

interface CreateBody {
  ref: string;
  task?: string;
  auto_merge?: boolean;
  required_contexts?: string[];
  payload?: Record<string, unknown> | string;
  environment?: string;
  description?: string | null;
  transient_environment?: boolean;
  production_environment?: boolean;
}

/**
 * GitHub merges the default branch first unless `auto_merge: false`, and checks the ref's
 * statuses unless `required_contexts: []`; the fake does neither, so it refuses requests that
 * leave them on rather than pretend they happened.
 */
const create: Handler = (ctx) => {
  const body = ctx.body as CreateBody;
  if (
    body.auto_merge !== false ||
    body.required_contexts === undefined ||
    body.required_contexts.length > 0
  ) {
    throw new HttpError(
      422,
      "fake-github models deployments with auto_merge: false and required_contexts: [] only",
    );
  }
  const environment = body.environment ?? "production";
  const record: DeploymentRecord = {
    id: ctx.state.nextId(),
    sha: shaOf(ctx.repo, body.ref),
    ref: body.ref,
    task: body.task ?? "deploy",
    environment,
    payload: body.payload ?? {},
    description: body.description ?? null,
    productionEnvironment: body.production_environment ?? environment === "production",
    transientEnvironment: body.transient_environment ?? false,
    creator: ctx.actor,
    createdAt: ctx.state.now(),
    statuses: [],
  };
  store(ctx.repo).set(record.id, record);
  return { status: 201, body: deployment(ctx.site, ctx.repo, record) };
};

function find(ctx: Parameters<Handler>[0]): DeploymentRecord {
  return store(ctx.repo).get(intParam(ctx, "deployment_id")) ?? notFound();
}

const listStatuses: Handler = (ctx) => {
  const d = find(ctx);
  return paginate(
    ctx,
    [...d.statuses].reverse().map((s) => status(ctx.site, ctx.repo, d, s)),
  );
};

interface StatusBody {
  state: string;
  target_url?: string;
  log_url?: string;
  description?: string;
  environment?: string;
  environment_url?: string;
}

const createStatus: Handler = (ctx) => {
  const d = find(ctx);
  const body = ctx.body as StatusBody;
  const record: StatusRecord = {
    id: ctx.state.nextId(),
    state: body.state,
    description: body.description ?? "",
    environment: body.environment ?? d.environment,
    environmentUrl: body.environment_url ?? "",
    logUrl: body.log_url ?? body.target_url ?? "",
    creator: ctx.actor,
    createdAt: ctx.state.now(),
  };
  d.statuses.push(record);
  return { status: 201, body: status(ctx.site, ctx.repo, d, record) };
};

export const deploymentHandlers: Record<string, Handler> = {
  "repos/list-deployments": list,
  "repos/create-deployment": create,
  "repos/list-deployment-statuses": listStatuses,
  "repos/create-deployment-status": createStatus,
};
