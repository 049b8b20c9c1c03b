/** How `gitops status` and the status action show a report: rows for a table, JSON, a job summary. */
import { markdownCell, toSummaryMarkdown } from "../../core/src/reporters/summary.js";
import type { ApplicationStatus, StatusReport } from "./status.js";

export const STATUS_HEADER = [
  "APPLICATION",
  "ENV",
  "SERVICE",
  "SYNC",
  "HEALTH",
  "REVISION",
  "DEPLOYED",
  "CURRENT",
];

/** Table cells, one row per Application, in the model's env order. */
export function statusRows(apps: readonly ApplicationStatus[]): string[][] {
  return apps.map((a) => [
    a.name,
    a.env || "(shared)",
    a.service ?? "-",
    a.sync,
    a.health,
    a.revision ? a.revision.slice(0, 7) : "-",
    a.deployedAt ?? "-",
    currentLabel(a),
  ]);
}

export function currentLabel(a: ApplicationStatus): string {
  if (a.current === null) return "unknown";
  if (a.current) return "yes";
  const behind = a.behind ? `${a.behind.commits} behind` : "behind";
  return a.behind?.since ? `no (${behind} since ${a.behind.since})` : `no (${behind})`;
}

/** The `--json` document: `{ applications, findings, summary }`. */
export function statusJson(report: StatusReport): Record<string, unknown> {
  return {
    server: report.server,
    applications: report.applications,
    findings: report.findings,
    summary: summaryCounts(report),
  };
}

export interface StatusCounts {
  applications: number;
  outOfSync: number;
  degraded: number;
  notCurrent: number;
  /** Current cannot be told (revision unknown to the clone, or not a SHA). */
  unknown: number;
  /** Live Applications of other repositories. */
  ignored: number;
}

export function summaryCounts(report: StatusReport): StatusCounts {
  const apps = report.applications;
  return {
    applications: apps.length,
    outOfSync: apps.filter((a) => a.sync === "OutOfSync").length,
    degraded: apps.filter((a) => a.health === "Degraded").length,
    notCurrent: apps.filter((a) => a.current === false).length,
    unknown: apps.filter((a) => a.current === null).length,
    ignored: report.ignored,
  };
}

/** Job-summary markdown: one table of Applications (worst first), then the usual findings section. */
export function statusMarkdown(report: StatusReport, opts: { repoUrl?: string; sha?: string } = {}): string {
  const rank = (a: ApplicationStatus) =>
    (a.health === "Degraded" ? 0 : 4) + (a.sync === "OutOfSync" ? 0 : 2) + (a.current === false ? 0 : 1);
  const apps = [...report.applications].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  const lines = [
    `## Argo CD status`,
    "",
    `${apps.length} Application(s) from ${markdownCell(report.server)}` +
      (report.ignored ? `; ${report.ignored} of other repositories ignored` : ""),
    "",
  ];
  if (apps.length > 0) {
    lines.push("| Application | Env | Service | Sync | Health | Revision | Deployed at | Current |");
    lines.push("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const [i, a] of statusRows(apps).entries()) {
      const app = apps[i];
      const url = app?.urls[0];
      const cells = a.map((c) => markdownCell(c));
      if (url && /^https?:\/\//.test(url)) cells[0] = `[${cells[0] ?? ""}](${linkTarget(url)})`;
      lines.push(`| ${cells.join(" | ")} |`);
    }
    lines.push("");
  }
  const findings = toSummaryMarkdown(report.findings, {
    title: "Drift",
    check: "status",
    ...(opts.repoUrl ? { repoUrl: opts.repoUrl } : {}),
    ...(opts.sha ? { sha: opts.sha } : {}),
  });
  return `${lines.join("\n")}\n${findings}`;
}

/** A server-given URL as a markdown link target: parentheses and spaces encoded so it cannot end the link early. */
function linkTarget(url: string): string {
  return encodeURI(url).replace(/\(/g, "%28").replace(/\)/g, "%29");
}
