/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  ArgocdServer: "argocd-server",
  ArgocdToken: "argocd-token",
  Environments: "environments",
  GitHubToken: "github-token",
} as const;

export const Outputs = {
  Created: "created",
  Updated: "updated",
  JsonFile: "json-file",
} as const;
