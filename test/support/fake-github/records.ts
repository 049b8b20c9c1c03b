/**
 * The records the fake keeps per object. Field names follow our needs, not
 * GitHub's JSON; the factories turn them into API objects.
 */

/** Repository roles, most powerful first (`role_name` in GitHub's answers). */
export type Role = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export interface UserRecord {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface PullFields {
  head: string;
  headSha: string;
  base: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  maintainerCanModify: boolean;
  reviewers: string[];
  teamReviewers: string[];
  /** Set by the GraphQL `enablePullRequestAutoMerge` mutation (graphql.ts). */
  autoMerge: { method: "merge" | "squash" | "rebase"; enabledBy: string } | null;
}

/** Repository settings the fake honours. */
export interface RepoSettings {
  /** "Allow GitHub Actions to create and approve pull requests": off, github-actions[bot] gets 403 on create. */
  actionsCanCreatePullRequests: boolean;
  /** "Allow auto-merge" (off by default on GitHub). */
  allowAutoMerge: boolean;
}

/** Issues and pull requests share one numbering, as on GitHub. */
export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  user: string;
  /** Label names, in the order they were added. */
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: PullFields;
}

export interface ReactionRecord {
  id: number;
  user: string;
  content: string;
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
  reactions: ReactionRecord[];
}

export interface CheckRunRecord {
  id: number;
  headSha: string;
  name: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  createdAt: string;
  publishedAt: string | null;
  author: string;
}

/** A commit as GitHub's commit endpoints describe it; seeded with the SHAs of a real local repo. */
export interface CommitRecord {
  sha: string;
  message: string;
  /** The git author. */
  author: { name: string; email: string; date: string };
  /** The GitHub user the author email belongs to; null when GitHub cannot tell. */
  login: string | null;
  /** `commit.verification`: GitHub's verdict on the signature (`reason` e.g. "valid", "unsigned"). */
  verification: { verified: boolean; reason: string; signature: string | null; verifiedAt: string | null };
  /** Changed paths (GET /commits/{ref} `files[].filename`). */
  files: string[];
  parents: string[];
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  private: boolean;
  nextNumber: number;
  issues: Map<number, IssueRecord>;
  comments: Map<number, CommentRecord>;
  /** Keyed by lower-cased name: GitHub label names are case-insensitive. */
  labels: Map<string, LabelRecord>;
  /** Branch and tag names to commit SHAs. */
  refs: Map<string, string>;
  checkRuns: CheckRunRecord[];
  roles: Map<string, Role>;
  releases: Map<number, ReleaseRecord>;
  /** Commits by SHA. */
  commits: Map<string, CommitRecord>;
  /** Pull request number to the SHAs of its commits, oldest first. */
  pullCommits: Map<number, string[]>;
  settings: RepoSettings;
}
