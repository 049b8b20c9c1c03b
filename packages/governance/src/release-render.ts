/**
 * Renders one commit of the repository in a temporary git worktree, for the release-branch check:
 * each target's result and the files it renders from, so two commits can be compared by target.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { git, gitOk, loadModel, messageOf } from "../../core/src/index.js";
import { render } from "../../render/src/index.js";

export interface RenderedTarget {
  status: "ok" | "failed" | "skipped";
  sha256?: string;
  /** Input files and folders, relative to the top of the work tree (`.` for all of it). */
  inputs: string[];
}

export interface RenderedCommit {
  targets: Map<string, RenderedTarget>;
  /** Set when the commit could not be rendered at all (a broken .gitops.yaml, say). */
  error?: string;
}

/**
 * Checks out `commit` beside the repository and renders every target of the model found there
 * (`sub` is the repository's folder inside the work tree). Outputs go to a temporary folder that is
 * removed afterwards with the worktree; the render cache (GITOPS_CACHE_DIR) is used as usual.
 */
export async function renderCommit(
  top: string,
  sub: string,
  commit: string,
  env?: NodeJS.ProcessEnv,
): Promise<RenderedCommit> {
  const scratch = mkdtempSync(join(tmpdir(), "gitops-release-"));
  const worktree = join(scratch, "tree");
  try {
    await gitOk(
      top,
      ["worktree", "add", "--detach", "--quiet", "--end-of-options", worktree, commit],
      `governance check --live: cannot check out ${commit}`,
    );
    const repo = join(worktree, sub);
    const outDir = join(scratch, "render");
    const targets = new Map<string, RenderedTarget>();
    try {
      const model = await loadModel(repo, { outDir, ...(env ? { env } : {}) });
      if (model.targets.length === 0) return { targets };
      const report = await render({ repo, model, outDir, ...(env ? { env } : {}) });
      for (const t of report.targets) {
        const g = model.graph(t.id);
        const inputs = [...g.files, ...g.dirs].map(
          (p) => relative(worktree, join(repo, p)).split("\\").join("/") || ".",
        );
        targets.set(t.id, { status: t.status, ...(t.sha256 ? { sha256: t.sha256 } : {}), inputs });
      }
      return { targets };
    } catch (err) {
      return { targets, error: messageOf(err).split(worktree).join(".") };
    }
  } finally {
    await git(top, ["worktree", "remove", "--force", "--end-of-options", worktree]);
    rmSync(scratch, { recursive: true, force: true });
  }
}
