/**
 * The bump action's work, run from a service repository's pipeline: clone
 * the infra-gitops repository (the token travels only as an http.extraheader,
 * as every push does), then bump there with `--pr`. The clone is a fresh
 * folder the run owns, so the service's own checkout is never touched.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../../core/src/index.js";
import { bump, type BumpResult, type BumpTarget } from "./bump.js";
import { parseImageRef, type ImageRef } from "./bump-ref.js";
import type { BumpPublishSettings } from "./bump-publish.js";
import { Git, gitReason, type GitOptions } from "./git.js";
import type { RegistryOptions } from "./oci-digest.js";
import type { GitHubRepo } from "./github.js";
import { cell } from "./report.js";

export interface BumpCloneOptions {
  /** The infra repository's clone URL (`<server>/<owner>/<name>.git`). */
  cloneUrl: string;
  /** The infra repository on GitHub (owner/name and a client). */
  github: GitHubRepo;
  /** A folder the clone may go under (RUNNER_TEMP). */
  workDir: string;
  /** Empty: the first env of the promotion order. */
  env: string;
  service: string;
  target: BumpTarget;
  /** Token (for clone and push), identity and log. */
  git: GitOptions;
  sourceRepository?: string;
  sourceCommit?: string;
  sourceCommitDate?: string;
  publish: Omit<BumpPublishSettings, "github">;
  /** Pin the image's tag to its registry digest (the action's `resolve-digest`). */
  resolveDigest?: RegistryOptions;
}

export interface BumpCloneResult extends BumpResult {
  /** Where the infra repository was cloned. */
  clone: string;
}

/** Clones the infra repository and bumps it with a pull request. */
export async function bumpInClone(options: BumpCloneOptions): Promise<BumpCloneResult> {
  mkdirSync(options.workDir, { recursive: true });
  const clone = join(mkdtempSync(join(options.workDir, "gitops-bump-")), "infra");
  const slug = `${options.github.owner}/${options.github.repo}`;
  const r = await new Git(options.workDir, options.git).run(
    ["clone", "--quiet", "--no-tags", "--single-branch", "--end-of-options", options.cloneUrl, clone],
    { auth: options.cloneUrl },
  );
  if (r.code !== 0) {
    throw new UserError(
      `cannot clone ${slug} from ${options.cloneUrl}: ${gitReason(r)}; the token needs contents: write on ${slug} (a GitHub App token for that repository)`,
    );
  }
  const result = await bump({
    repo: clone,
    env: options.env,
    service: options.service,
    target: options.target,
    mode: "pr",
    git: options.git,
    ...(options.sourceRepository ? { sourceRepository: options.sourceRepository } : {}),
    ...(options.sourceCommit ? { sourceCommit: options.sourceCommit } : {}),
    ...(options.sourceCommitDate ? { sourceCommitDate: options.sourceCommitDate } : {}),
    publish: { ...options.publish, github: options.github },
    ...(options.resolveDigest ? { resolveDigest: options.resolveDigest } : {}),
  });
  return { ...result, clone };
}

/** The action's `image` and `digest` inputs as one reference; a digest given twice is a `UserError`. */
export function imageWithDigest(image: string, digest: string | undefined): ImageRef {
  if (!digest) return parseImageRef(image);
  if (image.includes("@")) {
    throw new UserError(
      `image ${JSON.stringify(image)} already holds a digest; give it there or in digest, not both`,
    );
  }
  return parseImageRef(`${image}@${digest}`);
}

/** The job summary: what was bumped where, and the pull request. */
export function bumpSummary(slug: string, r: BumpResult): string {
  const head = `### gitops bump: ${r.service} in ${r.env} of ${slug} to \`${r.to}\`\n\n`;
  if (r.status === "nothing") {
    const closed = r.closedPr !== undefined ? ` Pull request #${r.closedPr} was closed.` : "";
    return `${head}${r.env} already runs this image; nothing to bump.${closed}\n`;
  }
  const rows = r.changes.map(
    (c) => `| ${cell(c.file)} | ${cell(c.field)} | ${cell(c.from)} | ${cell(c.to)} |`,
  );
  const pr = r.pr ? `Pull request [#${r.pr.number}](${r.pr.url}) ${r.pr.action}.` : "";
  return `${head}| File | Field | Before | After |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n\n${pr}\n`;
}
