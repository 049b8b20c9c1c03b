import type { Pin } from "../ref.js";

/** The caller workflows init writes, by file name under `.github/workflows/`. */
export const CALLERS = ["validate", "promote", "changelog", "preview", "preview-sweep"] as const;
export type Caller = (typeof CALLERS)[number];

/** `uses:` of one of our reusable workflows, pinned. */
function uses(pin: Pin, workflow: Exclude<Caller, "preview-sweep">): string {
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

/**
 * `.github/workflows/preview.yaml`, after workflows/preview.yaml: written when the repository has
 * an ApplicationSet with a pullRequest generator.
 */
export function previewCaller(pin: Pin): string {
  return `# Written by \`gitops init\` from gitops-actions' workflows/preview.yaml. Each event of a pull
# request updates one comment on it: the preview Applications Argo CD's pullRequest generator
# will create for it, their URLs and what is wrong with them, and with an Argo CD token (secret
# ARGOCD_AUTH_TOKEN, variable ARGOCD_SERVER) their live sync and health; "closed" checks teardown.
name: preview

on:
  pull_request:
    types: [opened, reopened, synchronize, labeled, unlabeled, ready_for_review, converted_to_draft, closed]

permissions:
  contents: read

concurrency:
  group: preview-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  preview:
    uses: ${uses(pin, "preview")}
    permissions:
      contents: read
      pull-requests: write
    with:
      fail-on: error
      argocd-server: \${{ vars.ARGOCD_SERVER }}
      wait-timeout: 10m
    secrets:
      argocd-token: \${{ secrets.ARGOCD_AUTH_TOKEN }}
`;
}

/** `.github/workflows/preview-sweep.yaml`, after workflows/preview-sweep.yaml, with previews too. */
export function previewSweepCaller(pin: Pin): string {
  return `# Written by \`gitops init\` from gitops-actions' workflows/preview-sweep.yaml. Every six hours:
# preview Applications whose pull request is closed, or older than preview.ttl, in one issue;
# deleted through Argo CD when .gitops.yaml says \`preview.sweep: delete\`.
name: preview-sweep

on:
  schedule:
    - cron: "17 */6 * * *"
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: preview-sweep
  cancel-in-progress: false

jobs:
  sweep:
    uses: ${uses(pin, "preview")}
    permissions:
      contents: read
      issues: write
      pull-requests: read
    with:
      mode: sweep
      argocd-server: \${{ vars.ARGOCD_SERVER }}
    secrets:
      argocd-token: \${{ secrets.ARGOCD_AUTH_TOKEN }}
`;
}
