import type { Finding } from "../../core/src/finding.js";
import type { RenderIndex } from "../../render/src/output.js";
import { isSyncWave, SYNC_WAVE } from "./argo/cross.js";
import type { RenderedResource } from "./rendered.js";
import type { Locate } from "./schema/check.js";

const ARGO_KINDS = new Set(["Application", "ApplicationSet", "AppProject"]);

/** When lint does not render, targets that failed in the last render are still errors. */
export function freshRenderFindings(index: RenderIndex): Finding[] {
  return index.targets
    .filter((t) => t.status === "failed")
    .map((t) => ({
      tool: "render",
      rule: "render-failed",
      severity: "error" as const,
      message: `${t.id} does not render: ${(t.error ?? "failed").split("\n")[0] ?? ""}`,
      file: t.source,
      target: t.id,
    }));
}

/** Sync-wave annotations on rendered resources must be integers (Argo CD objects are checked at their source). */
export function renderedSyncWaves(resources: readonly RenderedResource[], locate: Locate): Finding[] {
  const out: Finding[] = [];
  for (const r of resources) {
    if (ARGO_KINDS.has(r.kind) && r.apiVersion.startsWith("argoproj.io/")) continue;
    const metadata = r.value.metadata as { annotations?: Record<string, unknown> } | undefined;
    const wave = metadata?.annotations?.[SYNC_WAVE];
    if (wave === undefined || isSyncWave(wave)) continue;
    const at = locate(r, ["metadata", "annotations", SYNC_WAVE]);
    const f: Finding = {
      tool: "lint",
      rule: "argo/sync-wave",
      severity: "error",
      message: `${r.kind} ${r.name}: sync-wave ${JSON.stringify(wave)} is not an integer`,
      file: at.file,
      target: r.target.id,
      resource: { apiVersion: r.apiVersion, kind: r.kind, name: r.name },
    };
    if (at.line) f.line = at.line;
    out.push(f);
  }
  return out;
}

/**
 * One finding per place and message: a base shared by the staging and prod overlays renders
 * into both, and its mistake is one mistake in one file.
 */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.file ?? ""}|${f.line ?? ""}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
