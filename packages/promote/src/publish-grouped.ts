/**
 * `promote.prs: grouped`: a promotion to a fan-out group (`prod` for
 * `prod-us, prod-eu`) as ONE branch and ONE pull request holding every env's
 * changes, Telefonistka's grouped mode. Each env is planned on its own
 * (plan.ts), the plans are published together (publish.ts), and the PR's
 * scope names every env, so it supersedes the per-env PRs it covers.
 * `per-env` needs nothing here: it is one ordinary promotion per env.
 */
import { loadModel, UserError, type Layout } from "../../core/src/index.js";
import { openCheckout, remoteUrl } from "./checkout.js";
import { loadCodeowners, reviewersFor } from "./codeowners.js";
import { computeDrift, type DriftReport } from "./drift.js";
import { requiredChecksGate } from "./gate-checks.js";
import { closeEmptyPullRequest, openPullRequest, type LifecycleResult } from "./lifecycle.js";
import { planPromotion, type Change, type PromotionPlan } from "./plan.js";
import { sourceEntries, sourceSection } from "./pr-context.js";
import { argoRunning } from "./pr-running.js";
import { diffBudget, renderedDiffSection } from "./pr-diff.js";
import type { GateReport } from "./gate-argocd.js";
import { gateSection } from "./gate-evidence.js";
import { mergeMethod } from "./promote-pr.js";
import type { PromoteOptions } from "./promote.js";
import { publish } from "./publish.js";
import { changesTable, driftSection, trailer } from "./report.js";
import { checkRequest, overlayOf, type PromotionRequest } from "./services.js";
import { commitTree, workTree, type Tree } from "./tree.js";

/** One env of the group: what it gets, and what differs but stays. */
export interface EnvPlan {
  request: PromotionRequest;
  plan: PromotionPlan;
  drift: DriftReport;
}

export interface GroupedResult {
  status: "nothing" | "committed" | "pushed" | "unchanged" | "refused";
  /** The group as given (`options.to`) and its envs, in chain order. */
  to: string;
  envs: string[];
  targets: EnvPlan[];
  branch: string;
  commit?: string;
  sourceSha: string;
  pr?: LifecycleResult;
  closedPr?: number;
  reason?: string;
}

/**
 * Promotes `options.services` from `options.from` to every env of `envs` (the
 * group `options.to` names) on one branch, `promote/<to>/<services>`, with
 * one PR in `pr` mode. Only the committing modes group; `edit` and `dry-run`
 * are the same per env.
 */
