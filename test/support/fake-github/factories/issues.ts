/** API objects for issues and what hangs off them: labels, comments, reactions. */
import type { CommentRecord, IssueRecord, LabelRecord, ReactionRecord, RepoRecord } from "../state.js";
import { repoApi, repoHtml } from "./repos.js";
import { enc, type Site, userByLogin } from "./users.js";

const REACTIONS = ["+1", "-1", "laugh", "confused", "heart", "hooray", "eyes", "rocket"] as const;

/** How the author relates to the repository, from the roles the test seeded. */
export function authorAssociation(repo: RepoRecord, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return "OWNER";
  const role = repo.roles.get(login.toLowerCase());
  return role && role !== "none" ? "COLLABORATOR" : "NONE";
}

/** `label`. */
export function label(site: Site, repo: RepoRecord, record: LabelRecord): Record<string, unknown> {
  return {
    id: record.id,
    node_id: `LA_${record.id}`,
    url: `${repoApi(site, repo)}/labels/${enc(record.name)}`,
    name: record.name,
    description: record.description,
    color: record.color,
    default: false,
  };
}

/** The labels of an issue as API objects, in the order they were added. */
export function issueLabels(site: Site, repo: RepoRecord, issue: IssueRecord): Record<string, unknown>[] {
  return issue.labels.flatMap((name) => {
    const record = repo.labels.get(name.toLowerCase());
    return record ? [label(site, repo, record)] : [];
  });
}

/** `reaction-rollup` for a comment or issue URL. */
export function reactionRollup(url: string, reactions: ReactionRecord[]): Record<string, unknown> {
  const counts = Object.fromEntries(
    REACTIONS.map((content) => [content, reactions.filter((r) => r.content === content).length]),
  );
  return { url, total_count: reactions.length, ...counts };
}

/** `issue`; a pull request's issue view carries the `pull_request` links. */
export function issue(site: Site, repo: RepoRecord, record: IssueRecord): Record<string, unknown> {
  const api = `${repoApi(site, repo)}/issues/${record.number}`;
  const html = `${repoHtml(site, repo)}/${record.pull ? "pull" : "issues"}/${record.number}`;
  const comments = [...repo.comments.values()].filter((c) => c.issueNumber === record.number);
  const pull = record.pull && {
    url: `${repoApi(site, repo)}/pulls/${record.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    merged_at: record.pull.mergedAt,
  };
  return {
    id: record.id,
    node_id: `I_${record.id}`,
    url: api,
    repository_url: repoApi(site, repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: html,
    number: record.number,
    state: record.state,
    title: record.title,
    body: record.body,
    user: userByLogin(site, record.user),
    labels: issueLabels(site, repo, record),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: comments.length,
    ...(pull ? { pull_request: pull } : {}),
    closed_at: record.closedAt,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    author_association: authorAssociation(repo, record.user),
    reactions: reactionRollup(`${api}/reactions`, []),
  };
}

/** `issue-comment`. */
export function comment(site: Site, repo: RepoRecord, record: CommentRecord): Record<string, unknown> {
  const api = `${repoApi(site, repo)}/issues/comments/${record.id}`;
  const parent = repo.issues.get(record.issueNumber);
  const kind = parent?.pull ? "pull" : "issues";
  return {
    id: record.id,
    node_id: `IC_${record.id}`,
    url: api,
    html_url: `${repoHtml(site, repo)}/${kind}/${record.issueNumber}#issuecomment-${record.id}`,
    body: record.body,
    user: userByLogin(site, record.user),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    issue_url: `${repoApi(site, repo)}/issues/${record.issueNumber}`,
    author_association: authorAssociation(repo, record.user),
    reactions: reactionRollup(`${api}/reactions`, record.reactions),
  };
}

/** `reaction`. */
export function reaction(site: Site, record: ReactionRecord): Record<string, unknown> {
  return {
    id: record.id,
    node_id: `REA_${record.id}`,
    user: userByLogin(site, record.user),
    content: record.content,
    created_at: record.createdAt,
  };
}
