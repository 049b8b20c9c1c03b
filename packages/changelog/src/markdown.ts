/**
 * Markdown for people: the `--format md` report, the blocks of CHANGELOG.md
 * and release notes. Commit subjects, author names and YAML values are
 * untrusted, so every one goes through {@link mdText} or {@link mdCode}.
 */
import type { Change, ChangelogReport, Entry } from "./types.js";

/** Text from git made inert: one line, no HTML, no markdown syntax, no @mentions. */
export function mdText(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, " ")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      // Links need `[`, emphasis `*` `_` `~`, tables `|`; `#` and `+` only act at a line start, where our text never is.
      .replace(/([\\`*_[\]|~])/g, "\\$1")
      .replace(/@/g, "@\u200b")
  );
}

/** A value as inline code, one line and cut to 120 characters; backticks cannot close the span. */
export function mdCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ").replace(/`/g, "'");
  return `\`${flat.length > 120 ? `${flat.slice(0, 120)}…` : flat}\``;
}

/** The first 7 characters of a SHA. */
export function short(sha: string): string {
  return sha.slice(0, 7);
}

/** `ghcr.io/org/web:2.7.4` shown as `2.7.4` when the name says the rest. */
function shown(name: string, ref: string | null): string {
  if (ref === null) return "_(none)_";
  if (ref.startsWith(`${name}:`)) return mdCode(ref.slice(name.length + 1));
  if (ref.startsWith(`${name}@`)) return mdCode(ref.slice(name.length));
  return mdCode(ref);
}

/** One change as a list item's text. */
export function changeText(c: Change): string {
  if (c.kind === "config") return `config ${mdCode(c.name)} (${c.status ?? "modified"})`;
  return `${c.kind} ${mdCode(c.name)}: ${shown(c.name, c.from)} → ${shown(c.name, c.to)}`;
}

/** The line that says who, which commit, which PR, where from. */
export function entryByline(e: Entry): string {
  const parts = [`${mdCode(short(e.commit))} ${mdText(e.subject)}`, `by ${mdText(e.author)}`];
  if (e.pr !== null) parts.push(`PR #${e.pr}`);
  if (e.promotedFrom)
    parts.push(`promoted from ${e.promotedFrom.env}@${mdCode(short(e.promotedFrom.commit))}`);
  if (e.revertOf) parts.push(`reverts ${mdCode(short(e.revertOf))}`);
  else if (e.rollback) parts.push("rollback");
  return parts.join(" · ");
}

/** The day of an ISO date (`2026-11-20`). */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** `--format md`: every entry grouped by env (promotion order), then service, newest first. */
export function changelogMarkdown(report: ChangelogReport): string {
  const lines = ["# Deployment changelog", ""];
  if (report.entries.length === 0) return [...lines, "No deployments in this range.", ""].join("\n");
  for (const env of report.environments) {
    const ofEnv = report.entries.filter((e) => e.env === env);
    if (ofEnv.length === 0) continue;
    lines.push(`## ${env}`, "");
    for (const service of [...new Set(ofEnv.map((e) => e.service))].sort()) {
      lines.push(`### ${service}`, "");
      for (const e of ofEnv.filter((x) => x.service === service)) {
        lines.push(`- ${day(e.date)} ${entryByline(e)}`);
        for (const c of e.changes) lines.push(`  - ${changeText(c)}`);
      }
      lines.push("");
    }
  }
  return lines.join("\n");
}