export async function promoteGrouped(
  options: PromoteOptions,
  envs: readonly string[],
  /** The services each env gets, when not all (a DR env gets those its clusters run). */
  servicesOf: (env: string) => readonly string[] = () => options.services,
  /** What the staging gate saw, when the group is gated and passed: shown in the body. */
  gateReport?: GateReport,
): Promise<GroupedResult> {
  if (options.mode !== "commit" && options.mode !== "push" && options.mode !== "pr") {
    throw new UserError(`a grouped promotion commits; ${options.mode} runs per env`);
  }
  if (options.mode === "pr" && !options.github) {
    throw new UserError("opening a pull request needs a GitHub token and repository (set GITHUB_TOKEN)");
  }
  const layout = await loadModel(options.repo);
  const requests = envs.map((env) => checkRequest(layout, options.from, env, servicesOf(env), options.skip));
  const checkout = await openCheckout(options.repo, options.git ?? {});
  const tree = workTree(options.repo);
  const targets = await planAll(layout, requests, tree, tree, true);
  const services = requests[0]?.services ?? [];
  const branch = `promote/${options.to}/${services.join("-")}`;
  const base = options.base ?? checkout.branch;
  const result: GroupedResult = {
    status: "nothing",
    to: options.to,
    envs: [...envs],
    targets,
    branch,
    sourceSha: checkout.headSha,
  };
  const changes = targets.flatMap((t) => t.plan.changes);
  if (changes.length === 0) {
    if (options.mode === "pr" && options.github) {
      const why = `${envs.join(", ")} already have what ${options.from} has for ${services.join(", ")}; nothing is left to promote.`;
      const closed = await closeEmptyPullRequest(options.github, branch, base, why);
      if (closed !== undefined) result.closedPr = closed;
    }
    return result;
  }
  const refused = await requiredChecksGate(options, layout, checkout.headSha);
  if (refused) return { ...result, status: "refused", reason: refused };
  const push = options.mode !== "commit";
  const remote = options.remote ?? "origin";
  const { git, prefix, headSha } = checkout;
  const published = await publish({
    git,
    prefix,
    branch,
    headSha,
    push,
    remote,
    ...(push ? { remoteUrl: await remoteUrl(git, remote) } : {}),
    build: async (parent) => {
      const again =
        parent === headSha
          ? targets
          : await planAll(layout, requests, tree, commitTree(git, parent, prefix), false);
      return {
        files: again.flatMap((t) => t.plan.files),
        message: groupMessage(options, envs, again, headSha),
      };
    },
  });
  const out: GroupedResult = {
    ...result,
    status: published.created ? (push ? "pushed" : "committed") : "unchanged",
    commit: published.commit,
  };
  if (options.mode !== "pr" || !options.github) return out;
  const files = targets.flatMap((t) => t.plan.files.map((f) => f.path));
  const reviews = reviewersFor(await loadCodeowners(tree), files);
  const dirs = new Map(services.map((s) => [s, overlayOf(layout, s, options.from).dir]));
  const entries = await sourceEntries(git, prefix, headSha, dirs);
  // "Running for" from Argo CD when configured (the gate's evidence when there is one).
  const argo = await argoRunning(
    layout,
    { from: options.from, to: options.to, services },
    gateReport,
    options.argocd,
  );
  const when = await git.ok(
    ["log", "-1", "--format=%cI", published.commit],
    "cannot read the branch's commit",
  );
  const method = mergeMethod(layout);
  const body = groupBody(
    options.from,
    envs,
    targets,
    headSha,
    sourceSection(options.from, entries, new Date(when.trim()), argo) +
      (gateReport ? `\n\n${gateSection(gateReport)}` : ""),
  );
  // Last, so the rendered diffs take only the room the rest of the body leaves.
  const diff = await renderedDiffSection({
    git,
    prefix,
    base: headSha,
    head: published.commit,
    envs,
    limit: diffBudget(body.length),
  });
  out.pr = await openPullRequest(options.github, {
    spec: {
      branch,
      base,
      title: groupTitle(services, envs),
      body: `${body}\n${diff}`,
      labels: ["promotion", ...envs.map((e) => `env:${e}`)],
      reviewers: reviews.reviewers,
      teamReviewers: reviews.teamReviewers,
      rerequest: published.created,
    },
    scope: { kind: "promote", envs: [...envs], services },
    ...(method ? { autoMerge: method } : {}),
    after: `The branch ${branch} was pushed to ${remote} (${published.commit.slice(0, 12)}) and is kept; run the same command again to open the pull request`,
  });
  return out;
}

async function planAll(
  layout: Layout,
  requests: readonly PromotionRequest[],
  source: Tree,
  target: Tree,
  withDrift: boolean,
): Promise<EnvPlan[]> {
  const out: EnvPlan[] = [];
  for (const request of requests) {
    const plan = await planPromotion(layout, request, source, target);
    const drift = withDrift
      ? await computeDrift(plan.services, plan.changes, source, target)
      : { items: [], omitted: 0 };
    out.push({ request, plan, drift });
  }
  return out;
}

function groupTitle(services: readonly string[], envs: readonly string[]): string {
  return `Promote ${services.join(", ")} to ${envs.join(", ")}`;
}

/** One title, one line per change and env, one `Promoted-From` trailer (the source is one commit). */
function groupMessage(
  options: PromoteOptions,
  envs: readonly string[],
  targets: readonly EnvPlan[],
  sha: string,
): string {
  const line = (env: string, c: Change) =>
    `- ${env}/${c.service}: ${c.field} ${c.from ?? "(unset)"} -> ${c.to ?? "(unset)"} (${c.file})`;
  const lines = targets.flatMap((t) => t.plan.changes.map((c) => line(t.request.to, c)));
  const first = targets[0]?.request;
  const services = first?.services ?? [];
  const source = first ? trailer(first, sha) : `Promoted-From: ${options.from}@${sha}`;
  return `${groupTitle(services, envs)}\n\n${lines.join("\n")}\n\n${source}\n`;
}

function groupBody(
  from: string,
  envs: readonly string[],
  targets: readonly EnvPlan[],
  sha: string,
  context: string,
): string {
  const sections = targets.flatMap((t) => [
    `### ${t.request.to}`,
    "",
    t.plan.changes.length > 0 ? changesTable(t.request, t.plan.changes) : `${t.request.to} already has it.`,
    "",
    driftSection(t.request, t.drift),
    "",
  ]);
  return [
    "<!-- gitops-actions:promotion -->",
    `Promotes from \`${from}\` to ${envs.map((e) => `\`${e}\``).join(", ")} in one pull request (\`promote.prs: grouped\`): only the promotable fields move.`,
    "",
    ...sections,
    `Source commit: \`${sha}\` (trailer \`Promoted-From: ${from}@${sha}\`).`,
    ...(context ? ["", context] : []),
    "",
  ].join("\n");
}
