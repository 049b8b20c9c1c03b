import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Finding } from "../../core/src/finding.js";
import type { RepoModel } from "../../core/src/model/types.js";
import type { IndexEntry, RenderIndex } from "./output.js";
import { render } from "./render.js";

/** A render kept outside the repository, for a check of some targets only. */
export interface PrivateRender {
  outDir: string;
  index: RenderIndex;
  findings: Finding[];
  /** Removes the folder. */
  dispose: () => void;
}

/**
 * Renders `only` into a temporary folder: a check scoped to a change (a pre-commit hook's staged
 * files) renders what the change feeds without turning the repository's render/ into a partial
 * render that a later `gitops lint` would take for a fresh one.
 */
export async function renderPrivately(options: {
  repo: string;
  model: RepoModel;
  only: ReadonlySet<string>;
  env?: NodeJS.ProcessEnv;
}): Promise<PrivateRender> {
  const outDir = mkdtempSync(join(tmpdir(), "gitops-render-"));
  const dispose = () => {
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    if (options.only.size === 0) return { outDir, index: { targets: [] }, findings: [], dispose };
    const report = await render({
      repo: options.repo,
      model: options.model,
      outDir,
      only: options.only,
      ...(options.env ? { env: options.env } : {}),
    });
    // The entries as render made them: readIndex refuses outputs outside the repository, as it
    // should for a render/index.json that came with the repository.
    const targets = report.targets.map((t): IndexEntry => {
      const entry: IndexEntry & { ms?: number } = { ...t };
      delete entry.ms;
      return entry;
    });
    return { outDir, index: { targets }, findings: report.findings, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}
