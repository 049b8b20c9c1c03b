/**
 * `gitops promote`: plan the field copy, then, by mode, show it, write it,
 * or commit, push and open the pull request. Input is validated before
 * anything is read from the overlays, and nothing is written in dry-run.
 */
import { loadModel, UserError, type Layout } from "../../core/src/index.js";
import { openCheckout, headOf, remoteUrl, type Checkout } from "./checkout.js";
import { planDiff } from "./diff.js";
import { computeDrift, type DriftReport } from "./drift.js";
import { requiredChecksGate } from "./gate-checks.js";
import { checkArgoGate, gateRefusal, isGated, type ArgoAccess, type GateReport } from "./gate-argocd.js";
import type { GitOptions } from "./git.js";
import type { GitHubRepo } from "./github.js";
import { planPromotion, type Change, type PromotionPlan, type Unplaced } from "./plan.js";
import { publish } from "./publish.js";
import type { LifecycleResult } from "./lifecycle.js";
import { closeSettledPromotion, promotionPullRequest } from "./promote-pr.js";
import { commitMessage, promotionBranch, sourceFromMessage } from "./report.js";
import { checkRequest, type PromotionRequest } from "./services.js";
import { commitTree, workTree } from "./tree.js";
import { writeFilesAtomically } from "./write.js";

/** What a run does: `edit` the working tree, show a `dry-run` diff, `commit`, `push`, or open a `pr`. */
export type PromoteMode = "edit" | "dry-run" | "commit" | "push" | "pr";

export interface PromoteOptions {
  /** The infra-gitops checkout. */
  repo: string;
  from: string;
  to: string;
  services: readonly string[];
  mode: PromoteMode;
  /** Needed for `pr`, and for the required-checks gate. */
  github?: GitHubRepo;
  /** Check runs that must have passed on the source commit, on top of `promote.requiredChecks`. */
  requiredChecks?: readonly string[];
  /** Token, author identity and command log for git. */
  git?: GitOptions;
  /** The PR's base branch; the checked-out branch by default. */
  base?: string;
  /** Default `origin`. */
  remote?: string;
  /** Envs of the chain between `from` and `to` that this promotion skips on purpose (`--skip`). */
  skip?: readonly string[];
  /** The repository model when the caller has loaded it already (a fan-out promotes to each env of a group). */
  layout?: Layout;
  /** Argo CD settings and clock for the staging gate (`promote.gate`); default `process.env` and now. */
  argocd?: ArgoAccess;
}

export type PromoteStatus =
  "nothing" | "dry-run" | "edited" | "committed" | "pushed" | "unchanged" | "refused";

export interface PromoteResult {
  status: PromoteStatus;
  request: PromotionRequest;
  changes: Change[];
  drift: DriftReport;
  notes: string[];
  /** Promotable fields of the source with no place in the target: not promoted, though they differ. */
  unplaced: Unplaced[];
  /** The commit promoted from. */
  sourceSha?: string;
  /** Unified diff of the planned edits (dry-run). */
  diff?: string;
  branch?: string;
  commit?: string;
  pr?: LifecycleResult;
  /** The open promotion PR closed because nothing was left to promote. */
  closedPr?: number;
  /** Why a promotion was refused. */
  reason?: string;
  /** What the staging gate saw in Argo CD, when the target env is gated. */
  gate?: GateReport;
}

/** Runs one promotion. Bad input is a `UserError` (exit 2) before anything is written. */
export async function promote(options: PromoteOptions): Promise<PromoteResult> {
  const layout = options.layout ?? (await loadModel(options.repo));
  const request = checkRequest(layout, options.from, options.to, options.services, options.skip);
  const committing = options.mode === "commit" || options.mode === "push" || options.mode === "pr";
  if (options.mode === "pr" && !options.github) {
    throw new UserError("opening a pull request needs a GitHub token and repository (set GITHUB_TOKEN)");
  }
  const checkout = committing ? await openCheckout(options.repo, options.git ?? {}) : undefined;
  const tree = workTree(options.repo);
  const plan = await planPromotion(layout, request, tree, tree);
  const drift = await computeDrift(plan.services, plan.changes, tree, tree);
  const sourceSha = checkout?.headSha ?? (await headOf(options.repo));
  const result: PromoteResult = {
    status: "nothing",
    request,
    changes: plan.changes,
    drift,
    notes: plan.notes,
    unplaced: plan.unplaced,
    ...(sourceSha ? { sourceSha } : {}),
  };
  if (plan.changes.length === 0) {
    // Nothing left to move: an open promotion PR for this set has become empty.
    if (options.mode === "pr" && options.github && checkout) {
      const closed = await closeSettledPromotion(options.github, request, options.base ?? checkout.branch);
      if (closed !== undefined) result.closedPr = closed;
    }
    return result;
  }
  if (options.mode === "dry-run") {
    if (isGated(layout, request.to))
      result.notes.push(
        `dry run: the gate into ${request.to} (promote.gate) was not checked against Argo CD`,
      );
    return {
      ...result,
      status: "dry-run",
      diff: planDiff(plan.files),
    };
  }
  // The staging gate holds for every mode that writes: what it refuses must not reach the tree either.
  const gate = await checkArgoGate(layout, request, options.argocd);
  if (gate) {
    result.gate = gate;
    const refusal = gateRefusal(gate);
    if (refusal) return { ...result, status: "refused", reason: refusal };
  }
  if (!checkout) {
    writeFilesAtomically(options.repo, plan.files);
    return { ...result, status: "edited" };
  }
  const reason = await requiredChecksGate(options, layout, checkout.headSha);
  if (reason) return { ...result, status: "refused", reason };
  return commitAndOpen(options, layout, request, plan, checkout, result);
}

async function commitAndOpen(
  options: PromoteOptions,
  layout: Layout,
  request: PromotionRequest,
  plan: PromotionPlan,
  checkout: Checkout,
  result: PromoteResult,
): Promise<PromoteResult> {
  const { git, prefix, headSha } = checkout;
  const branch = promotionBranch(request);
  const remote = options.remote ?? "origin";
  const push = options.mode !== "commit";
  const tree = workTree(options.repo);
  const published = await publish({
    git,
    prefix,
    branch,
    headSha,
    push,
    remote,
    ...(push ? { remoteUrl: await remoteUrl(git, remote) } : {}),
    build: async (parent) => {
      if (parent === headSha)
        return { files: plan.files, message: commitMessage(request, plan.changes, headSha) };
      // The branch moved on: the same fields, copied onto its tip.
      const again = await planPromotion(layout, request, tree, commitTree(git, parent, prefix));
      return { files: again.files, message: commitMessage(request, again.changes, headSha) };
    },
  });
  let sourceSha = headSha;
  if (!published.created) {
    const message = await git.ok(
      ["log", "-1", "--format=%B", published.commit],
      "cannot read the branch's commit",
    );
    sourceSha = sourceFromMessage(message, request.from) ?? headSha;
  }
  const out: PromoteResult = {
    ...result,
    status: published.created ? (push ? "pushed" : "committed") : "unchanged",
    sourceSha,
    branch,
    commit: published.commit,
  };
  if (options.mode !== "pr" || !options.github) return out;
  out.pr = await promotionPullRequest({
    github: options.github,
    layout,
    plan,
    checkout,
    tree,
    drift: result.drift,
    branch,
    remote,
    base: options.base ?? checkout.branch,
    commit: published.commit,
    sourceSha,
    created: published.created,
    ...(result.gate ? { gate: result.gate } : {}),
    ...(options.argocd ? { argocd: options.argocd } : {}),
  });
  return out;
}
