/**
 * The staging gate's evidence for people: a markdown section for the promotion PR body and rows
 * for the CLI table. Names, states and messages come from the Argo CD server: every cell is
 * escaped, and only a plain SHA is shown as code.
 */
import { formatDuration } from "../../argocd/src/index.js";
import { markdownCell } from "../../core/src/index.js";
import type { GateEvidence, GateReport } from "./gate-argocd.js";

export const GATE_HEADER = ["APPLICATION", "SYNC", "HEALTH", "REVISION", "DEPLOYED", "SOAKED", "GATE"];

/** One row per source-env Application. */
export function gateRows(report: GateReport): string[][] {
  return report.applications.map((a) => [
    a.name,
    a.sync,
    a.health,
    revisionText(a),
    a.deployedAt ?? "-",
    soaked(report, a),
    a.problems.length === 0 ? "pass" : "fail",
  ]);
}

/**
 * The PR body's section: what Argo CD showed for the source env when the promotion was made.
 * No check time or age in it: a re-run that finds the same state leaves the body, and so the
 * pull request, untouched.
 */
export function gateSection(report: GateReport): string {
  const lines = [
    `### Gate: ${markdownCell(report.from)} before ${markdownCell(report.to)}`,
    "",
    `Argo CD at ${markdownCell(report.server)}` +
      (report.soakMs > 0 ? `; required soak ${markdownCell(report.soak)}.` : "; no soak required."),
    "",
    "| Application | Sync | Health | Revision | Deployed since |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const a of report.applications) {
    const cells = [a.name, a.sync, a.health].map(markdownCell);
    cells.push(revisionMarkdown(a), markdownCell(a.deployedAt ?? "-"));
    lines.push(`| ${cells.join(" | ")} |`);
  }
  if (report.problems.length > 0) {
    lines.push("", "Not passed:", ...report.problems.map((p) => `- ${markdownCell(p)}`));
  }
  return `${lines.join("\n")}\n`;
}

/** The gate as `promote --json` prints it (fields may be added, not renamed). */
export function gateJson(report: GateReport) {
  return {
    from: report.from,
    to: report.to,
    server: report.server,
    soak: report.soak,
    checkedAt: report.checkedAt,
    passed: report.problems.length === 0,
    problems: report.problems,
    applications: report.applications,
  };
}

const SHA = /^[0-9a-f]{7,40}$/i;

function revisionText(a: GateEvidence): string {
  const rev = a.revision ? a.revision.slice(0, 7) : "-";
  if (a.contains === true && a.expected) return `${rev} (has ${a.expected.slice(0, 7)})`;
  if (a.contains === false && a.expected) return `${rev} (lacks ${a.expected.slice(0, 7)})`;
  return rev;
}

function revisionMarkdown(a: GateEvidence): string {
  const code = (sha: string | null) =>
    sha && SHA.test(sha) ? `\`${sha.slice(0, 12)}\`` : markdownCell(sha ?? "-");
  if (a.contains === true && a.expected) return `${code(a.revision)} (contains ${code(a.expected)})`;
  if (a.contains === false && a.expected) return `${code(a.revision)} (lacks ${code(a.expected)})`;
  return code(a.revision);
}

function soaked(report: GateReport, a: GateEvidence): string {
  if (!a.deployedAt) return "-";
  const age = Date.parse(report.checkedAt) - Date.parse(a.deployedAt);
  return Number.isNaN(age) ? "-" : formatDuration(age);
}
