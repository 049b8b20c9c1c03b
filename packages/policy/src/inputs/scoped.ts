import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Finding } from "../../../core/src/finding.js";
import type { RepoModel } from "../../../core/src/model/types.js";
import { readIndex, type IndexEntry } from "../../../render/src/output.js";
import { renderPrivately } from "../../../render/src/private.js";

/** Some targets to check, and what their checks need besides. */
export interface ScopedInputs {
  /** Entries of the targets and of their context. */
  entries: readonly IndexEntry[];
  /** Ids loaded only for their Namespaces, never checked. */
  context: ReadonlySet<string>;
  /** Findings of a render made here about the checked targets (a context target's are not theirs). */
  findings: Finding[];
  dispose: () => void;
}

/**
 * The inputs of a check of some targets only: a change's (a pre-commit hook) or a shard's. A
 * binding's namespaceSelector needs the labels of the Namespaces an env renders, which live in the
 * env's shared targets (clusters/<env>, environments/<env>), so those come along as context.
 *
 * `rendered` says render/ already holds the targets (a shard: validate rendered them); then only
 * context render/ lacks renders, privately. Otherwise targets and context render privately, and
 * render/ is left as the last full render left it.
 */
export async function scopedInputs(
  model: RepoModel,
  targets: ReadonlySet<string>,
  options: { env?: NodeJS.ProcessEnv; rendered: boolean },
): Promise<ScopedInputs> {
  const envs = new Set(model.targets.filter((t) => targets.has(t.id)).map((t) => t.env));
  const context = new Set(
    model.targets.filter((t) => !targets.has(t.id) && !t.service && envs.has(t.env)).map((t) => t.id),
  );
  const existing = options.rendered ? readIndex(join(model.repo, "render")).targets : [];
  const usable = existing.filter(
    (e) =>
      (targets.has(e.id) || context.has(e.id)) &&
      (e.status !== "ok" || existsSync(resolve(model.repo, e.output))),
  );
  const have = new Set(usable.filter((e) => e.status === "ok" || targets.has(e.id)).map((e) => e.id));
  const missing = new Set([...targets, ...context].filter((id) => !have.has(id)));
  const own = await renderPrivately({
    repo: model.repo,
    model,
    only: missing,
    ...(options.env ? { env: options.env } : {}),
  });
  const fresh = own.index.targets.filter((e) => missing.has(e.id));
  // Only the checked targets' own render findings: the model's notes about the layout (a generator
  // that needs a cluster or the SCM) are render's and lint's to report, as a full run that finds
  // render/ fresh does not repeat them either.
  const findings = own.findings.filter((f) => f.target !== undefined && targets.has(f.target));
  return {
    entries: [...usable.filter((e) => have.has(e.id)), ...fresh],
    context,
    findings,
    dispose: own.dispose,
  };
}
