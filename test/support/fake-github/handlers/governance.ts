/**
 * Repository rulesets, environments with their deployment branch policies, and the team and user
 * look-ups that turn reviewer names into ids. Access follows the caller's repository role (seed it
 * with `seed.role`): reading needs any role, writing needs admin; otherwise GitHub's 403, as a
 * token without the "Administration" permission gets.
 */
import {
  branchPolicyObject,
  environmentObject,
  governanceOf,
  publicUser,
  rulesetObject,
  teamById,
  teamFull,
  type EnvironmentRecord,
  type RulesetRecord,
} from "../factories/governance.js";
import { type Handler, HttpError, intParam, notFound, paginate, type RequestContext } from "../http.js";

function need(ctx: RequestContext, access: "read" | "write"): void {
  const role = ctx.repo.roles.get(ctx.actor.login.toLowerCase()) ?? "none";
  if (access === "write" ? role !== "admin" : role === "none")
    throw new HttpError(403, "Resource not accessible by integration");
}

interface RulesetBody {
  name?: string;
  target?: string;
  enforcement?: string;
  bypass_actors?: Record<string, unknown>[];
  conditions?: Record<string, unknown>;
  rules?: Record<string, unknown>[];
}

const listRulesets: Handler = (ctx) => {
  need(ctx, "read");
  const all = [...governanceOf(ctx.repo).rulesets.values()];
  return paginate(
    ctx,
    all.map((r) => rulesetObject(ctx.site, ctx.repo, r, false)),
  );
};

const getRuleset: Handler = (ctx) => {
  need(ctx, "read");
  const r = governanceOf(ctx.repo).rulesets.get(intParam(ctx, "ruleset_id")) ?? notFound();
  return { status: 200, body: rulesetObject(ctx.site, ctx.repo, r, true) };
};

function uniqueName(ctx: RequestContext, name: string, id?: number): void {
  for (const r of governanceOf(ctx.repo).rulesets.values())
    if (r.name === name && r.id !== id)
      throw new HttpError(422, "Validation Failed", [
        { resource: "Ruleset", field: "name", code: "already_exists" },
      ]);
}

const createRuleset: Handler = (ctx) => {
  need(ctx, "write");
  const b = ctx.body as RulesetBody;
  const name = b.name ?? "";
  uniqueName(ctx, name);
  const now = ctx.state.now();
  const r: RulesetRecord = {
    id: ctx.state.nextId(),
    name,
    target: b.target ?? "branch",
    enforcement: b.enforcement ?? "disabled",
    bypassActors: b.bypass_actors ?? [],
    conditions: b.conditions ?? null,
    rules: b.rules ?? [],
    createdAt: now,
    updatedAt: now,
  };
  governanceOf(ctx.repo).rulesets.set(r.id, r);
  return { status: 201, body: rulesetObject(ctx.site, ctx.repo, r, true) };
};

/** Fields left out of the body keep their value, as on GitHub. */
const updateRuleset: Handler = (ctx) => {
  need(ctx, "write");
  const r = governanceOf(ctx.repo).rulesets.get(intParam(ctx, "ruleset_id")) ?? notFound();
  const b = ctx.body as RulesetBody;
  if (b.name !== undefined) uniqueName(ctx, b.name, r.id);
  Object.assign(r, {
    ...(b.name !== undefined ? { name: b.name } : {}),
    ...(b.target !== undefined ? { target: b.target } : {}),
    ...(b.enforcement !== undefined ? { enforcement: b.enforcement } : {}),
    ...(b.bypass_actors !== undefined ? { bypassActors: b.bypass_actors } : {}),
    ...(b.conditions !== undefined ? { conditions: b.conditions } : {}),
    ...(b.rules !== undefined ? { rules: b.rules } : {}),
    updatedAt: ctx.state.now(),
  });
  return { status: 200, body: rulesetObject(ctx.site, ctx.repo, r, true) };
};

function environment(ctx: RequestContext): EnvironmentRecord {
  return (
    governanceOf(ctx.repo).environments.get(String(ctx.path.environment_name).toLowerCase()) ?? notFound()
  );
}

const getEnvironment: Handler = (ctx) => {
  need(ctx, "read");
  return { status: 200, body: environmentObject(ctx.site, ctx.repo, environment(ctx)) };
};

interface EnvironmentBody {
  wait_timer?: number;
  prevent_self_review?: boolean;
  reviewers?: { type?: "User" | "Team"; id?: number }[] | null;
  deployment_branch_policy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
}

