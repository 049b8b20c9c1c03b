import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { git, gitOk, gitTopLevel, resolveCommit } from "../../../core/src/git.js";
import { UserError } from "../../../core/src/errors.js";
import { CONFIG_FILE } from "../../../core/src/config.js";
import { loadModel } from "../../../core/src/model/load.js";
import type { InputGraph } from "../../../core/src/model/types.js";
import type { Finding } from "../../../core/src/finding.js";
import type { CacheStore } from "../../../cache/src/index.js";
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
  /** The persistent cache for both sides' renders (see RenderOptions.cache). */
  cache?: CacheStore | false;
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
  const model = await loadModel(options.repo, options.env ? { env: options.env } : {});
  // A target that needs a remote base or chart renders on neither side without network; when
  // the change touches none of its local files it cannot differ, so it is a notice, not two errors.
  const unreachable = model.config.render.allowNetwork
    ? []
    : model.targets.filter(
        (t) => model.graph(t.id).remote.length > 0 && !touches(model.graph(t.id), changed),
      );
  const skip = new Set(unreachable.map((t) => t.id));
  const onlyOf = (ids: readonly string[]) =>
    new Set(ids.filter((id) => !skip.has(id) && (!options.only || options.only.has(id))));
  const common = {
    changedPaths: changed,
    env: options.env,
    concurrency: options.concurrency,
    environments: options.environments,
    services: options.services,
    ...(options.cache !== undefined ? { cache: options.cache } : {}),
  };
  const head = await render({
    repo: options.repo,
    model,
    only: onlyOf(model.targets.map((t) => t.id)),
    ...common,
  });
  const notices: Finding[] = unreachable.map((t) => ({
    tool: "render",
    rule: "diff-remote-unchanged",
    severity: "notice",
    message: `${t.id}: needs remote ${model.graph(t.id).remote.join(", ")} and the change touches none of its files; not compared (network access is off)`,
    target: t.id,
    file: t.source,
  }));

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
    // A base from before the repo had a .gitops.yaml renders with the head's, so both sides
    // are found and rendered the same way.
    const headConfig = join(head.layout.repo, CONFIG_FILE);
    if (existsSync(baseRepo) && existsSync(headConfig) && !existsSync(join(baseRepo, CONFIG_FILE)))
      copyFileSync(headConfig, join(baseRepo, CONFIG_FILE));
    const baseModel = existsSync(baseRepo)
      ? await loadModel(baseRepo, { outDir: baseOut, ...(options.env ? { env: options.env } : {}) })
      : undefined;
    // A base with nothing to render (the change adds the first targets) compares as empty.
    const base =
      baseModel && baseModel.targets.length > 0
        ? await render({
            repo: baseRepo,
            outDir: baseOut,
            model: baseModel,
            only: onlyOf(baseModel.targets.map((t) => t.id)),
            ...common,
          })
        : undefined;
    const diffs = compareAll(head, base);
    const fullDiffFile = join(head.outDir, "diff.md");
    const rel = relative(head.layout.repo, fullDiffFile).split("\\").join("/");
    writeAtomic(fullDiffFile, diffMarkdown(diffs, { limit: Number.POSITIVE_INFINITY }));
    const markdown = diffMarkdown(diffs, { limit: options.limit ?? COMMENT_LIMIT, fullDiffPath: rel });
    // The base lives in a temporary worktree: its findings name files as the repo does.
    const scrub = (text: string) =>
      text
        .split(baseRepo + "/")
        .join("")
        .split(baseRepo)
        .join(".")
        .split(scratch)
        .join("<base>");
    const findings = [
      ...notices,
      ...head.findings,
      ...(base?.findings ?? []).map((f) => ({
        ...f,
        message: `base: ${scrub(f.message)}`,
        ...(f.file ? { file: scrub(f.file) } : {}),
      })),
    ];
    return { mergeBase, diffs, markdown, fullDiffFile, findings, head };
  } finally {
    await git(top, ["worktree", "remove", "--force", "--end-of-options", worktree]);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** True when a changed path is one of the graph's local files or inside one of its folders. */
function touches(g: InputGraph, changed: readonly string[]): boolean {
  return changed.some((c) => g.files.has(c) || [...g.dirs].some((d) => d === "" || c.startsWith(`${d}/`)));
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
