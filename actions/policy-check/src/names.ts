/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  Policies: "policies",
  Manifests: "manifests",
  Environments: "environments",
  Exceptions: "exceptions",
  Render: "render",
  FailOn: "fail-on",
} as const;

export const Outputs = {
  Findings: "findings",
  Errors: "errors",
  Warnings: "warnings",
  Waived: "waived",
  Evaluations: "evaluations",
} as const;
