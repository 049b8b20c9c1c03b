/** How a run of the alerts is shown: table rows for the CLI, a job summary, counts for outputs. */
import { markdownCell } from "../../core/src/reporters/summary.js";
import type { AlertAction, AlertOutcome } from "./alert-issues.js";

export const ALERT_HEADER = ["APPLICATION", "ENV", "PROBLEMS", "ACTION", "ISSUE"];

/** Rows for the Applications with a problem or an issue; healthy ones without an issue are left out. */
export function alertRows(outcomes: readonly AlertOutcome[]): string[][] {
  return outcomes
    .filter((o) => o.action !== "ok")
    .map((o) => [
      o.application,
      o.env || "(shared)",
      o.problems.join(", ") || "-",
      o.action + (o.commented ? " (commented)" : ""),
      o.issue === null ? "-" : `#${o.issue}`,
    ]);
}

export type AlertCounts = Record<AlertAction, number>;

export function alertCounts(outcomes: readonly AlertOutcome[]): AlertCounts {
  const counts: AlertCounts = { opened: 0, updated: 0, reopened: 0, closed: 0, pending: 0, ok: 0 };
  for (const o of outcomes) counts[o.action]++;
  return counts;
}

/** One line: `1 opened, 2 updated, 0 reopened, 1 closed, 1 within the grace period`. */
export function alertSummaryLine(outcomes: readonly AlertOutcome[]): string {
  const c = alertCounts(outcomes);
  return (
    `${c.opened} opened, ${c.updated} updated, ${c.reopened} reopened, ${c.closed} closed, ` +
    `${c.pending} within the grace period`
  );
}

/** Job-summary markdown: the line above, then a table linking each issue. */
export function alertsMarkdown(outcomes: readonly AlertOutcome[], dryRun = false): string {
  const lines = [
    "## Argo CD alerts",
    "",
    `${alertSummaryLine(outcomes)}${dryRun ? " (dry run: nothing written)" : ""}`,
    "",
  ];
  const shown = outcomes.filter((o) => o.action !== "ok");
  if (shown.length > 0) {
    lines.push("| Application | Env | Problems | Action | Issue |", "| --- | --- | --- | --- | --- |");
    for (const o of shown) {
      const issue = o.issue === null ? "-" : o.url ? `[#${o.issue}](${o.url})` : `#${o.issue}`;
      const cells = [o.application, o.env || "(shared)", o.problems.join(", ") || "-", o.action].map((c) =>
        markdownCell(c),
      );
      lines.push(`| ${[...cells, issue].join(" | ")} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
