import {
  countBySeverity,
  countsLabel,
  locationLabel,
  resourceLabel,
  sortFindings,
  type Finding,
  type Severity,
} from "../finding.js";

export interface TextOptions {
  /** Wrap severities and the totals in ANSI colours (for a TTY; off by default). */
  color?: boolean;
}

const ANSI: Record<Severity | "dim" | "bold", string> = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  notice: "\u001b[36m",
  dim: "\u001b[2m",
  bold: "\u001b[1m",
};
const RESET = "\u001b[0m";

/**
 * Human text: one line per finding, worst first, then a totals line.
 *
 * ```
 * error  apps/cms/overlays/prod/kustomization.yaml:12  lint/schema  message  [Deployment/cms-prod/cms]
 * 1 error, 0 warnings, 0 notices
 * ```
 *
 * Untrusted text (messages quote manifests) is forced onto one line and stripped of control
 * characters, so it can neither forge a line of its own (which the Actions runner would read as a
 * `::workflow-command::`) nor send escape sequences to the reader's terminal.
 */
export function formatText(findings: readonly Finding[], opts: TextOptions = {}): string {
  const paint: Paint = (style, s) => (opts.color ? `${ANSI[style]}${s}${RESET}` : s);
  const lines = sortFindings(findings).map((f) => renderLine(f, paint));
  const counts = countBySeverity(findings);
  const totals = countsLabel(counts);
  const worst: Severity | undefined = counts.error ? "error" : counts.warning ? "warning" : undefined;
  lines.push(worst ? paint(worst, totals) : paint("bold", totals));
  return `${lines.join("\n")}\n`;
}

type Paint = (style: keyof typeof ANSI, s: string) => string;

/**
 * One finding as one line of plain text (`severity  location  tool/rule  message  [resource]`),
 * the same line {@link formatText} prints; other reports (JUnit bodies) reuse it.
 */
export function formatFindingLine(f: Finding): string {
  return renderLine(f, (_style, s) => s);
}

function renderLine(f: Finding, paint: Paint): string {
  const cols = [paint(f.severity, f.severity)];
  const where = locationLabel(f);
  if (where) cols.push(oneLine(where));
  cols.push(paint("dim", oneLine(`${f.tool}/${f.rule}`)), oneLine(f.message));
  if (f.resource) cols.push(`[${oneLine(resourceLabel(f.resource))}]`);
  return cols.join("  ");
}

/**
 * Newlines become a visible `\n`, other control characters (ESC, NUL, DEL, C1) a `\xNN` or
 * `\uNNNN` escape: the reader still sees that something was there, the terminal sees plain text.
 */
function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === "\r\n" || c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return " ";
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}
