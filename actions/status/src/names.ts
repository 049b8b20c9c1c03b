/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  ArgocdServer: "argocd-server",
  ArgocdToken: "argocd-token",
  Environments: "environments",
  Services: "services",
  FailOnDrift: "fail-on-drift",
  Grace: "grace",
  Timeout: "timeout",
} as const;

export const Outputs = {
  JsonFile: "json-file",
  Applications: "applications",
  OutOfSync: "out-of-sync",
  Degraded: "degraded",
  NotCurrent: "not-current",
  Drift: "drift",
} as const;
