/** The Makefile targets init writes, each calling the gitops command of the same name. */
export const MAKE_TARGETS = [
  ["validate", "validate", "render + lint + policy + secrets: what CI runs"],
  ["render", "render", "render every target into render/"],
  ["lint", "lint", "schema-check rendered manifests and Argo CD references"],
  ["policy", "policy", "run policies/ against rendered manifests"],
  ["secrets", "secrets", "scan for leaked secrets and plain Secret manifests"],
  ["fmt", "fmt", "format YAML the canonical way, comments kept"],
] as const;

/** `Makefile`: local entry points for the same checks CI runs. Recipe lines start with a TAB. */
export function makefile(): string {
  const width = Math.max(...MAKE_TARGETS.map(([name]) => name.length));
  const lines = [
    "# Written by `gitops init`: local entry points of the gitops CLI (gitops-actions). CI runs",
    "# the same checks through .github/workflows/validate.yaml.",
    '# Use another CLI with e.g. `make validate GITOPS="npx --no-install gitops"`.',
    "GITOPS ?= gitops",
    "",
    `.PHONY: help ${MAKE_TARGETS.map(([name]) => name).join(" ")}`,
    "",
    "help:",
    ...MAKE_TARGETS.map(([name, , what]) => `\t@echo "make ${name.padEnd(width)}  ${what}"`),
  ];
  for (const [name, command] of MAKE_TARGETS) lines.push("", `${name}:`, `\t$(GITOPS) ${command}`);
  return lines.join("\n") + "\n";
}
