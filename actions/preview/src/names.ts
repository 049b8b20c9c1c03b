/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  Mode: "mode",
  RepoPath: "repo-path",
  Comment: "comment",
  FailOn: "fail-on",
  K8sVersion: "k8s-version",
  GitHubToken: "github-token",
  ArgoCdServer: "argocd-server",
  ArgoCdToken: "argocd-token",
  WaitTimeout: "wait-timeout",
  PollInterval: "poll-interval",
} as const;

export const Outputs = {
  Status: "status",
  Applications: "applications",
  Count: "count",
  Urls: "urls",
  Errors: "errors",
  Warnings: "warnings",
  Live: "live",
  Stale: "stale",
  Deleted: "deleted",
  Issue: "issue",
} as const;
