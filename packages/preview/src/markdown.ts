/** The sticky pull request comment of a preview: what it creates, where it answers, what is wrong. */
import { countBySeverity, failsAt, type Finding, type Severity } from "../../core/src/finding.js";
import { markdownCell, toSummaryMarkdown } from "../../core/src/reporters/index.js";
import type { PreviewReport, PreviewRequest } from "./types.js";

/** The hidden marker of the preview's sticky comment. */
export const COMMENT_MARKER = "preview";

const code = (s: string) => `<code>${markdownCell(s)}</code>`;

function heading(request: PreviewRequest): string {
  return `### Preview of #${request.number} at ${code(request.headSha.slice(0, 8))}`;
}

/** The comment while the pull request is open. */
export function previewComment(
  report: PreviewReport,
  request: PreviewRequest,
  failOn: Severity = "error",
): string {
  const out = [heading(request), ""];
  if (report.applications.length === 0) {
    out.push(`No preview: ${markdownCell(report.message ?? "no Application was generated")}`);
  } else {
    const counts = countBySeverity(report.findings);
    const state = failsAt(report.findings, failOn) ? "❌" : "✅";
    out.push(
      `${state} ${report.applications.length} Application(s), ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)`,
      "",
      "| Application | Namespace | URLs |",
      "| --- | --- | --- |",
      ...report.applications.map(
        (a) =>
          `| ${code(a.name)} | ${a.namespace ? code(a.namespace) : "—"} | ${a.urls.map((u) => markdownCell(u)).join("<br>") || "—"} |`,
      ),
    );
  }
  if (report.findings.length > 0) {
    out.push(
      "",
      toSummaryMarkdown(report.findings, { title: "Preview findings", failOn }).replace(/^## /, "#### "),
    );
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * The comment once the pull request is closed: Argo CD deletes the Applications it generated.
 * `verified` false (Argo CD still has them) changes the heading; `live` is the teardown section.
 */
export function closedComment(
  apps: readonly { name: string; namespace: string }[],
  request: PreviewRequest,
  findings: readonly Finding[] = [],
  verified?: { done: boolean; markdown: string },
): string {
  const state = verified && !verified.done ? "teardown not complete" : "torn down";
  const out = [`### Preview of #${request.number}: ${state}`, ""];
  if (apps.length === 0) {
    out.push("The pull request is closed; it had no preview.");
  } else {
    out.push(
      "The pull request is closed, so Argo CD's pullRequest generator deletes these Applications, and their resources finalizer deletes what they deployed:",
      "",
      "| Application | Namespace |",
      "| --- | --- |",
      ...apps.map((a) => `| ${code(a.name)} | ${a.namespace ? code(a.namespace) : "—"} |`),
    );
    const teardown = findings.filter((f) => f.rule.startsWith("preview/teardown-"));
    if (teardown.length > 0)
      out.push(
        "",
        "⚠️ Teardown is not guaranteed:",
        "",
        ...teardown.map((f) => `- ${markdownCell(f.message)}`),
      );
  }
  if (verified) out.push("", verified.markdown);
  return `${out.join("\n").trimEnd()}\n`;
}
