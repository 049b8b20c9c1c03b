/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  Mode: "mode",
  RepoPath: "repo-path",
  From: "from",
  To: "to",
  Services: "services",
  DryRun: "dry-run",
  Push: "push",
  PullRequest: "pull-request",
  RequiredChecks: "required-checks",
  Base: "base",
  Token: "token",
  CommitterName: "committer-name",
  CommitterEmail: "committer-email",
  ArgocdServer: "argocd-server",
  ArgocdToken: "argocd-token",
  NoDr: "no-dr",
} as const;

export const Outputs = {
  Status: "status",
  Reason: "reason",
  Changes: "changes",
  Count: "count",
  Branch: "branch",
  Commit: "commit",
  SourceSha: "source-sha",
  PrNumber: "pr-number",
  PrUrl: "pr-url",
  Superseded: "superseded",
  Results: "results",
  ClosedPr: "closed-pr",
} as const;
