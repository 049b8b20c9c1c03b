/**
 * What happens to promotion and bump pull requests over time, beyond opening
 * one: a newer PR closes the open ones it covers (with a comment linking it),
 * a PR whose change is already on the base is closed, and auto-merge is
 * switched on when the config asks. PRs are recognised by a hidden scope
 * marker in their body, not by branch names, which cannot tell `a-b` the
 * service from `a` and `b`.
 */
import { messageOf } from "../../core/src/index.js";
import { listAll, statusOf, type GitHubRepo } from "./github.js";
import { graphqlData, graphqlErrors } from "./graphql.js";
import { withGitHub } from "./github-errors.js";
import { upsertPullRequest, type PullRequestResult, type PullRequestSpec } from "./pull-request.js";

/** What a PR covers: a kind of change, the target envs and the services. */
export interface PullScope {
  kind: "promote" | "bump";
  envs: string[];
  services: string[];
}

/** How GitHub merges once the required checks pass. */
export type MergeMethod = "merge" | "squash" | "rebase";

export interface OpenOptions {
  spec: PullRequestSpec;
  scope: PullScope;
  /** Enable auto-merge with this method; none leaves merging to people. */
  autoMerge?: MergeMethod;
  /** Said after a GitHub failure: what was already done and that a re-run finishes (e.g. the pushed branch). */
  after: string;
}

export interface LifecycleResult extends PullRequestResult {
  /** Older open PRs this one superseded and closed. */
  superseded: number[];
  autoMerge?: MergeMethod;
}

/** A PR as `promote --json` and `bump --json` print it. */
export function pullRequestJson(pr: LifecycleResult) {
  return {
    number: pr.number,
    url: pr.url,
    action: pr.action,
    superseded: pr.superseded,
    ...(pr.autoMerge ? { autoMerge: pr.autoMerge } : {}),
  };
}

const MARKER = "<!-- gitops-actions:scope ";

/** The hidden line that records a PR's scope in its body. */
export function scopeMarker(scope: PullScope): string {
  const json = JSON.stringify({
    kind: scope.kind,
    envs: [...scope.envs].sort(),
    services: [...scope.services].sort(),
  });
  return `${MARKER}${json} -->`;
}

/** The scope recorded in a PR body, or undefined for PRs we did not write. */
export function scopeOf(body: string | null | undefined): PullScope | undefined {
  const at = body?.lastIndexOf(MARKER) ?? -1;
  if (!body || at < 0) return undefined;
  const end = body.indexOf(" -->", at);
  try {
    const v = JSON.parse(body.slice(at + MARKER.length, end)) as Partial<PullScope>;
    if ((v.kind !== "promote" && v.kind !== "bump") || !Array.isArray(v.envs) || !Array.isArray(v.services))
      return undefined;
    return { kind: v.kind, envs: v.envs.map(String), services: v.services.map(String) };
  } catch {
    return undefined;
  }
}

/** True when `newer` covers every env and service of `older`, of the same kind. */
export function covers(newer: PullScope, older: PullScope): boolean {
  return (
    newer.kind === older.kind &&
    older.envs.every((e) => newer.envs.includes(e)) &&
    older.services.every((s) => newer.services.includes(s))
  );
}

interface OpenPull {
  number: number;
  html_url: string;
  node_id: string;
  body: string | null;
  head: { ref: string };
  auto_merge?: unknown;
}

/**
 * Opens or updates the PR for `options.spec.branch`, closes the older open
 * PRs it covers, and enables auto-merge when asked. Every GitHub failure is a
 * `UserError` naming the repository and what the token needs.
 */
