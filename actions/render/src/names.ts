/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  Environments: "environments",
  Services: "services",
  ChangedSince: "changed-since",
  Concurrency: "concurrency",
  Comment: "comment",
  GitHubToken: "github-token",
} as const;

export const Outputs = {
  Index: "index",
  ChangedTargets: "changed-targets",
  Failed: "failed",
  DiffFile: "diff-file",
} as const;

/** The hidden marker of our sticky comment. */
export const COMMENT_MARKER = "render-diff";
