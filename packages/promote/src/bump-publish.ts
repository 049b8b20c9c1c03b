/**
 * `gitops bump --push/--pr` and the bump action: the bump goes on its own
 * branch `bump/<env>/<service>`, built on HEAD like a promotion (publish.ts:
 * force-with-lease, retries on push races, a re-run reuses the commit), so
 * one pull request per env and service exists and a newer image replaces
 * the older bump in it. The PR tells the reviewer where the image comes
 * from: source repository and commit, the workflow run, and the source
 * commits since the image deployed now (GitHub's compare API).
 */
import type { Layout } from "../../core/src/index.js";
import type { BumpOptions, BumpPlan, BumpResult } from "./bump.js";
import type { Checkout } from "./checkout.js";
import { remoteUrl } from "./checkout.js";
import { loadCodeowners, reviewersFor } from "./codeowners.js";
import type { GitHubRepo } from "./github.js";
import { closeEmptyPullRequest, openPullRequest, type MergeMethod } from "./lifecycle.js";
import { publish } from "./publish.js";
import { compareSection, deployedSource, sourceLine } from "./bump-body.js";
import { cell } from "./report.js";
import { commitTree, workTree, type Tree } from "./tree.js";

/** How `push` and `pr` publish; everything has a default but `github` for `pr`. */
export interface BumpPublishSettings {
  /** Default `origin`. */
  remote?: string;
  /** The PR's base; the branch checked out by default. */
  base?: string;
  /** The infra repository on GitHub (needed for `pr`). */
  github?: GitHubRepo;
  /** The service repository on GitHub, for the compare API (often the same client, another repo). */
  sourceGithub?: GitHubRepo;
  /** Enable auto-merge; else `promote.autoMerge`. */
  autoMerge?: MergeMethod;
  /** The workflow run that built the image, linked from the PR. */
  runUrl?: string;
  /** `https://github.com` or the GHES server, for commit links. */
  serverUrl?: string;
}

interface PublishArgs {
  layout: Layout;
  options: BumpOptions;
  checkout: Checkout;
  plan: BumpPlan;
  result: BumpResult;
  /** Replans on another tree and writes the commit message (bump.ts, passed in to keep imports one-way). */
  replan: (tree: Tree) => Promise<BumpPlan>;
  message: (plan: BumpPlan) => string;
}

/** `bump/<env>/<service>`: one branch, so one PR, per env and service. */
export function bumpBranch(env: string, service: string): string {
  return `bump/${env}/${service}`;
}

/** Commits this tool wrote on a bump branch (replaced by a newer bump, never kept as someone's work). */
function isBumpCommit(env: string, service: string) {
  const title = `bump ${service} in ${env} to `;
  return (message: string) => message.startsWith(title);
}

/** Pushes the bump on its branch and, for `pr`, opens or updates its pull request. */
export async function publishBump(args: PublishArgs): Promise<BumpResult> {
  const { layout, options, checkout, plan, result } = args;
  const settings = options.publish ?? {};
  const { git, prefix, headSha } = checkout;
  const branch = bumpBranch(options.env, options.service);
  const remote = settings.remote ?? "origin";
  const base = settings.base ?? checkout.branch;
  const github = options.mode === "pr" ? settings.github : undefined;
  if (plan.set.changes.length === 0) {
    // The env already runs this image: an open bump PR has nothing left to merge.
    const closed = github
      ? await closeEmptyPullRequest(
          github,
          branch,
          base,
          `${options.service} in ${options.env} already runs ${plan.to} on ${base}.`,
        )
      : undefined;
    return { ...result, branch, ...(closed !== undefined ? { closedPr: closed } : {}) };
  }
  const published = await publish({
    git,
    prefix,
    branch,
    headSha,
    push: true,
    remote,
    remoteUrl: await remoteUrl(git, remote),
    isOwn: isBumpCommit(options.env, options.service),
    build: async (parent) => {
      const again = parent === headSha ? plan : await args.replan(commitTree(git, parent, prefix));
      return { files: again.set.files(), message: args.message(again) };
    },
  });
  const out: BumpResult = {
    ...result,
    status: published.created ? "pushed" : "unchanged",
    branch,
    commit: published.commit,
    message: args.message(plan),
  };
  if (!github) return out;
  const tree = workTree(options.repo);
  const files = plan.set.files().map((f) => f.path);
  const reviews = reviewersFor(await loadCodeowners(tree), files);
  const autoMerge = settings.autoMerge ?? configMergeMethod(layout);
  out.pr = await openPullRequest(github, {
    spec: {
      branch,
      base,
      title: `Bump ${options.service} in ${options.env} to ${plan.version}`,
      body: await bumpBody(args, settings),
      labels: ["bump", `env:${options.env}`],
      reviewers: reviews.reviewers,
      teamReviewers: reviews.teamReviewers,
      rerequest: published.created,
    },
    scope: { kind: "bump", envs: [options.env], services: [options.service] },
    ...(autoMerge ? { autoMerge } : {}),
    after: `The branch ${branch} was pushed to ${remote} (${published.commit.slice(0, 12)}) and is kept; run the same bump again to open the pull request`,
  });
  return out;
}

async function bumpBody(args: PublishArgs, settings: BumpPublishSettings): Promise<string> {
  const { options, plan, checkout } = args;
  const rows = plan.set.changes.map(
    (c) => `| ${cell(c.file)} | ${cell(c.field)} | ${cell(c.from)} | ${cell(c.to)} |`,
  );
  const deployed = await deployedSource(
    checkout,
    options,
    plan.set.changes.map((c) => c.file),
  );
  const compare = await compareSection(settings.sourceGithub, options, deployed, settings.serverUrl);
  return [
    "<!-- gitops-actions:bump -->",
    `Bumps **${options.service}** in \`${options.env}\` to \`${plan.to}\`.`,
    "",
    "| File | Field | Before | After |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    sourceLine(options, settings.runUrl, settings.serverUrl),
    ...(compare ? ["", compare] : []),
    "",
  ].join("\n");
}

function configMergeMethod(layout: Layout): MergeMethod | undefined {
  const v = layout.config.promote.autoMerge;
  return v === true ? "merge" : v === false ? undefined : v;
}
