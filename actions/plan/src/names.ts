/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  Environments: "environments",
  Services: "services",
  Shards: "shards",
} as const;

export const Outputs = {
  Targets: "targets",
  Count: "count",
  Matrix: "matrix",
  HasTargets: "has-targets",
  ShardCount: "shard-count",
} as const;
