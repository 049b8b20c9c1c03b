import type { RenderReport } from "./render.js";

/**
 * Job-summary markdown for a render: targets per env with their status and
 * resource counts, failed targets first. Findings get their own table from
 * core's reporters; this is the overview above it.
 */
export function renderSummaryMarkdown(report: Pick<RenderReport, "targets" | "rendered">): string {
  const failed = report.targets.filter((t) => t.status === "failed");
  const ok = report.targets.filter((t) => t.status === "ok");
  const icon = failed.length > 0 ? "❌" : "✅";
  const lines = [
    "### gitops render",
    "",
    `${icon} ${ok.length} rendered, ${failed.length} failed, ${report.targets.length - report.rendered.length} unchanged or filtered out; ` +
      `${ok.reduce((n, t) => n + t.resources, 0)} resource(s) rendered.`,
    "",
  ];
  const shown = [...failed, ...ok];
  if (shown.length > 0) {
    lines.push("| Status | Target | Env | Service | Resources |", "| --- | --- | --- | --- | ---: |");
    for (const t of shown.slice(0, 500)) {
      const status = t.status === "failed" ? "❌ failed" : "✅ ok";
      lines.push(`| ${status} | \`${t.id}\` | ${t.env || "-"} | ${t.service ?? "-"} | ${t.resources} |`);
    }
    if (shown.length > 500) lines.push("", `${shown.length - 500} more targets not shown.`);
  }
  return lines.join("\n") + "\n";
}
