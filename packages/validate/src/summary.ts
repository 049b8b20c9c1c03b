import { countBySeverity, failsAt, type Finding, type Severity } from "../../core/src/finding.js";
import { formatText, markdownCell, toSummaryMarkdown } from "../../core/src/reporters/index.js";
import { coverageText, type Coverage } from "./coverage.js";

/** One check's outcome in a validate run. */
export interface CheckOutcome {
  name: string;
  findings: Finding[];
  /** Set when the check could not run at all (its job failed, say). */
  problem?: string;
  /** Wall time in milliseconds, when measured. */
  ms?: number;
  /** What the check covered (resources, schemas, policies × objects, files and bytes). */
  coverage?: Coverage;
}

/** Checks ordered worst first: a check that could not run, then by errors, warnings, notices. */
export function worstFirst(checks: readonly CheckOutcome[]): CheckOutcome[] {
  const score = (c: CheckOutcome) => {
    const n = countBySeverity(c.findings);
    return [c.problem ? 1 : 0, n.error, n.warning, n.notice];
  };
  return [...checks].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if ((sb[i] ?? 0) !== (sa[i] ?? 0)) return (sb[i] ?? 0) - (sa[i] ?? 0);
    return a.name.localeCompare(b.name);
  });
}

/** True when the run fails: a check could not run, or a finding is at or above `failOn`. */
export function validateFails(checks: readonly CheckOutcome[], failOn: Severity): boolean {
  return checks.some((c) => c.problem !== undefined || failsAt(c.findings, failOn));
}

/**
 * The one summary of a validate run: a table of checks (worst first), then a
 * findings table per check that has findings, also worst first.
 */
export function validateMarkdown(
  checks: readonly CheckOutcome[],
  opts: { failOn: Severity; seconds?: number; repoUrl?: string; sha?: string; details?: boolean },
): string {
  const ordered = worstFirst(checks);
  const failed = validateFails(checks, opts.failOn);
  const all = checks.flatMap((c) => c.findings);
  const n = countBySeverity(all);
  const time = opts.seconds === undefined ? "" : ` in ${opts.seconds.toFixed(1)} s`;
  const lines = [
    "## gitops validate",
    "",
    `${failed ? "❌" : "✅"} ${n.error} error(s), ${n.warning} warning(s), ${n.notice} notice(s) from ${checks.length} check(s)${time}.`,
    "",
    "| Check | Result | Errors | Warnings | Notices | Covered |",
    "| --- | --- | ---: | ---: | ---: | --- |",
  ];
  for (const c of ordered) {
    const cn = countBySeverity(c.findings);
    const result = c.problem
      ? `❌ ${c.problem}`
      : failsAt(c.findings, opts.failOn)
        ? "❌ failed"
        : "✅ passed";
    const covered = c.coverage ? (coverageText(c.coverage) ?? "") : "";
    lines.push(
      `| ${c.name} | ${result} | ${cn.error} | ${cn.warning} | ${cn.notice} | ${markdownCell(covered)} |`,
    );
  }
  lines.push("");
  if (opts.details === false) return lines.join("\n");
  // Each findings table gets a share of GitHub's 1 MiB step-summary budget.
  const budget = Math.floor(900_000 / Math.max(1, ordered.length));
  for (const c of ordered.filter((x) => x.findings.length > 0)) {
    const md = toSummaryMarkdown(c.findings, {
      title: c.name,
      check: c.name,
      failOn: opts.failOn,
      maxBytes: budget,
      ...linkOpts(opts),
    });
    lines.push(md.replace(/^#+ /, "### "), "");
  }
  return lines.join("\n");
}

/** Plain text for a terminal: one block per check with findings, worst first, then the totals. */
export function validateText(
  checks: readonly CheckOutcome[],
  opts: { failOn: Severity; seconds?: number },
): string {
  const out: string[] = [];
  for (const c of worstFirst(checks)) {
    const cn = countBySeverity(c.findings);
    const state = c.problem
      ? `could not run: ${c.problem}`
      : failsAt(c.findings, opts.failOn)
        ? "failed"
        : "passed";
    const covered = c.coverage ? coverageText(c.coverage) : undefined;
    out.push(
      `== ${c.name}: ${state} (${cn.error} error(s), ${cn.warning} warning(s), ${cn.notice} notice(s))` +
        (covered ? ` — ${covered}` : ""),
    );
    if (c.findings.length > 0) out.push(formatText(c.findings).trimEnd());
  }
  const time = opts.seconds === undefined ? "" : ` in ${opts.seconds.toFixed(1)} s`;
  out.push(`validate ${validateFails(checks, opts.failOn) ? "failed" : "passed"}${time}`);
  return out.join("\n") + "\n";
}

function linkOpts(o: { repoUrl?: string; sha?: string }): { repoUrl?: string; sha?: string } {
  return o.repoUrl && o.sha ? { repoUrl: o.repoUrl, sha: o.sha } : {};
}
