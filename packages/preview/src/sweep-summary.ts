/** A sweeper run told to people: the log lines and the job summary of the preview action's sweep. */
import { sweepIssueBody } from "./sweep-issue.js";
import type { SweepReport } from "./sweep-run.js";

/** One line for the counts, one per stale preview, one for the issue. */
export function sweepLogLines(report: SweepReport): string[] {
  return [
    ...(report.message ? [report.message] : []),
    `${report.previews.length} preview Application(s), ${report.stale.length} stale, ${report.deleted.length} deleted (preview.sweep: ${report.mode})`,
    ...report.stale.map(
      (p) => `stale: ${p.name} (${p.reason}${p.pullRequest !== undefined ? `, #${p.pullRequest}` : ""})`,
    ),
    ...(report.issue
      ? [`sweep issue: ${report.issue.action}${report.issue.url ? ` ${report.issue.url}` : ""}`]
      : []),
  ];
}

/** The job summary: the issue's table of stale previews without its title, or that none is stale. */
export function sweepSummaryMarkdown(report: SweepReport): string {
  return report.stale.length > 0
    ? `### Stale previews\n\n${sweepIssueBody(report.stale, report.deleted, report.ttl).split("\n").slice(1).join("\n")}`
    : `### Stale previews\n\nNone of ${report.previews.length} preview Application(s) is stale.\n`;
}
