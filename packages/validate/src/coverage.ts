import type { LintSummary } from "../../lint/src/index.js";
import type { PolicyCheckStats } from "../../policy/src/index.js";
import type { IndexEntry } from "../../render/src/index.js";
import { statsLine, type SecretScanStats } from "../../secrets/src/index.js";

/** What render covered: its targets by outcome and the resources the rendered ones hold. */
export interface RenderCoverage {
  targets: number;
  ok: number;
  failed: number;
  skipped: number;
  /** Resources in the targets rendered this run. */
  resources: number;
}

/**
 * What one check covered, from the summary its package already reports (`--json`'s `summary`):
 * a pass that names what it checked can be told apart from one that checked nothing. Exactly
 * one field is set, the one named after the check.
 */
export interface Coverage {
  render?: RenderCoverage;
  lint?: LintSummary;
  policy?: PolicyCheckStats;
  secrets?: SecretScanStats;
}

/** The one summary a coverage holds, as the check's `--json` gives it. */
export function coverageSummary(
  c: Coverage,
): RenderCoverage | LintSummary | PolicyCheckStats | SecretScanStats | undefined {
  return c.render ?? c.lint ?? c.policy ?? c.secrets;
}

/** Render's coverage from its targets (the `render/index.json` entries). */
export function renderCoverage(targets: readonly Pick<IndexEntry, "status" | "resources">[]): RenderCoverage {
  const count = (s: IndexEntry["status"]) => targets.filter((t) => t.status === s).length;
  return {
    targets: targets.length,
    ok: count("ok"),
    failed: count("failed"),
    skipped: count("skipped"),
    resources: targets.filter((t) => t.status === "ok").reduce((n, t) => n + t.resources, 0),
  };
}

/**
 * One phrase saying what a check covered, for the text report and the summary table:
 * `412 resources in 14 targets against Kubernetes 1.34 schemas + 120 CRD kinds (6 used), strict; ...`.
 */
export function coverageText(c: Coverage): string | undefined {
  if (c.render) {
    const r = c.render;
    const skipped = r.skipped ? `, ${r.skipped} skipped` : "";
    return `${r.ok} of ${plural(r.targets, "target")} rendered (${r.failed} failed${skipped}), ${plural(r.resources, "resource")}`;
  }
  if (c.lint) {
    const l = c.lint;
    const schemas =
      l.schemaEngine === "kubeconform"
        ? `kubeconform's Kubernetes ${l.kubeVersion} schemas`
        : `Kubernetes ${l.kubeVersion} schemas + ${plural(l.crdKinds, "CRD kind")} (${l.crdKindsUsed.length} used)`;
    return (
      `${plural(l.resources, "resource")} in ${plural(l.targets, "target")} against ${schemas}, ` +
      `${l.strict ? "strict" : "not strict"}; ${plural(l.applications, "Application")}, ${plural(l.files, "YAML file")}`
    );
  }
  if (c.policy) {
    const p = c.policy;
    if (p.policies === 0) return "no policies (nothing checked)";
    const waived = p.waived ? `, ${p.waived} waived` : "";
    const of = p.targets ? ` of ${plural(p.targets, "target")}` : "";
    return `${p.policies} polic${p.policies === 1 ? "y" : "ies"} × ${plural(p.resources, "object")}${of}: ${p.evaluations} matched and evaluated${waived}`;
  }
  if (c.secrets) {
    // The secret scan's own line, made a phrase: "Scanned 58 files (12.3 KiB) with ..." -> "58 files ...".
    return statsLine(c.secrets)
      .replace(/^Scanned /, "")
      .replace(/\.$/, "");
  }
  return undefined;
}

/**
 * The coverage of a sharded run, from each shard's: what a shard rendered and checked adds up;
 * what every shard sees whole (the model's targets, the repo's Applications, YAML files and
 * policies, the known CRD kinds) is the largest. Each shard's render leaves the other shards'
 * targets skipped, so skipped is what no shard rendered.
 */
export function mergeCoverage(parts: readonly Coverage[]): Coverage {
  const out: Coverage = {};
  for (const p of parts) {
    if (p.render) {
      const a = out.render;
      const targets = Math.max(a?.targets ?? 0, p.render.targets);
      const ok = (a?.ok ?? 0) + p.render.ok;
      const failed = (a?.failed ?? 0) + p.render.failed;
      out.render = {
        targets,
        ok,
        failed,
        skipped: Math.max(0, targets - ok - failed),
        resources: (a?.resources ?? 0) + p.render.resources,
      };
    }
    if (p.lint) {
      const a = out.lint;
      out.lint = a
        ? {
            ...a,
            targets: Math.max(a.targets, p.lint.targets),
            resources: a.resources + p.lint.resources,
            applications: Math.max(a.applications, p.lint.applications),
            files: Math.max(a.files, p.lint.files),
            crdKinds: Math.max(a.crdKinds, p.lint.crdKinds),
            crdKindsUsed: [...new Set([...a.crdKindsUsed, ...p.lint.crdKindsUsed])].sort(),
          }
        : { ...p.lint };
    }
    if (p.policy) {
      const a = out.policy;
      out.policy = a
        ? {
            ...a,
            policies: Math.max(a.policies, p.policy.policies),
            resources: a.resources + p.policy.resources,
            targets: a.targets + p.policy.targets,
            evaluations: a.evaluations + p.policy.evaluations,
            waived: a.waived + p.policy.waived,
            kyverno: a.kyverno || p.policy.kyverno,
            conftest: a.conftest || p.policy.conftest,
          }
        : { ...p.policy };
    }
    if (p.secrets) out.secrets ??= p.secrets;
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
