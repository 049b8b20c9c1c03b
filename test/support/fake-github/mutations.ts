/**
 * The changes the fake makes to its state, shared by the request handlers
 * and the seeding helpers so a seeded object is the same as one made through
 * the API.
 */
import type { PullRecord } from "./factories/pulls.js";
import {
  type CommentRecord,
  type FakeState,
  type IssueRecord,
  type LabelRecord,
  type ReleaseRecord,
  type RepoRecord,
  shaOf,
} from "./state.js";

export interface NewIssue {
  title: string;
  body?: string | null;
  user: string;
  labels?: string[];
  state?: "open" | "closed";
}

export interface NewPull extends NewIssue {
  head: string;
  base: string;
  draft?: boolean;
  maintainerCanModify?: boolean;
}

export function createIssue(state: FakeState, repo: RepoRecord, fields: NewIssue): IssueRecord {
  const now = state.now();
  const closed = fields.state === "closed";
  const issue: IssueRecord = {
    number: repo.nextNumber++,
    id: state.nextId(),
    title: fields.title,
    body: fields.body ?? null,
    state: fields.state ?? "open",
    user: state.user(fields.user).login,
    labels: [],
    createdAt: now,
    updatedAt: now,
    closedAt: closed ? now : null,
  };
  repo.issues.set(issue.number, issue);
  addLabels(state, repo, issue, fields.labels ?? []);
  return issue;
}

export function createPull(state: FakeState, repo: RepoRecord, fields: NewPull): PullRecord {
  const issue = createIssue(state, repo, fields);
  const pull = {
    head: fields.head,
    headSha: shaOf(repo, fields.head),
    base: fields.base,
    baseSha: shaOf(repo, fields.base),
    draft: fields.draft ?? false,
    merged: false,
    mergedAt: null,
    maintainerCanModify: fields.maintainerCanModify ?? false,
    reviewers: [],
    teamReviewers: [],
    autoMerge: null,
  };
  return Object.assign(issue, { pull });
}

/** The issue or pull request with this number, or undefined. */
export function findIssue(repo: RepoRecord, number: number): IssueRecord | undefined {
  return repo.issues.get(number);
}

/** The pull request with this number; an issue of that number is not one. */
export function findPull(repo: RepoRecord, number: number): PullRecord | undefined {
  const issue = repo.issues.get(number);
  return issue?.pull ? (issue as PullRecord) : undefined;
}

/**
 * Creates the repository label on first use, as GitHub does when labelling an
 * issue. The description is "" rather than null: the schema of labels inside
 * a pull request does not allow null.
 */
export function ensureLabel(state: FakeState, repo: RepoRecord, name: string, color = "ededed"): LabelRecord {
  let record = repo.labels.get(name.toLowerCase());
  if (!record) {
    record = { id: state.nextId(), name, color, description: "" };
    repo.labels.set(name.toLowerCase(), record);
  }
  return record;
}

export function addLabels(state: FakeState, repo: RepoRecord, issue: IssueRecord, names: string[]): void {
  for (const name of names) {
    const record = ensureLabel(state, repo, name);
    if (!issue.labels.some((l) => l.toLowerCase() === record.name.toLowerCase()))
      issue.labels.push(record.name);
  }
}

export function addComment(
  state: FakeState,
  repo: RepoRecord,
  issue: IssueRecord,
  body: string,
  user: string,
): CommentRecord {
  const now = state.now();
  const record: CommentRecord = {
    id: state.nextId(),
    issueNumber: issue.number,
    body,
    user: state.user(user).login,
    createdAt: now,
    updatedAt: now,
    reactions: [],
  };
  repo.comments.set(record.id, record);
  issue.updatedAt = now;
  return record;
}

export interface NewRelease {
  tagName: string;
  targetCommitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  author: string;
}

/** A draft has no publication time until it is published. */
export function createRelease(state: FakeState, repo: RepoRecord, fields: NewRelease): ReleaseRecord {
  const now = state.now();
  const record: ReleaseRecord = {
    id: state.nextId(),
    tagName: fields.tagName,
    targetCommitish: fields.targetCommitish ?? repo.defaultBranch,
    name: fields.name ?? null,
    body: fields.body ?? null,
    draft: fields.draft ?? false,
    prerelease: fields.prerelease ?? false,
    createdAt: now,
    publishedAt: fields.draft ? null : now,
    author: state.user(fields.author).login,
  };
  repo.releases.set(record.id, record);
  return record;
}
