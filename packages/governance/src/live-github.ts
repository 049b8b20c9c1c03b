/**
 * The live side of rulesets and environments: the GitHub calls that read and write them. Every
 * failure becomes one UserError naming the server and, for a refusal, the permission the token
 * lacks; the token itself is never printed.
 */
import { messageOf, UserError } from "../../core/src/index.js";
import {
  fetchClient,
  listAll,
  statusOf,
  type GitHubClient,
  type GitHubRepo,
} from "../../promote/src/github.js";
import type { RulesetBody } from "./live-desired.js";

/** A repository ruleset as GitHub returns it, with the fields we compare. */
export interface LiveRuleset {
  id: number;
  body: RulesetBody;
}

export interface LiveEnvironment {
  name: string;
  exists: boolean;
  /** `@login` and `@owner/slug`. */
  reviewers: string[];
  waitTimer: number;
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  branches: { id: number; name: string; type: string }[];
}

/** The client the live checks use: promote's, which every GitHub call of the CLI shares. */
export function liveClient(options: { token: string; baseUrl: string; userAgent: string }): GitHubClient {
  return fetchClient(options);
}

/** A client for one repository plus the server's address, for messages. */
export interface Live {
  gh: GitHubRepo;
  server: string;
}

type Access = "read" | "write";

/**
 * Runs one call; a refusal (403) names the permission: `Administration` for rulesets and
 * environments, `Members` (organization) for looking up a team.
 */
export async function ask<T>(
  live: Live,
  what: string,
  access: Access,
  call: () => Promise<T>,
  permission = "Administration",
): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw explain(live, what, access, err, permission);
  }
}

/** The one-line UserError for a failed call. */
function explain(
  live: Live,
  what: string,
  access: Access,
  err: unknown,
  permission = "Administration",
): UserError {
  const slug = `${live.gh.owner}/${live.gh.repo}`;
  const status = statusOf(err);
  if (status === 401)
    return new UserError(`GitHub at ${live.server} rejected the token (401) for ${what} of ${slug}`);
  if (status === 403)
    return new UserError(
      `GitHub at ${live.server} refused ${what} of ${slug} (403): the token needs the "${permission}" permission (${access}) on ${permission === "Members" ? `the organization ${live.gh.owner}` : "the repository"}`,
    );
  if (status !== undefined)
    return new UserError(`GitHub at ${live.server} failed ${what} of ${slug}: ${messageOf(err)}`);
  return new UserError(`cannot reach GitHub at ${live.server}: ${networkReason(err)}`);
}

/** fetch's "fetch failed" hides the reason (ECONNREFUSED, ENOTFOUND ...) in `cause`. */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return messageOf(err);
}

/** The repository's own rulesets (not the organization's), each read in full. */
export async function readRulesets(live: Live): Promise<LiveRuleset[]> {
  const list = await ask(live, "reading the rulesets", "read", () =>
    listAll<{ id: number; name: string; source_type?: string }>(
      live.gh,
      "GET /repos/{owner}/{repo}/rulesets",
      {
        includes_parents: false,
      },
    ),
  );
  const out: LiveRuleset[] = [];
  for (const r of list.filter((x) => x.source_type === undefined || x.source_type === "Repository")) {
    const { data } = await ask(live, `reading ruleset "${r.name}"`, "read", () =>
      live.gh.client.request("GET /repos/{owner}/{repo}/rulesets/{ruleset_id}", {
        owner: live.gh.owner,
        repo: live.gh.repo,
        ruleset_id: r.id,
      }),
    );
    const d = data as RulesetBody & { id: number };
    out.push({
      id: d.id,
      body: {
        name: d.name,
        ...(d.target ? { target: d.target } : {}),
        enforcement: d.enforcement,
        bypass_actors: d.bypass_actors ?? [],
        ...(d.conditions ? { conditions: d.conditions } : {}),
        rules: d.rules ?? [],
      },
    });
  }
  return out;
}

/** Creates (`id` undefined) or replaces a ruleset. */
export async function writeRuleset(live: Live, body: RulesetBody, id: number | undefined): Promise<void> {
  const params = { owner: live.gh.owner, repo: live.gh.repo, ...body };
  await ask(live, `${id === undefined ? "creating" : "updating"} ruleset "${body.name}"`, "write", () =>
    id === undefined
      ? live.gh.client.request("POST /repos/{owner}/{repo}/rulesets", params)
      : live.gh.client.request("PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}", {
          ...params,
          ruleset_id: id,
        }),
  );
}

interface EnvironmentData {
  protection_rules?: {
    type: string;
    wait_timer?: number;
    reviewers?: { type?: string; reviewer?: { login?: string; slug?: string } }[];
  }[];
  deployment_branch_policy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
}

/** An environment's protection; a 404 means it does not exist yet. */
export async function readEnvironment(live: Live, name: string): Promise<LiveEnvironment> {
  const missing: LiveEnvironment = {
    name,
    exists: false,
    reviewers: [],
    waitTimer: 0,
    branchPolicy: null,
    branches: [],
  };
  let data: EnvironmentData;
  try {
    data = (
      await live.gh.client.request("GET /repos/{owner}/{repo}/environments/{environment_name}", {
        owner: live.gh.owner,
        repo: live.gh.repo,
        environment_name: name,
      })
    ).data as EnvironmentData;
  } catch (err) {
    if (statusOf(err) === 404) return missing;
    throw explain(live, `reading environment "${name}"`, "read", err);
  }
  const rules = data.protection_rules ?? [];
  const reviewers = rules
    .filter((r) => r.type === "required_reviewers")
    .flatMap((r) => r.reviewers ?? [])
    .map((r) =>
      r.type === "Team" ? `@${live.gh.owner}/${r.reviewer?.slug ?? "?"}` : `@${r.reviewer?.login ?? "?"}`,
    );
  const waitTimer = rules.find((r) => r.type === "wait_timer")?.wait_timer ?? 0;
  const branchPolicy = data.deployment_branch_policy ?? null;
  const branches = branchPolicy?.custom_branch_policies
    ? await ask(live, `reading the deployment branch policies of "${name}"`, "read", () =>
        listAll<{ id: number; name: string; type?: string }>(
          live.gh,
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
          { environment_name: name },
          (d) => (d as { branch_policies: { id: number; name: string; type?: string }[] }).branch_policies,
        ),
      )
    : [];
  return {
    name,
    exists: true,
    reviewers,
    waitTimer,
    branchPolicy,
    branches: branches.map((b) => ({ id: b.id, name: b.name, type: b.type ?? "branch" })),
  };
}

/** The ids GitHub's environment endpoint wants for `@user` and `@org/team` reviewers. */
export async function reviewerIds(
  live: Live,
  reviewers: readonly string[],
): Promise<{ type: "User" | "Team"; id: number }[]> {
  const out: { type: "User" | "Team"; id: number }[] = [];
  for (const r of reviewers) {
    const [org, team] = r.slice(1).split("/");
    if (team !== undefined) {
      const { data } = await ask(
        live,
        `looking up team ${r} for`,
        "read",
        () => live.gh.client.request("GET /orgs/{org}/teams/{team_slug}", { org, team_slug: team }),
        "Members",
      );
      out.push({ type: "Team", id: (data as { id: number }).id });
    } else {
      const { data } = await ask(live, `looking up user ${r} for`, "read", () =>
        live.gh.client.request("GET /users/{username}", { username: org }),
      );
      out.push({ type: "User", id: (data as { id: number }).id });
    }
  }
  return out;
}
