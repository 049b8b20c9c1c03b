import type { Pin } from "../ref.js";

/** The hooks of our `.pre-commit-hooks.yaml` that run on every commit (gitops-validate is left to CI). */
export const HOOK_IDS = ["gitops-fmt", "gitops-secrets", "gitops-lint", "gitops-policy"] as const;

/** `.pre-commit-config.yaml` using our hook repository at the same ref as the callers. */
export function precommitConfig(pin: Pin): string {
  const lines = [
    "# Written by `gitops init`: gitops-actions' hooks (https://pre-commit.com). Install them",
    "# with `pre-commit install`; `pre-commit autoupdate --freeze` moves rev to the newest release's SHA.",
    "repos:",
    `  - repo: https://github.com/${pin.repo}`,
    `    rev: ${JSON.stringify(pin.ref)}${pin.sha ? "" : " # pin to a full commit SHA"}`,
    "    hooks:",
    ...HOOK_IDS.map((id) => `      - id: ${id}`),
  ];
  return lines.join("\n") + "\n";
}
