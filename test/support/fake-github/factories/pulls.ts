/** API objects for pull requests: `pull-request-simple` (lists) and `pull-request` (one PR). */
import type { IssueRecord, PullFields, RepoRecord } from "../state.js";
import { authorAssociation, issueLabels } from "./issues.js";
import { repoApi, repoHtml, repository } from "./repos.js";
import { type Site, teamSimple, userByLogin } from "./users.js";

/** An issue record that is a pull request. */
export type PullRecord = IssueRecord & { pull: PullFields };

function branch(site: Site, repo: RepoRecord, ref: string, sha: string): Record<string, unknown> {
  return {
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: userByLogin(site, repo.owner),
    repo: repository(site, repo),
  };
}

/** `pull-request-simple`. */
export function pullRequestSimple(site: Site, repo: RepoRecord, pr: PullRecord): Record<string, unknown> {
  const api = `${repoApi(site, repo)}/pulls/${pr.number}`;
  const issueApi = `${repoApi(site, repo)}/issues/${pr.number}`;
  const html = `${repoHtml(site, repo)}/pull/${pr.number}`;
  const statuses = `${repoApi(site, repo)}/statuses/${pr.pull.headSha}`;
  const href = (url: string): { href: string } => ({ href: url });
  return {
    url: api,
    id: pr.id,
    node_id: `PR_${pr.id}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(site, repo)}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: statuses,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userByLogin(site, pr.user),
    body: pr.body,
    labels: issueLabels(site, repo, pr),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: pr.pull.mergedAt,
    merge_commit_sha: pr.pull.merged ? pr.pull.headSha : null,
    assignee: null,
    assignees: [],
    requested_reviewers: pr.pull.reviewers.map((login) => userByLogin(site, login)),
    // A PR's requested teams are full `team` objects, which (unlike team-simple) carry `parent`.
    requested_teams: pr.pull.teamReviewers.map((slug) => ({
      ...teamSimple(site, repo.owner, slug),
      parent: null,
    })),
    head: branch(site, repo, pr.pull.head, pr.pull.headSha),
    base: branch(site, repo, pr.pull.base, pr.pull.baseSha),
    _links: {
      self: href(api),
      html: href(html),
      issue: href(issueApi),
      comments: href(`${issueApi}/comments`),
      review_comments: href(`${api}/comments`),
      review_comment: href(`${repoApi(site, repo)}/pulls/comments{/number}`),
      commits: href(`${api}/commits`),
      statuses: href(statuses),
    },
    author_association: authorAssociation(repo, pr.user),
    auto_merge: pr.pull.autoMerge && {
      enabled_by: userByLogin(site, pr.pull.autoMerge.enabledBy),
      merge_method: pr.pull.autoMerge.method,
      commit_title: pr.title,
      commit_message: "",
    },
    draft: pr.pull.draft,
  };
}

/** `pull-request`: the simple form plus merge state and counters. */
export function pullRequest(site: Site, repo: RepoRecord, pr: PullRecord): Record<string, unknown> {
  const comments = [...repo.comments.values()].filter((c) => c.issueNumber === pr.number).length;
  const open = pr.state === "open";
  return {
    ...pullRequestSimple(site, repo, pr),
    merged: pr.pull.merged,
    mergeable: open ? true : null,
    rebaseable: open ? true : null,
    mergeable_state: open ? "clean" : "unknown",
    merged_by: null,
    comments,
    review_comments: 0,
    maintainer_can_modify: pr.pull.maintainerCanModify,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}
