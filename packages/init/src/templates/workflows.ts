import type { Pin } from "../ref.js";

/** The caller workflows init writes, by file name under `.github/workflows/`. */
export const CALLERS = [
  "validate",
  "promote",
  "changelog",
  "preview",
  "preview-sweep",
  "governance",
  "observe",
] as const;
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
    # GitHub refuses to start a call that grants less than any job of the called workflow asks,
    # skipped ones too: security-events is for the optional code-scanning upload (code-scanning: true).
    permissions:
      contents: read
      pull-requests: write
      security-events: write
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
    # GitHub refuses to start a call that grants less than any job of the called workflow asks,
    # skipped ones too: preview.yml's preview job comments (pull-requests: write), its sweep job
    # keeps an issue (issues: write).
    permissions:
      contents: read
      issues: write
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
    # GitHub refuses to start a call that grants less than any job of the called workflow asks,
    # skipped ones too: preview.yml's preview job comments (pull-requests: write), its sweep job
    # keeps an issue (issues: write).
    permissions:
      contents: read
      issues: write
      pull-requests: write
    with:
      mode: sweep
      argocd-server: \${{ vars.ARGOCD_SERVER }}
    secrets:
      argocd-token: \${{ secrets.ARGOCD_AUTH_TOKEN }}
`;
}

/**
 * `.github/workflows/governance.yaml`, after workflows/governance.yaml, always written. The pull
 * request check is offline and needs nothing. The scheduled drift job reads rulesets and
 * environments, which needs "Administration: read" and so a GitHub App; without one the reusable
 * workflow's action finds no token and fails every morning. The job is therefore skipped until
 * `vars.GITOPS_GOVERNANCE_APP_ID` is set (a job's `if:` may read `vars`, not `secrets`). Both jobs
 * grant what the drift job asks for: GitHub refuses to start a call whose nested jobs ask for more
 * than the calling job grants, skipped ones too; each nested job's token keeps its own permissions.
 */
export function governanceCaller(pin: Pin): string {
  return `# Written by \`gitops init\` from gitops-actions' workflows/governance.yaml.
# Pull requests that touch CODEOWNERS, .github/ or .gitops.yaml get the offline governance checks
# (CODEOWNERS as GitHub reads it, owners of protected envs, required checks); they need no secret.
# Every morning (and from the Actions tab) the rulesets and environments on GitHub are compared with
# the repository, and release/* branches with main; one issue (label gitops-governance) is opened or
# updated on drift and closed when it is gone. Reading rulesets and environments needs the
# "Administration: read" repository permission, which the job's GITHUB_TOKEN cannot have: install a
# GitHub App with it and set the variable GITOPS_GOVERNANCE_APP_ID and the secret
# GITOPS_GOVERNANCE_APP_KEY. Until the variable is set the drift job is skipped, not failed.
name: governance

on:
  pull_request:
    paths:
      - CODEOWNERS
      - docs/CODEOWNERS
      - ".github/**"
      - .gitops.yaml
  schedule:
    - cron: "17 6 * * *"
  workflow_dispatch:

permissions:
  contents: read

jobs:
  check:
    if: github.event_name == 'pull_request'
    uses: ${uses(pin, "governance")}
    # GitHub checks every job of the called workflow against this grant before any if:, the
    # drift job's issues: write included; the check job itself asks for contents: read only.
    permissions:
      contents: read
      issues: write
    with:
      mode: check

  drift:
    if: github.event_name != 'pull_request' && vars.GITOPS_GOVERNANCE_APP_ID != ''
    uses: ${uses(pin, "governance")}
    permissions:
      contents: read
      issues: write
    with:
      mode: drift
      app-id: \${{ vars.GITOPS_GOVERNANCE_APP_ID }}
    secrets:
      app-private-key: \${{ secrets.GITOPS_GOVERNANCE_APP_KEY }}
`;
}

/**
 * `.github/workflows/observe.yaml`, after workflows/observe.yaml: written when the repository is
 * deployed by Argo CD (see `Detected.observe`). The server is the variable ARGOCD_SERVER, the name
 * the preview callers use; the reusable workflow falls back to `argocd.server` of .gitops.yaml when
 * it is empty. With no server in .gitops.yaml the job is skipped until the variable is set, so a
 * fresh repository does not fail every 15 minutes.
 */
export function observeCaller(pin: Pin, serverInConfig: boolean): string {
  const server = serverInConfig
    ? "# The variable ARGOCD_SERVER, when set, wins over argocd.server in .gitops.yaml."
    : "# Set the variable ARGOCD_SERVER (host[:port] of the Argo CD API); until then the job is skipped.";
  const gate = serverInConfig ? "" : "\n    if: vars.ARGOCD_SERVER != ''";
  return `# Written by \`gitops init\` from gitops-actions' workflows/observe.yaml. Every 15 minutes it
# reads Argo CD and keeps one issue (label gitops-observe) per Application that stays OutOfSync,
# Degraded or with a failed sync past the grace period: updated while the problem lasts, closed on
# recovery. Store the Argo CD token of a read-only CI account ("applications, get") as the secret
# ARGOCD_AUTH_TOKEN.
${server}
name: observe

on:
  schedule:
    - cron: "*/15 * * * *"
  workflow_dispatch:

permissions:
  contents: read

jobs:
  observe:${gate}
    uses: ${uses(pin, "observe")}
    permissions:
      contents: read
      issues: write
    with:
      argocd-server: \${{ vars.ARGOCD_SERVER }}
      grace: 15m
    secrets:
      ARGOCD_AUTH_TOKEN: \${{ secrets.ARGOCD_AUTH_TOKEN }}
`;
}
