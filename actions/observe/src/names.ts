/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  ArgocdServer: "argocd-server",
  ArgocdToken: "argocd-token",
  Environments: "environments",
  Services: "services",
  Grace: "grace",
  AlertOn: "alert-on",
  Label: "label",
  DryRun: "dry-run",
  Timeout: "timeout",
  GitHubToken: "github-token",
} as const;

export const Outputs = {
  Opened: "opened",
  Updated: "updated",
  Reopened: "reopened",
  Closed: "closed",
  Pending: "pending",
  Alerting: "alerting",
  JsonFile: "json-file",
} as const;
