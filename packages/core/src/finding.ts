/** How bad a finding is; `error` fails the check by default. */
export type Severity = "error" | "warning" | "notice";

/** The Kubernetes object a finding is about. */
export interface ResourceRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

/**
 * The one result type of every check (render, lint, policy, secrets, ...).
 * Reporters turn a list of these into annotations, summaries, JSON, SARIF
 * and JUnit, so a new check adds rules, never a new report format.
 */
export interface Finding {
  /** The check that produced it: `render`, `lint`, `policy`, `secrets` ... */
  tool: string;
  /** Stable rule id within the tool, e.g. `schema/unknown-field`. */
  rule: string;
  severity: Severity;
  /** One line a reader can act on. Never holds a secret value. */
  message: string;
  /** Path relative to the repository root, with `/` separators. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** 1-based column in `file`. */
  column?: number;
  /** Target id (its path) when the finding is about a rendered target. */
  target?: string;
  resource?: ResourceRef;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export const SEVERITIES: readonly Severity[] = ["error", "warning", "notice"];

/** Parses a severity name; undefined when it is not one. */
export function parseSeverity(value: string): Severity | undefined {
  return (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : undefined;
}

/** True when `a` is at least as bad as `b`. */
export function atLeast(a: Severity, b: Severity): boolean {
  return RANK[a] <= RANK[b];
}

/** Worst first, then by file, line, tool and rule: the order every report uses. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.file ?? "").localeCompare(b.file ?? "") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.tool.localeCompare(b.tool) ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

export interface SeverityCounts {
  error: number;
  warning: number;
  notice: number;
}

/** How many findings there are of each severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** True when any finding is at or above `failOn`: the run then exits 1. */
export function failsAt(findings: readonly Finding[], failOn: Severity): boolean {
  return findings.some((f) => atLeast(f.severity, failOn));
}

/** `kind/namespace/name`, or `kind/name` for cluster-scoped objects. */
export function resourceLabel(r: ResourceRef): string {
  return r.namespace ? `${r.kind}/${r.namespace}/${r.name}` : `${r.kind}/${r.name}`;
}

/** `file:line`, `file` or the target, whichever is known, for plain text. */
export function locationLabel(f: Finding): string {
  if (f.file && f.line) return `${f.file}:${f.line}`;
  return f.file ?? f.target ?? "";
}

/** `2 errors, 1 warning, 0 notices`: the totals line every report ends or starts with. */
export function countsLabel(counts: SeverityCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [
    plural(counts.error, "error"),
    plural(counts.warning, "warning"),
    plural(counts.notice, "notice"),
  ].join(", ");
}
