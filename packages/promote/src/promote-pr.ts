/**
 * The promotion's pull request, after its branch was pushed: title, body
 * (changes, source commit, drift, how long each service has run in the
 * source env by Argo CD or the merge time, see pr-running.ts, the staging gate's Argo CD evidence, the target env's rendered
 * diff, see pr-diff.ts), labels and CODEOWNERS
 * reviews; then the lifecycle (older PRs it covers closed, auto-merge). A
 * GitHub refusal here says the branch is kept and a re-run opens the PR.
 */
import type { Layout } from "../../core/src/index.js";
import type { Checkout } from "./checkout.js";
import { loadCodeowners, reviewersFor } from "./codeowners.js";
import type { DriftReport } from "./drift.js";
import type { ArgoAccess, GateReport } from "./gate-argocd.js";
import { gateSection } from "./gate-evidence.js";
import type { GitHubRepo } from "./github.js";
import {
  closeEmptyPullRequest,
  openPullRequest,
  type LifecycleResult,
  type MergeMethod,
} from "./lifecycle.js";
import type { PromotionPlan } from "./plan.js";
import { sourceEntries, sourceSection } from "./pr-context.js";
import { argoRunning } from "./pr-running.js";
import { diffBudget, renderedDiffSection } from "./pr-diff.js";
import { promotionBranch, promotionTitle, pullRequestBody } from "./report.js";
import { overlayOf, type PromotionRequest } from "./services.js";
import type { Tree } from "./tree.js";

export interface PromotionPullRequest {
  github: GitHubRepo;
  layout: Layout;
  plan: PromotionPlan;
  checkout: Checkout;
  tree: Tree;
  drift: DriftReport;
  branch: string;
  remote: string;
  base: string;
  /** The branch's commit (its time is "now" for how long the source has run, so a re-run reads the same). */
  commit: string;
  sourceSha: string;
  /** The branch got a new commit: ask for reviews again. */
  created: boolean;
  /** The staging gate's evidence, shown in the body; also dates "Running for" (Argo CD is not asked twice). */
  gate?: GateReport;
  /** Argo CD for "Running for" when the env is not gated; default `process.env`, as the gate's. */
  argocd?: ArgoAccess;
}

/** Opens or updates the promotion PR and applies the lifecycle. */
export async function promotionPullRequest(p: PromotionPullRequest): Promise<LifecycleResult> {
  const { request } = p.plan;
  const reviews = reviewersFor(
    await loadCodeowners(p.tree),
    p.plan.files.map((f) => f.path),
  );
  const dirs = new Map(request.services.map((s) => [s, overlayOf(p.layout, s, request.from).dir]));
  const entries = await sourceEntries(p.checkout.git, p.checkout.prefix, p.sourceSha, dirs);
  const when = await p.checkout.git.ok(
    ["log", "-1", "--format=%cI", p.commit],
    "cannot read the branch's commit",
  );
  const argo = await argoRunning(p.layout, request, p.gate, p.argocd);
  const context = sourceSection(request.from, entries, new Date(when.trim()), argo);
  const body =
    pullRequestBody(request, p.plan.changes, p.sourceSha, p.drift) +
    (context ? `\n${context}\n` : "") +
    (p.gate ? `\n${gateSection(p.gate)}` : "");
  // Last, so the rendered diff takes only the room the rest of the body leaves.
  const diff = await renderedDiffSection({
    git: p.checkout.git,
    prefix: p.checkout.prefix,
    base: p.checkout.headSha,
    head: p.commit,
    envs: [request.to],
    limit: diffBudget(body.length),
  });
  return openPullRequest(p.github, {
    spec: {
      branch: p.branch,
      base: p.base,
      title: promotionTitle(request),
      body: `${body}\n${diff}`,
      labels: ["promotion", `env:${request.to}`],
      reviewers: reviews.reviewers,
      teamReviewers: reviews.teamReviewers,
      rerequest: p.created,
    },
    scope: { kind: "promote", envs: [request.to], services: request.services },
    ...(mergeMethod(p.layout) ? { autoMerge: mergeMethod(p.layout) } : {}),
    after: `The branch ${p.branch} was pushed to ${p.remote} (${p.commit.slice(0, 12)}) and is kept; run the same command again to open the pull request`,
  });
}

/** Closes the promotion PR of `request` when nothing is left to promote; returns its number. */
export function closeSettledPromotion(
  github: GitHubRepo,
  request: PromotionRequest,
  base: string,
): Promise<number | undefined> {
  return closeEmptyPullRequest(
    github,
    promotionBranch(request),
    base,
    `${request.to} already has what ${request.from} has for ${request.services.join(", ")}; nothing is left to promote.`,
  );
}

/** `promote.autoMerge` as a merge method, or undefined when off. */
export function mergeMethod(layout: Layout): MergeMethod | undefined {
  const v = layout.config.promote.autoMerge;
  return v === true ? "merge" : v === false ? undefined : v;
}
