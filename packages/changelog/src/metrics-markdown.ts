/** The metrics as markdown tables: the CLI's text output and the action's job summary. */
import { mdText } from "./markdown.js";
import type { Metrics, MetricsReport } from "./metrics.js";
import type { DurationStats } from "./stats.js";

/** One table per env: a row per service and a total row. */
export function metricsMarkdown(report: MetricsReport): string {
  const lines = ["## Deployment metrics", "", `From ${report.window.from} to ${report.window.to}.`, ""];
  if (report.environments.length === 0) return [...lines, "No deployments in this range.", ""].join("\n");
  for (const env of report.environments) {
    lines.push(
      `### ${mdText(env.env)}`,
      "",
      "| service | deployments | per week | lead time | promotion | change failure rate | time to restore |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...env.services.map((s) => row(mdText(s.service), s)),
      row("**all**", env),
      "",
    );
  }
  lines.push("Lead time, promotion and time to restore are medians.", "");
  return lines.join("\n");
}

function row(name: string, m: Metrics): string {
  const rate = m.changeFailureRate === null ? "–" : `${Math.round(m.changeFailureRate * 100)}%`;
  const cells = [
    name,
    m.deployments,
    m.deploymentsPerWeek,
    h(m.leadTime),
    h(m.promotionTime),
    rate,
    h(m.timeToRestore),
  ];
  return `| ${cells.join(" | ")} |`;
}

function h(s: DurationStats | null): string {
  return s ? `${s.medianHours} h` : "–";
}
