#!/usr/bin/env bash
# Promote services from one environment's overlay to the next, e.g.
#   scripts/promote.sh staging prod cms web --dry-run
# Copies the promotable fields (image tags, digests, chart versions) with
# `gitops promote`; any extra arguments (--dry-run, --commit, --push, --pr,
# --json) are passed through as-is.
set -euo pipefail

usage() {
  cat >&2 <<'USAGE'
usage: scripts/promote.sh <from-env> <to-env> <service>... [--dry-run | --commit | --push | --pr]

  from-env, to-env   environments under apps/<service>/overlays/ (staging, prod)
  service            one or more folders under apps/ (cms, web, queue)

Set GITOPS to run another CLI build (default: "npx --no-install gitops").
USAGE
}

if [[ $# -ge 1 && ( "$1" == "-h" || "$1" == "--help" ) ]]; then
  usage
  exit 0
fi
if [[ $# -lt 3 ]]; then
  usage
  exit 2
fi

from="$1"
to="$2"
shift 2

# The command itself may be several words (npx --no-install gitops); split it
# into an array once. User arguments are never re-split or evaluated.
read -r -a gitops <<<"${GITOPS:-npx --no-install gitops}"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec "${gitops[@]}" promote "$from" "$to" "$@"
