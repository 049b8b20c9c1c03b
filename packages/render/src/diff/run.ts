import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { git, gitOk, gitTopLevel, resolveCommit } from "../../../core/src/git.js";
import { UserError } from "../../../core/src/errors.js";
import type { Finding } from "../../../core/src/finding.js";
import { changedFiles } from "../changes.js";
import { writeAtomic } from "../../../core/src/write.js";
import { outputPath, render, type RenderReport } from "../render.js";
import { compareTarget, type TargetDiff } from "./compare.js";
import { COMMENT_LIMIT, diffMarkdown } from "./markdown.js";

export interface DiffOptions {
  repo: string;
  /** The ref to compare with; its merge-base with HEAD is rendered. */
  base: string;
  env?: NodeJS.ProcessEnv;
  concurrency?: number;
  /** Character budget of the returned markdown (default: GitHub's comment limit). */
  limit?: number;
  environments?: readonly string[];
  services?: readonly string[];
  /** Only these target ids (a shard). */
  only?: ReadonlySet<string>;
}

export interface DiffReport {
  mergeBase: string;
  diffs: TargetDiff[];
  /** Budgeted markdown for a PR comment. */
  markdown: string;
  /** The complete diff, written to `render/diff.md`. */
  fullDiffFile: string;
  /** Render failures on either side. */
  findings: Finding[];
  head: RenderReport;
}

/**
 * Renders the merge-base (in a temporary git worktree) and the working tree,
 * only for the targets the change can affect, and compares them per target
 * and per object. Writes the complete markdown to `render/diff.md`.
 */
export async function diffRendered(options: DiffOptions): Promise<DiffReport> {
  const top = await gitTopLevel(options.repo);
  if (!top) throw new UserError(`diff: ${options.repo} is not inside a git repository`);
  const baseCommit = await resolveCommit(options.repo, options.base, "diff --base");
  const mergeBase = (
    await gitOk(
      options.repo,
      ["merge-base", "--end-of-options", baseCommit, "HEAD"],
      `diff: no merge-base between ${options.base} and HEAD`,
    )
  ).trim();
  const changed = await changedFiles(options.repo, mergeBase);
  const common = {
    changedPaths: changed,
    env: options.env,
    concurrency: options.concurrency,
    environments: options.environments,
    services: options.services,
    ...(options.only ? { only: options.only } : {}),
  };
  const head = await render({ repo: options.repo, ...common });

  const scratch = mkdtempSync(join(tmpdir(), "gitops-diff-"));
  const worktree = join(scratch, "base");
  try {
    await gitOk(
      top,
      ["worktree", "add", "--detach", "--quiet", "--end-of-options", worktree, mergeBase],
      "diff: cannot check out the merge-base",
    );
    const baseRepo = join(worktree, relative(top, head.layout.repo));
    const baseOut = join(scratch, "render");
    const base = existsSync(baseRepo)
      ? await render({ repo: baseRepo, outDir: baseOut, ...common })
      : undefined;
    const diffs = compareAll(head, base);
    const fullDiffFile = join(head.outDir, "diff.md");
    const rel = relative(head.layout.repo, fullDiffFile).split("\\").join("/");
    writeAtomic(fullDiffFile, diffMarkdown(diffs, { limit: Number.POSITIVE_INFINITY }));
    const markdown = diffMarkdown(diffs, { limit: options.limit ?? COMMENT_LIMIT, fullDiffPath: rel });
    const findings = [
      ...head.findings,
      ...(base?.findings ?? []).map((f) => ({ ...f, message: `base: ${f.message}` })),
    ];
    return { mergeBase, diffs, markdown, fullDiffFile, findings, head };
  } finally {
    await git(top, ["worktree", "remove", "--force", "--end-of-options", worktree]);
    rmSync(scratch, { recursive: true, force: true });
  }
}

function compareAll(head: RenderReport, base: RenderReport | undefined): TargetDiff[] {
  const ids = new Set([...head.rendered, ...(base?.rendered ?? [])]);
  const diffs: TargetDiff[] = [];
  for (const id of [...ids].sort()) {
    const h = head.targets.find((t) => t.id === id);
    const b = base?.targets.find((t) => t.id === id);
    // A side that failed to render is reported as a finding, not as "everything removed".
    if (h?.status === "failed" || b?.status === "failed") continue;
    const headYaml = h?.status === "ok" ? readFileSync(outputPath(head.outDir, id), "utf8") : undefined;
    const baseYaml =
      b?.status === "ok" && base ? readFileSync(outputPath(base.outDir, id), "utf8") : undefined;
    const meta = h ?? b;
    if (!meta) continue;
    const d = compareTarget(
      { id, env: meta.env, ...(meta.service ? { service: meta.service } : {}) },
      baseYaml,
      headYaml,
    );
    if (d) diffs.push(d);
  }
  return diffs;
}
