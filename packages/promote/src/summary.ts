/** The job summary and annotations of the promote action. */
import type { Finding } from "../../core/src/index.js";
import type { PromoteResult } from "./promote.js";
import { changesTable, driftSection } from "./report.js";

/** A markdown section for the job summary. */
export function promotionSummary(r: PromoteResult): string {
  const { request } = r;
  const lines = [
    `### gitops promote: ${request.services.join(", ")} from ${request.from} to ${request.to}`,
    "",
  ];
  lines.push(statusText(r), "");
  if (r.changes.length > 0) lines.push(changesTable(request, r.changes), "");
  if (r.diff) lines.push("```diff", r.diff.trimEnd(), "```", "");
  for (const note of r.notes) lines.push(`> ${note}`, "");
  if (r.sourceSha) lines.push(`Source commit: \`${r.sourceSha}\``, "");
  lines.push(driftSection(request, r.drift), "");
  return lines.join("\n");
}

function statusText(r: PromoteResult): string {
  const pr = r.pr ? ` Pull request [#${r.pr.number}](${r.pr.url}) ${r.pr.action}.` : "";
  switch (r.status) {
    case "nothing":
      return `Nothing to promote: ${r.request.to} already has what ${r.request.from} has.`;
    case "dry-run":
      return "Dry run: nothing was written.";
    case "edited":
      return "The working tree was edited.";
    case "committed":
      return `Committed \`${r.commit ?? ""}\` on \`${r.branch ?? ""}\`.`;
    case "pushed":
      return `Pushed \`${r.commit ?? ""}\` to \`${r.branch ?? ""}\`.${pr}`;
    case "unchanged":
      return `\`${r.branch ?? ""}\` already holds this promotion.${pr}`;
    case "refused":
      return `**Refused:** ${r.reason ?? ""}`;
  }
}

/** A notice on each promoted field's line, so the run shows where each value went. `prefix` leads to the repo. */
export function changeFindings(r: PromoteResult, prefix: string): Finding[] {
  const base = prefix === "" || prefix === "." ? "" : `${prefix.replace(/\/+$/, "")}/`;
  return r.changes.map((c) => ({
    tool: "promote",
    rule: "promoted",
    severity: "notice",
    message: `${c.service}: ${c.field} ${c.from ?? "(unset)"} → ${c.to ?? "(unset)"} (from ${r.request.from})`,
    file: base + c.file,
    line: c.line,
  }));
}
