import { countBySeverity, sortFindings, type Finding } from "../finding.js";

/** The `summary` object of every `--json` report: counts first, then whatever the command adds. */
export interface JsonSummary {
  errors: number;
  warnings: number;
  notices: number;
  [extra: string]: unknown;
}

/** `{ "findings": [...], "summary": {...} }`: the `lint`/`policy`/`secrets`/`validate` contract. */
export interface JsonReport {
  findings: Finding[];
  summary: JsonSummary;
}

/**
 * The `--json` document of a findings command (DESIGN.md, CLI contract): findings worst first and
 * a summary of counts plus `extra` (e.g. `{ targets: 12, failedTargets: 0 }`).
 *
 * The counts are always computed from `findings`; an `extra` key of the same name is ignored, so
 * the summary cannot disagree with the list it summarises.
 */
export function toJsonReport(findings: readonly Finding[], extra: Record<string, unknown> = {}): JsonReport {
  const counts = countBySeverity(findings);
  const summary: JsonSummary = { errors: counts.error, warnings: counts.warning, notices: counts.notice };
  for (const [key, value] of Object.entries(extra)) {
    // defineProperty, not assignment: a `__proto__` key from parsed input stays a plain key.
    if (!Object.hasOwn(summary, key)) {
      Object.defineProperty(summary, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return { findings: sortFindings(findings), summary };
}

/** {@link toJsonReport} as the text printed on stdout: two-space indent, trailing newline. */
export function formatJson(findings: readonly Finding[], extra?: Record<string, unknown>): string {
  return `${JSON.stringify(toJsonReport(findings, extra), null, 2)}\n`;
}