/** Creates or updates; reviewers must be known users or seeded teams, as GitHub checks. */
const putEnvironment: Handler = (ctx) => {
  need(ctx, "write");
  const b = (ctx.body ?? {}) as EnvironmentBody;
  const name = String(ctx.path.environment_name);
  const reviewers = (b.reviewers ?? []).map((r) => {
    const type = r.type ?? "User";
    const id = r.id ?? 0;
    const known =
      type === "Team"
        ? teamById(ctx.site, id) !== undefined
        : [...ctx.state.users.values()].some((u) => u.id === id);
    if (!known) throw new HttpError(422, `Reviewer ${type} ${id} not found`);
    return { type, id };
  });
  const policy = b.deployment_branch_policy;
  if (policy && policy.protected_branches === policy.custom_branch_policies)
    throw new HttpError(422, "Only one of protected_branches and custom_branch_policies can be true");
  const envs = governanceOf(ctx.repo).environments;
  const now = ctx.state.now();
  const existing = envs.get(name.toLowerCase());
  const e: EnvironmentRecord = existing ?? {
    id: ctx.state.nextId(),
    name,
    waitTimer: 0,
    preventSelfReview: false,
    reviewers: [],
    branchPolicy: null,
    branchPolicies: [],
    createdAt: now,
    updatedAt: now,
  };
  if (b.wait_timer !== undefined) e.waitTimer = b.wait_timer;
  if (b.prevent_self_review !== undefined) e.preventSelfReview = b.prevent_self_review;
  if (b.reviewers !== undefined) e.reviewers = reviewers;
  if (b.deployment_branch_policy !== undefined) {
    e.branchPolicy = b.deployment_branch_policy;
    if (!e.branchPolicy?.custom_branch_policies) e.branchPolicies = [];
  }
  e.updatedAt = now;
  envs.set(name.toLowerCase(), e);
  return { status: 200, body: environmentObject(ctx.site, ctx.repo, e) };
};

const listBranchPolicies: Handler = (ctx) => {
  need(ctx, "read");
  const e = environment(ctx);
  return paginate(ctx, e.branchPolicies.map(branchPolicyObject), (page) => ({
    total_count: e.branchPolicies.length,
    branch_policies: page,
  }));
};

/** Only with custom branch policies on; a name already there is GitHub's 303. */
const createBranchPolicy: Handler = (ctx) => {
  need(ctx, "write");
  const e = environment(ctx);
  if (!e.branchPolicy?.custom_branch_policies) notFound();
  const b = ctx.body as { name: string; type?: "branch" | "tag" };
  const type = b.type ?? "branch";
  if (e.branchPolicies.some((p) => p.name === b.name && p.type === type)) return { status: 303 };
  const p = { id: ctx.state.nextId(), name: b.name, type };
  e.branchPolicies.push(p);
  return { status: 200, body: branchPolicyObject(p) };
};

const deleteBranchPolicy: Handler = (ctx) => {
  need(ctx, "write");
  const e = environment(ctx);
  const id = intParam(ctx, "branch_policy_id");
  const at = e.branchPolicies.findIndex((p) => p.id === id);
  if (at < 0) notFound();
  e.branchPolicies.splice(at, 1);
  return { status: 204 };
};

/** Only seeded teams (`seed.teamMember`) exist. */
const getTeam: Handler = (ctx) => {
  const org = String(ctx.path.org);
  const slug = String(ctx.path.team_slug);
  const members = ctx.state.teams.get(`${org}/${slug}`.toLowerCase()) ?? notFound();
  return { status: 200, body: teamFull(ctx.site, org, slug, members.size) };
};

/** Users the fake has seen (seeded or named anywhere) exist; anyone else is 404. */
const getUser: Handler = (ctx) => {
  const login = String(ctx.path.username);
  const user = ctx.state.users.get(login.toLowerCase()) ?? notFound();
  return { status: 200, body: publicUser(ctx.site, user.login) };
};

export const governanceHandlers: Record<string, Handler> = {
  "repos/get-repo-rulesets": listRulesets,
  "repos/get-repo-ruleset": getRuleset,
  "repos/create-repo-ruleset": createRuleset,
  "repos/update-repo-ruleset": updateRuleset,
  "repos/get-environment": getEnvironment,
  "repos/create-or-update-environment": putEnvironment,
  "repos/list-deployment-branch-policies": listBranchPolicies,
  "repos/create-deployment-branch-policy": createBranchPolicy,
  "repos/delete-deployment-branch-policy": deleteBranchPolicy,
  "teams/get-by-name": getTeam,
  "users/get-by-username": getUser,
};
