import type { Pin } from "../ref.js";

/** The caller workflows init writes, by file name under `.github/workflows/`. */
export const CALLERS = ["validate", "promote", "changelog"] as const;
export type Caller = (typeof CALLERS)[number];

/** `uses:` of one of our reusable workflows, pinned. */
function uses(pin: Pin, workflow: Caller): string {
  const note = pin.sha ? "" : " # pin to a full commit SHA for an immutable pipeline";
  return `${pin.repo}/.github/workflows/${workflow}.yml@${pin.ref}${note}`;
}

/** `.github/workflows/validate.yaml`, after workflows/validate.yaml. */
export function validateCaller(pin: Pin): string {
  return `# Written by \`gitops init\` from gitops-actions' workflows/validate.yaml.
# Required status checks to mark on main: "validate / validate", "validate / lint",
# "validate / policy" and "validate / secrets".
name: validate

on:
  pull_request:
    branches: [main]

permissions:
  contents: read

concurrency:
  group: validate-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  validate:
    uses: ${uses(pin, "validate")}
    permissions:
      contents: read
      pull-requests: write
    with:
      shards: 2
      fail-on: error
`;
}

/**
 * `.github/workflows/promote.yaml`, after workflows/promote.yaml, with the detected
 * environments as the choices: from any env but the last, to any env but the first; by
 * default the last step of the chain. Needs two environments.
 */
export function promoteCaller(pin: Pin, envs: readonly string[]): string {
  const from = envs.slice(0, -1);
  const to = envs.slice(1);
  const defaultTo = envs.at(-1) ?? "";
  const defaultFrom = envs.at(-2) ?? "";
  const list = (xs: readonly string[]) => `[${xs.map((x) => JSON.stringify(x)).join(", ")}]`;
  return `# Written by \`gitops init\` from gitops-actions' workflows/promote.yaml. Promotes from the
# Actions tab (workflow_dispatch) or with a comment "/promote cms web [to ${defaultTo}]" on an issue
# or pull request. The comment text is parsed by the action, never by a shell.
# Environments in promotion order: ${envs.join(" → ")}.
name: promote

on:
  workflow_dispatch:
    inputs:
      services:
        description: Services to promote, space separated
        required: true
      from:
        description: Environment to promote from
        type: choice
        options: ${list(from)}
        default: ${JSON.stringify(defaultFrom)}
      to:
        description: Environment to promote to
        type: choice
        options: ${list(to)}
        default: ${JSON.stringify(defaultTo)}
  issue_comment:
    types: [created]

permissions:
  contents: read

jobs:
  promote:
    if: github.event_name == 'workflow_dispatch' || startsWith(github.event.comment.body, '/promote')
    uses: ${uses(pin, "promote")}
    permissions:
      contents: write
      pull-requests: write
      issues: write
      checks: read
    with:
      mode: \${{ github.event_name == 'issue_comment' && 'chatops' || 'promote' }}
      services: \${{ inputs.services }}
      from: \${{ inputs.from || '${defaultFrom}' }}
      to: \${{ inputs.to || '${defaultTo}' }}
    secrets:
      token: \${{ secrets.PROMOTE_TOKEN }}
`;
}

/** `.github/workflows/changelog.yaml`, after workflows/changelog.yaml. */
export function changelogCaller(pin: Pin): string {
  return `# Written by \`gitops init\` from gitops-actions' workflows/changelog.yaml: a deployment
# changelog, a GitHub release per prod deployment and the DORA metrics dashboard, on every
# push to main.
name: changelog

on:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  changelog:
    uses: ${uses(pin, "changelog")}
    permissions:
      contents: write
`;
}
