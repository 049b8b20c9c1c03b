/**
 * Opens the promotion pull request, or brings the open one up to date:
 * title and body, the `promotion` and `env:<to>` labels, and reviews from
 * CODEOWNERS. A call is made only when something differs, so a re-run with
 * the same result changes nothing on GitHub.
 */
import { messageOf } from "../../core/src/index.js";
import { statusOf, type GitHubRepo } from "./github.js";

export interface PullRequestSpec {
  branch: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  /** Ask for reviews again on an open PR (its branch got a new commit). */
  rerequest: boolean;
}

export interface PullRequestResult {
  number: number;
  url: string;
  action: "created" | "updated" | "unchanged";
  /** Reviews requested in this run. */
  requested: { reviewers: string[]; teamReviewers: string[] };
  /** Problems that did not stop the promotion (a reviewer GitHub refused). */
  warnings: string[];
}

interface PullData {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  user: { login: string } | null;
  labels: { name?: string }[];
  requested_reviewers?: { login: string }[] | null;
  requested_teams?: { slug: string }[] | null;
}

/** Creates or updates the promotion PR for `spec.branch` into `spec.base`. */
export async function upsertPullRequest(gh: GitHubRepo, spec: PullRequestSpec): Promise<PullRequestResult> {
  const repo = { owner: gh.owner, repo: gh.repo };
  const { data: open } = await gh.client.request("GET /repos/{owner}/{repo}/pulls", {
    ...repo,
    state: "open",
    head: `${gh.owner}:${spec.branch}`,
    base: spec.base,
  });
  let pull = (open as PullData[])[0];
  let action: PullRequestResult["action"] = "unchanged";
  if (!pull) {
    const { data } = await gh.client.request("POST /repos/{owner}/{repo}/pulls", {
      ...repo,
      title: spec.title,
      head: spec.branch,
      base: spec.base,
      body: spec.body,
    });
    pull = data as PullData;
    action = "created";
  } else if (pull.title !== spec.title || (pull.body ?? "") !== spec.body) {
    await gh.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...repo,
      pull_number: pull.number,
      title: spec.title,
      body: spec.body,
    });
    action = "updated";
  }
  const have = new Set(pull.labels.map((l) => l.name));
  const labels = spec.labels.filter((l) => !have.has(l));
  if (labels.length > 0) {
    await gh.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      ...repo,
      issue_number: pull.number,
      labels,
    });
    if (action === "unchanged") action = "updated";
  }
  const result: PullRequestResult = {
    number: pull.number,
    url: pull.html_url,
    action,
    requested: { reviewers: [], teamReviewers: [] },
    warnings: [],
  };
  if (action === "created" || spec.rerequest) await requestReviews(gh, pull, spec, result);
  return result;
}

async function requestReviews(
  gh: GitHubRepo,
  pull: PullData,
  spec: PullRequestSpec,
  result: PullRequestResult,
) {
  const author = pull.user?.login.toLowerCase();
  const asked = new Set((pull.requested_reviewers ?? []).map((u) => u.login.toLowerCase()));
  const askedTeams = new Set((pull.requested_teams ?? []).map((t) => t.slug.toLowerCase()));
  const reviewers = spec.reviewers.filter((r) => r.toLowerCase() !== author && !asked.has(r.toLowerCase()));
  const teamReviewers = spec.teamReviewers.filter((t) => !askedTeams.has(t.toLowerCase()));
  if (reviewers.length === 0 && teamReviewers.length === 0) return;
  try {
    await gh.client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
      owner: gh.owner,
      repo: gh.repo,
      pull_number: pull.number,
      ...(reviewers.length > 0 ? { reviewers } : {}),
      ...(teamReviewers.length > 0 ? { team_reviewers: teamReviewers } : {}),
    });
    result.requested = { reviewers, teamReviewers };
  } catch (err) {
    // An owner who is not a collaborator (or a team the token cannot see) must not sink the PR.
    if (statusOf(err) !== 422) throw err;
    result.warnings.push(`GitHub refused the review request (${messageOf(err)}); request reviews by hand`);
  }
}