export async function openPullRequest(gh: GitHubRepo, options: OpenOptions): Promise<LifecycleResult> {
  const { spec, scope } = options;
  const body = `${spec.body.trimEnd()}\n\n${scopeMarker(scope)}\n`;
  const pr = await withGitHub(
    gh,
    `open the pull request for ${spec.branch}`,
    () => upsertPullRequest(gh, { ...spec, body }),
    options.after,
  );
  const result: LifecycleResult = { ...pr, superseded: [] };
  const open = await withGitHub(
    gh,
    "list the open pull requests",
    () => listAll<OpenPull>(gh, "GET /repos/{owner}/{repo}/pulls", { state: "open", base: spec.base }),
    options.after,
  );
  for (const older of open) {
    const theirs = scopeOf(older.body);
    if (older.number === pr.number || older.head.ref === spec.branch || !theirs || !covers(scope, theirs))
      continue;
    await closePull(gh, older.number, `Superseded by #${pr.number} (${pr.url}), a newer ${label(scope)}.`);
    result.superseded.push(older.number);
  }
  if (options.autoMerge) {
    const mine = open.find((p) => p.number === pr.number) ?? (await getPull(gh, pr.number));
    const problem = await enableAutoMerge(gh, mine.node_id, options.autoMerge);
    if (problem) result.warnings.push(problem);
    else result.autoMerge = options.autoMerge;
  }
  return result;
}

/**
 * Closes the open PR of `branch` into `base` (its change is already there or
 * nothing is left to move), with a comment saying why. Returns its number.
 */
export async function closeEmptyPullRequest(
  gh: GitHubRepo,
  branch: string,
  base: string,
  why: string,
): Promise<number | undefined> {
  return withGitHub(gh, `close the pull request for ${branch}`, async () => {
    const { data } = await gh.client.request("GET /repos/{owner}/{repo}/pulls", {
      owner: gh.owner,
      repo: gh.repo,
      state: "open",
      head: `${gh.owner}:${branch}`,
      base,
    });
    const pull = (data as OpenPull[])[0];
    if (!pull) return undefined;
    await closePull(gh, pull.number, `Closed: ${why}`);
    return pull.number;
  });
}

function label(scope: PullScope): string {
  return scope.kind === "bump" ? "bump" : "promotion";
}

async function closePull(gh: GitHubRepo, number: number, comment: string): Promise<void> {
  await withGitHub(gh, `close pull request #${number}`, async () => {
    await gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: gh.owner,
      repo: gh.repo,
      issue_number: number,
      body: comment,
    });
    await gh.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
      owner: gh.owner,
      repo: gh.repo,
      pull_number: number,
      state: "closed",
    });
  });
}

async function getPull(gh: GitHubRepo, number: number): Promise<OpenPull> {
  return withGitHub(gh, `read pull request #${number}`, async () => {
    const { data } = await gh.client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      owner: gh.owner,
      repo: gh.repo,
      pull_number: number,
    });
    return data as OpenPull;
  });
}

// Not `$method`: Octokit's graphql refuses "method" (and "query", "url") as variable names.
const ENABLE_AUTO_MERGE = `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { mergeMethod } }
  }
}`;

/**
 * Auto-merge exists only in GitHub's GraphQL API. A refusal (the repository
 * does not allow auto-merge, the PR is already mergeable) is returned as a
 * warning: the PR is open and reviewable either way.
 */
async function enableAutoMerge(
  gh: GitHubRepo,
  nodeId: string,
  method: MergeMethod,
): Promise<string | undefined> {
  const what = `auto-merge was not enabled on ${gh.owner}/${gh.repo}`;
  const variables = { pullRequestId: nodeId, mergeMethod: method.toUpperCase() };
  try {
    // The client's graphql knows where GraphQL is (GHES: /api/graphql); a bare client is github.com's.
    await (gh.client.graphql
      ? gh.client.graphql(ENABLE_AUTO_MERGE, variables)
      : gh.client
          .request("POST /graphql", { query: ENABLE_AUTO_MERGE, variables })
          .then((r) => graphqlData(r.data)));
    return undefined;
  } catch (err) {
    const refused = graphqlErrors(err);
    if (refused) return `${what}: ${refused.join("; ")}`;
    const status = statusOf(err);
    return `${what}: ${status ? `${status} ` : ""}${messageOf(err)} (allow auto-merge in the repository settings; the token needs pull-requests: write)`;
  }
}
