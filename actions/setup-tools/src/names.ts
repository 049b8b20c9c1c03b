/** Input and output names, kept equal to action.yml by test/actions/names.test.ts. */
export const Inputs = {
  Tools: "tools",
  Manifest: "manifest",
  Mirror: "mirror",
} as const;

export const Outputs = {
  Versions: "versions",
  Paths: "paths",
} as const;
