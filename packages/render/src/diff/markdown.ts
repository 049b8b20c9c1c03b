import type { TargetDiff } from "./compare.js";

/** GitHub refuses comments over 65,536 characters; leave room for the marker line. */
export const COMMENT_LIMIT = 65_000;

export interface DiffMarkdownOptions {
  /** Where the complete diff is, named when the comment had to be cut. */
  fullDiffPath?: string;
  /** Character budget (default COMMENT_LIMIT); Infinity for the full file. */
  limit?: number;
  title?: string;
}

/**
 * The rendered diff as pull-request markdown: counts per env and service, then
 * a collapsible section per target with a unified YAML diff per changed
 * object. It stays within `limit`: sections that do not fit are listed by name
 * only, with a pointer to the full diff file.
 */
export function diffMarkdown(diffs: readonly TargetDiff[], opts: DiffMarkdownOptions = {}): string {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const head = [`### ${opts.title ?? "Rendered manifests diff"}`, ""];
  if (diffs.length === 0) return [...head, "No rendered manifest changes.", ""].join("\n");
  head.push(countsTable(diffs), "");
  let out = head.join("\n");
  const omitted: string[] = [];
  const tailReserve = 600; // room for the truncation note itself
  for (const [i, d] of diffs.entries()) {
    const section = targetSection(d);
    const remainingNames = diffs.slice(i).reduce((n, x) => n + x.id.length + 8, 0);
    if (omitted.length === 0 && out.length + section.length + tailReserve + remainingNames <= limit) {
      out += section;
    } else {
      omitted.push(d.id);
    }
  }
  if (omitted.length > 0) {
    const where = opts.fullDiffPath ? ` The full diff is in \`${opts.fullDiffPath}\`.` : "";
    let note = `\n> [!NOTE]\n> The diff was cut to fit a comment: ${omitted.length} more target(s) changed.${where}\n\n`;
    for (const id of omitted) {
      const line = `- \`${id}\`\n`;
      if (out.length + note.length + line.length > limit) break;
      note += line;
    }
    out += note;
  }
  return out;
}

function countsTable(diffs: readonly TargetDiff[]): string {
  const rows = new Map<string, { added: number; changed: number; removed: number }>();
  for (const d of diffs) {
    const key = `${d.env || "-"}\u0000${d.service ?? "(platform)"}`;
    const row = rows.get(key) ?? { added: 0, changed: 0, removed: 0 };
    for (const c of d.changes) row[c.change] += 1;
    rows.set(key, row);
  }
  const lines = ["| Env | Service | Added | Changed | Removed |", "| --- | --- | ---: | ---: | ---: |"];
  for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    const [env = "", service = ""] = key.split("\u0000");
    lines.push(`| ${env} | ${service} | ${r.added} | ${r.changed} | ${r.removed} |`);
  }
  return lines.join("\n");
}

function targetSection(d: TargetDiff): string {
  const counts = (["added", "changed", "removed"] as const)
    .map((k) => [k, d.changes.filter((c) => c.change === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  const body = d.changes
    .map((c) => {
      const name = c.namespace ? `${c.kind} ${c.namespace}/${c.name}` : `${c.kind} ${c.name}`;
      const fence = fenceFor(c.patch);
      return `**${escapeInline(name)}** (${c.change})\n\n${fence}diff\n${c.patch.trimEnd()}\n${fence}\n`;
    })
    .join("\n");
  return `<details><summary><code>${escapeHtml(d.id)}</code> (${d.status}: ${counts})</summary>\n\n${body}\n</details>\n\n`;
}

/** A code fence longer than any backtick run inside, so a manifest cannot close it early. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(longest + 1);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeInline(s: string): string {
  return escapeHtml(s).replace(/([\\`*_[\]|])/g, "\\$1");
}
