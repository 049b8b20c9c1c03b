/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  Check: "check",
  ResultsDir: "results-dir",
  ExpectedShards: "expected-shards",
  FailOn: "fail-on",
  SarifFile: "sarif-file",
  Needs: "needs",
  Comment: "comment",
  GitHubToken: "github-token",
} as const;

export const Outputs = {
  Errors: "errors",
  Warnings: "warnings",
  SarifFile: "sarif-file",
} as const;

/** The hidden marker of the validate comment. */
export const COMMENT_MARKER = "validate";
