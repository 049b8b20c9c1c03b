/**
 * `governance check --live`, release branches: the blueprint keeps `release/*` branches only as
 * long as their manifests do not drift from main. Each branch head and main's head are rendered
 * (real kustomize/helm, through packages/render) and compared target by target; a branch that has
 * rendered differently for longer than `governance.releaseBranchMaxAge` is an error finding.
 * Only git is needed: the branches come from `git ls-remote`, not from the GitHub API.
 */
import { realpathSync } from "node:fs";
import { relative } from "node:path";
import {
  git,
  gitTopLevel,
  loadConfig,
  UserError,
  type Finding,
  type SarifRuleInfo,
} from "../../core/src/index.js";
import { formatDuration, parseDuration } from "../../argocd/src/duration.js";
import { divergedSince, fetchHeads, listRemoteHeads, localRemoteHeads, RELEASE_REFS } from "./release-git.js";
import { renderCommit, type RenderedCommit } from "./release-render.js";
import { finding } from "./rules.js";

/** The release-branch rules (merged into GOVERNANCE_RULES by index.ts). */
export const RELEASE_RULES: Record<string, SarifRuleInfo> = {
  "governance/release/diverged": {
    description:
      "A release/* branch has rendered differently from main for longer than governance.releaseBranchMaxAge.",
  },
  "governance/release/unrenderable": {
    description: "A release/* branch could not be rendered, so it was not compared with main.",
  },
  "governance/release/no-remote": {
    description:
      "The repository is not a git checkout or has no origin remote, so release/* branches were not compared with main.",
  },
};

export interface ReleaseDriftOptions {
  repo: string;
  /** The remote the branches live on; default `origin`. */
  remote?: string;
  /**
   * False: compare the remote-tracking refs the checkout already has (`refs/remotes/origin/...`)
   * instead of listing and fetching the remote, for a CI checkout with fetch-depth 0 and no
   * persisted credentials. Default true.
   */
  fetch?: boolean;
  /** The time ages are measured to; default now. */
  now?: Date;
  /** Environment for the renderer (PATH, GITOPS_CACHE_DIR). */
  env?: NodeJS.ProcessEnv;
}

export interface ReleaseBranchState {
  branch: string;
  commit: string;
  /** Targets whose rendered output differs from main's (present on one side only included). */
  differing: string[];
  /** Targets not compared because they failed to render on either side. */
  unrendered: string[];
  /** When the difference began (ISO 8601), and the commit that dates it; only when differing. */
  since?: string;
  sinceCommit?: string;
  ageMs?: number;
  /** True when it has differed for longer than the maximum age. */
  stale: boolean;
}

export interface ReleaseDriftReport {
  remote: string;
  main: string;
  maxAge: string;
  branches: ReleaseBranchState[];
  findings: Finding[];
}

/**
 * Lists `release/*` on the remote, fetches them with main, renders each head and main's, and reports
 * each branch that has differed from main for longer than `governance.releaseBranchMaxAge`. The
 * difference is dated by the oldest commit since the merge-base, on either side, that changed an
 * input of a differing target (see divergedSince). A missing remote is a notice; an unreachable one
 * a UserError (exit 2).
 */
export async function releaseDrift(options: ReleaseDriftOptions): Promise<ReleaseDriftReport> {
  const { config } = loadConfig(options.repo);
  const maxAge = config.governance.releaseBranchMaxAge;
  const maxMs = parseDuration(maxAge, "governance.releaseBranchMaxAge in .gitops.yaml");
  const remote = options.remote ?? "origin";
  const report: ReleaseDriftReport = { remote, main: "main", maxAge, branches: [], findings: [] };
  const top = await gitTopLevel(options.repo);
  const remotes = top ? (await git(top, ["remote"])).stdout.split("\n") : [];
  if (!top || !remotes.includes(remote)) {
    report.findings.push(
      finding(
        "release/no-remote",
        "notice",
        `${top ? `the repository has no "${remote}" remote` : "the repository is not a git checkout"}, so its release/* branches were not compared with main`,
      ),
    );
    return report;
  }
  const fetch = options.fetch ?? true;
  const heads = fetch ? await listRemoteHeads(top, remote) : await localRemoteHeads(top, remote);
  report.main = heads.main;
  if (heads.releases.size === 0) return report;
  if (!heads.mainCommit)
    throw new UserError(`governance check --live: the "${remote}" remote has no ${heads.main} branch`);
  if (fetch) await fetchHeads(top, remote, heads.main);
  const refOf = (branch: string) =>
    fetch ? `${RELEASE_REFS}/${branch}` : `refs/remotes/${remote}/${branch}`;
  const sub = relative(realpathSync(top), realpathSync(options.repo)).split("\\").join("/");
  const main = await renderCommit(top, sub, fetch ? `${RELEASE_REFS}/main` : refOf(heads.main), options.env);
  if (main.error)
    throw new UserError(`governance check --live: ${heads.main} does not render: ${main.error}`);
  const now = (options.now ?? new Date()).getTime();
  for (const [branch, commit] of heads.releases) {
    const side = await renderCommit(top, sub, refOf(branch), options.env);
    if (side.error) {
      report.findings.push(
        finding(
          "release/unrenderable",
          "warning",
          `${branch} (${commit.slice(0, 7)}) does not render: ${side.error}`,
        ),
      );
      continue;
    }
    const state = compare(branch, commit, main, side);
    if (state.differing.length > 0) {
      const paths = [
        ...new Set(state.differing.flatMap((id) => [...inputsOf(main, id), ...inputsOf(side, id)])),
      ].sort();
      const since = await divergedSince(top, heads.mainCommit, commit, paths);
      state.since = new Date(since.seconds * 1000).toISOString().replace(/\.000Z$/, "Z");
      state.sinceCommit = since.commit;
      state.ageMs = Math.max(0, now - since.seconds * 1000);
      state.stale = state.ageMs > maxMs;
    }
    report.branches.push(state);
    if (state.stale && state.ageMs !== undefined)
      report.findings.push(
        finding(
          "release/diverged",
          "error",
          `${branch} has rendered differently from ${heads.main} for ${formatDuration(state.ageMs)} (since ${state.since}, commit ${state.sinceCommit?.slice(0, 7) ?? "?"}), longer than governance.releaseBranchMaxAge ${maxAge}: ${listed(state.differing)}; merge it back, bring it up to date or delete it`,
        ),
      );
  }
  return report;
}

function compare(
  branch: string,
  commit: string,
  main: RenderedCommit,
  side: RenderedCommit,
): ReleaseBranchState {
  const differing: string[] = [];
  const unrendered: string[] = [];
  for (const id of [...new Set([...main.targets.keys(), ...side.targets.keys()])].sort()) {
    const a = main.targets.get(id);
    const b = side.targets.get(id);
    if (a?.status === "failed" || b?.status === "failed") unrendered.push(id);
    else if (a?.status !== b?.status || a?.sha256 !== b?.sha256) differing.push(id);
  }
  return { branch, commit, differing, unrendered, stale: false };
}

function inputsOf(side: RenderedCommit, id: string): string[] {
  return side.targets.get(id)?.inputs ?? [];
}

/** At most five target ids, then a count. */
function listed(ids: readonly string[]): string {
  return ids.length <= 5 ? ids.join(", ") : `${ids.slice(0, 5).join(", ")} and ${ids.length - 5} more`;
}
