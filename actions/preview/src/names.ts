/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  Comment: "comment",
  FailOn: "fail-on",
  K8sVersion: "k8s-version",
  GitHubToken: "github-token",
} as const;

export const Outputs = {
  Status: "status",
  Applications: "applications",
  Count: "count",
  Urls: "urls",
  Errors: "errors",
  Warnings: "warnings",
} as const;
