/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  RepoPath: "repo-path",
  KubernetesVersion: "kubernetes-version",
  SchemaEngine: "schema-engine",
  Strict: "strict",
  FailOn: "fail-on",
  SarifFile: "sarif-file",
  JunitFile: "junit-file",
} as const;

export const Outputs = {
  Errors: "errors",
  Warnings: "warnings",
  Resources: "resources",
  SarifFile: "sarif-file",
  JunitFile: "junit-file",
} as const;
