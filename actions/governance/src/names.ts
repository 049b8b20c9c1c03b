/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  Mode: "mode",
  Live: "live",
  GithubToken: "github-token",
  Issue: "issue",
  IssueToken: "issue-token",
  SarifFile: "sarif-file",
  FailOn: "fail-on",
} as const;

export const Outputs = {
  Drift: "drift",
  Errors: "errors",
  Warnings: "warnings",
  SarifFile: "sarif-file",
  JsonFile: "json-file",
  IssueNumber: "issue-number",
  IssueAction: "issue-action",
} as const;
