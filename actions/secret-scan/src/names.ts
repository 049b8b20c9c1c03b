/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  Scan: "scan",
  Base: "base",
  Head: "head",
  FailOn: "fail-on",
  SarifFile: "sarif-file",
  Baseline: "baseline",
  IgnoreFile: "ignore-file",
  GitopsRules: "gitops-rules",
} as const;

export const Outputs = {
  Findings: "findings",
  Errors: "errors",
  Warnings: "warnings",
  Mode: "mode",
  Commits: "commits",
  SarifFile: "sarif-file",
} as const;
