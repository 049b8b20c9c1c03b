import type { CacheStore } from "../../cache/src/index.js";
import type { DiffReport } from "./diff/run.js";
import { diffRendered } from "./diff/run.js";
import { render, type RenderReport } from "./render.js";

export interface CiRenderOptions {
  repo: string;
  environments?: readonly string[];
  services?: readonly string[];
  /** Render only targets changed since this ref (a pull request's base, say). */
  changedSince?: string;
  /** Also render the merge-base and diff against it (needs `changedSince`). */
  diff: boolean;
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
  /** The persistent cache (see RenderOptions.cache): the merge-base render uses it too. */
  cache?: CacheStore | false;
}

export interface CiRenderResult {
  report: RenderReport;
  diff?: DiffReport;
}

/**
 * What the render action does, in one call: a pull request renders only the
 * targets its change affects, and with `diff` also the merge-base, giving the
 * rendered diff; elsewhere everything renders. The diff path renders head
 * itself, so the targets are rendered once either way.
 */
export async function renderForCi(o: CiRenderOptions): Promise<CiRenderResult> {
  const filters = {
    environments: o.environments,
    services: o.services,
    ...(o.cache !== undefined ? { cache: o.cache } : {}),
  };
  if (o.diff && o.changedSince !== undefined) {
    const diff = await diffRendered({
      repo: o.repo,
      base: o.changedSince,
      env: o.env,
      concurrency: o.concurrency,
      ...filters,
    });
    return { report: diff.head, diff };
  }
  const report = await render({
    repo: o.repo,
    changedSince: o.changedSince,
    concurrency: o.concurrency,
    env: o.env,
    ...filters,
  });
  return { report };
}
