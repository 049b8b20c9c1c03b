/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  Since: "since",
  Environments: "environments",
  Services: "services",
  Write: "write",
  Metrics: "metrics",
  Dashboard: "dashboard",
  Releases: "releases",
  ReleaseEnvironment: "release-environment",
  MaxReleases: "max-releases",
  GitHubToken: "github-token",
  MetricsSource: "metrics-source",
  ArgocdServer: "argocd-server",
  ArgocdToken: "argocd-token",
} as const;

export const Outputs = {
  Count: "count",
  JsonFile: "json-file",
  Written: "written",
  Releases: "releases",
  MetricsFile: "metrics-file",
  Dashboard: "dashboard",
} as const;
