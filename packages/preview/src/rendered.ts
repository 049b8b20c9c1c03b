/** The preview targets rendered privately (render/ is left alone) and read back as objects. */
import type { Finding } from "../../core/src/finding.js";
import type { RepoModel } from "../../core/src/model/types.js";
import { readRendered } from "../../lint/src/rendered.js";
import { renderPrivately } from "../../render/src/private.js";

export interface RenderedPreview {
  /** The rendered objects of each target, by id. */
  objects: Map<string, Record<string, unknown>[]>;
  /** The targets' render failures and unreadable outputs. */
  findings: Finding[];
}

export async function renderPreview(
  model: RepoModel,
  targets: ReadonlySet<string>,
  env: NodeJS.ProcessEnv | undefined,
): Promise<RenderedPreview> {
  const own = await renderPrivately({ repo: model.repo, model, only: targets, ...(env ? { env } : {}) });
  try {
    // A private render repeats the model's findings about every target; only these are ours.
    const findings = own.findings.filter((f) => f.target !== undefined && targets.has(f.target));
    const read = readRendered(
      model.repo,
      own.index.targets.filter((t) => targets.has(t.id)),
    );
    findings.push(...read.findings);
    const objects = new Map<string, Record<string, unknown>[]>();
    for (const r of read.resources) {
      const list = objects.get(r.target.id) ?? [];
      list.push(r.value);
      objects.set(r.target.id, list);
    }
    return { objects, findings };
  } finally {
    own.dispose();
  }
}
