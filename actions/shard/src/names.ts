/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  Targets: "targets",
  Shard: "shard",
  Base: "base",
  K8sVersion: "k8s-version",
  ResultsDir: "results-dir",
} as const;

export const Outputs = {
  ResultsDir: "results-dir",
  Rendered: "rendered",
} as const;
