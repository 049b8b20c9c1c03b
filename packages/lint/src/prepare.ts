import { join } from "node:path";
import type { Finding } from "../../core/src/finding.js";
import type { ChangeScope } from "../../core/src/model/scope.js";
import type { InputGraph, RepoModel } from "../../core/src/model/types.js";
import { readIndex, type RenderIndex } from "../../render/src/output.js";
import { renderPrivately } from "../../render/src/private.js";
import { render } from "../../render/src/render.js";
import { staleReason } from "./freshness.js";

/** The render lint checks, and how it came to be. */
export interface LintInput {
  index: RenderIndex;
  /** Why lint rendered first, when it did. */
  reason?: string;
  /** The findings of that render. */
  rendered?: Finding[];
  /** Removes a private render's folder (a no-op otherwise); call once the outputs are read. */
  dispose: () => void;
}

/**
 * render/ as it is, rendered again when stale, or for a change's scope a private render of the
 * targets it feeds: render/ is left as the last full render left it, so a later `gitops lint`
 * never takes a partial render for a fresh one.
 */
export async function renderedIndex(
  model: RepoModel,
  graphs: ReadonlyMap<string, InputGraph>,
  scope: ChangeScope | undefined,
  options: { render?: "auto" | "never"; env?: NodeJS.ProcessEnv },
): Promise<LintInput> {
  const repo = model.repo;
  const env = options.env ? { env: options.env } : {};
  if (scope && options.render !== "never") {
    const own = await renderPrivately({ repo, model, only: scope.targets, ...env });
    if (scope.targets.size === 0) return { index: own.index, dispose: own.dispose };
    return {
      index: own.index,
      reason: `the change feeds ${scope.targets.size} target(s)`,
      rendered: own.findings,
      dispose: own.dispose,
    };
  }
  const outDir = join(repo, "render");
  const index = readIndex(outDir);
  const noop = () => undefined;
  const reason =
    options.render === "never" ? undefined : staleReason(repo, outDir, index, graphs, model.argoFiles);
  if (!reason) return { index, dispose: noop };
  const report = await render({ repo, model, ...env });
  return { index: readIndex(outDir), reason, rendered: report.findings, dispose: noop };
}
