/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  Repository: "repository",
  Token: "token",
  Env: "env",
  Service: "service",
  Image: "image",
  Digest: "digest",
  ResolveDigest: "resolve-digest",
  RegistryUsername: "registry-username",
  RegistryPassword: "registry-password",
  AutoMerge: "auto-merge",
  Base: "base",
  CommitterName: "committer-name",
  CommitterEmail: "committer-email",
} as const;

export const Outputs = {
  Changed: "changed",
  Status: "status",
  Branch: "branch",
  Commit: "commit",
  PrNumber: "pr-number",
  PrUrl: "pr-url",
} as const;
