/**
 * Records and API objects for repository rulesets and environments (rulesets and environments as
 * code). The records hang off each repository in a WeakMap, so the shared records stay untouched.
 */
import type { RepoRecord } from "../state.js";
import { repoApi, repoHtml } from "./repos.js";
import { enc, simpleUser, type Site, stableId, teamSimple } from "./users.js";

export interface RulesetRecord {
  id: number;
  name: string;
  target: string;
  enforcement: string;
  bypassActors: Record<string, unknown>[];
  conditions: Record<string, unknown> | null;
  rules: Record<string, unknown>[];
  createdAt: string;
  updatedAt: string;
}

export interface EnvironmentRecord {
  id: number;
  name: string;
  waitTimer: number;
  preventSelfReview: boolean;
  reviewers: { type: "User" | "Team"; id: number }[];
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  branchPolicies: { id: number; name: string; type: "branch" | "tag" }[];
  createdAt: string;
  updatedAt: string;
}

export interface GovernanceRecords {
  rulesets: Map<number, RulesetRecord>;
  /** Keyed by lower-cased name: GitHub environment names are case-insensitive. */
  environments: Map<string, EnvironmentRecord>;
}

const records = new WeakMap<RepoRecord, GovernanceRecords>();

/** The rulesets and environments of a repository, created empty on first use. */
export function governanceOf(repo: RepoRecord): GovernanceRecords {
  let r = records.get(repo);
  if (!r) {
    r = { rulesets: new Map(), environments: new Map() };
    records.set(repo, r);
  }
  return r;
}

/** `repository-ruleset`; the list endpoint leaves out conditions and rules, as GitHub does. */
export function rulesetObject(
  site: Site,
  repo: RepoRecord,
  r: RulesetRecord,
  full: boolean,
): Record<string, unknown> {
  const self = `${repoApi(site, repo)}/rulesets/${r.id}`;
  return {
    id: r.id,
    name: r.name,
    target: r.target,
    source_type: "Repository",
    source: `${repo.owner}/${repo.name}`,
    enforcement: r.enforcement,
    node_id: `RRS_${r.id}`,
    _links: { self: { href: self }, html: { href: `${repoHtml(site, repo)}/rules/${r.id}` } },
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    ...(full
      ? {
          bypass_actors: r.bypassActors,
          current_user_can_bypass: "never",
          conditions: r.conditions,
          rules: r.rules,
        }
      : {}),
  };
}

/** `team` (what an environment lists as a team reviewer): team-simple plus its parent. */
export function teamObject(site: Site, org: string, slug: string): Record<string, unknown> {
  return { ...teamSimple(site, org, slug), parent: null };
}

/** The `org/slug` of a seeded team with this id, if any. */
export function teamById(site: Site, id: number): { org: string; slug: string } | undefined {
  for (const key of site.state.teams.keys()) {
    const [org = "", slug = ""] = key.split("/");
    if (stableId(`${org}/${slug}`) === id) return { org, slug };
  }
  return undefined;
}

/** `environment`, with its protection rules as GitHub lists them. */
export function environmentObject(
  site: Site,
  repo: RepoRecord,
  e: EnvironmentRecord,
): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  if (e.waitTimer > 0)
    rules.push({ id: e.id * 10 + 1, node_id: `GA_${e.id}_1`, type: "wait_timer", wait_timer: e.waitTimer });
  if (e.reviewers.length > 0)
    rules.push({
      id: e.id * 10 + 2,
      node_id: `GA_${e.id}_2`,
      type: "required_reviewers",
      prevent_self_review: e.preventSelfReview,
      reviewers: e.reviewers.map((r) => ({ type: r.type, reviewer: reviewerObject(site, r) })),
    });
  if (e.branchPolicy) rules.push({ id: e.id * 10 + 3, node_id: `GA_${e.id}_3`, type: "branch_policy" });
  return {
    id: e.id,
    node_id: `EN_${e.id}`,
    name: e.name,
    url: `${repoApi(site, repo)}/environments/${enc(e.name)}`,
    html_url: `${repoHtml(site, repo)}/deployments/activity_log?environments_filter=${enc(e.name)}`,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    protection_rules: rules,
    deployment_branch_policy: e.branchPolicy,
  };
}

function reviewerObject(site: Site, r: { type: "User" | "Team"; id: number }): Record<string, unknown> {
  if (r.type === "Team") {
    const team = teamById(site, r.id);
    return team
      ? teamObject(site, team.org, team.slug)
      : { ...teamSimple(site, "unknown", `team-${r.id}`), id: r.id, parent: null };
  }
  const user = [...site.state.users.values()].find((u) => u.id === r.id);
  return simpleUser(site, user ?? { login: `user-${r.id}`, id: r.id, type: "User" });
}

/** `deployment-branch-policy`. */
export function branchPolicyObject(p: { id: number; name: string; type: string }): Record<string, unknown> {
  return { id: p.id, node_id: `DBP_${p.id}`, name: p.name, type: p.type };
}

/** `team-full`, for GET /orgs/{org}/teams/{team_slug}. */
export function teamFull(site: Site, org: string, slug: string, members: number): Record<string, unknown> {
  const orgUser = site.state.user(org, "Organization");
  const api = `${site.base}/orgs/${enc(org)}`;
  return {
    ...teamSimple(site, org, slug),
    privacy: "closed",
    notification_setting: "notifications_enabled",
    parent: null,
    members_count: members,
    repos_count: 1,
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2024-01-01T00:00:00Z",
    organization: {
      login: org,
      id: orgUser.id,
      node_id: `O_${orgUser.id}`,
      url: api,
      repos_url: `${api}/repos`,
      events_url: `${api}/events`,
      hooks_url: `${api}/hooks`,
      issues_url: `${api}/issues`,
      members_url: `${api}/members{/member}`,
      public_members_url: `${api}/public_members{/member}`,
      avatar_url: `${site.base}/avatars/u/${orgUser.id}`,
      description: null,
      html_url: `${site.base}/${enc(org)}`,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      type: "Organization",
      created_at: "2024-01-01T00:00:00Z",
      updated_at: "2024-01-01T00:00:00Z",
      archived_at: null,
    },
  };
}

/** `public-user`, for GET /users/{username}. */
export function publicUser(site: Site, login: string): Record<string, unknown> {
  return {
    ...simpleUser(site, site.state.user(login)),
    name: null,
    company: null,
    blog: null,
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2024-01-01T00:00:00Z",
  };
}
