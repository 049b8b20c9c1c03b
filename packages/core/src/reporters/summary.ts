import { Buffer } from "node:buffer";
import {
  countBySeverity,
  countsLabel,
  failsAt,
  locationLabel,
  resourceLabel,
  sortFindings,
  type Finding,
  type Severity,
  type SeverityCounts,
} from "../finding.js";
import { encodePath, percent } from "./uri.js";

export interface SummaryOptions {
  /** The heading, e.g. `Validate`. */
  title: string;
  /** The check's name for the status line, e.g. `lint`. */
  check?: string;
  /** `https://github.com/owner/repo`; with `sha`, locations link to the file at that commit. */
  repoUrl?: string;
  sha?: string;
  /** Most finding rows to show (default 200); the rest are counted in a note. */
  limit?: number;
  /** The severity that fails the check, for the ✅/❌ status (default `error`). */
  failOn?: Severity;
  /**
   * Byte budget of the whole document (default {@link DEFAULT_SUMMARY_MAX_BYTES}). Lower it when
   * one step writes several summaries, since GitHub's 1 MiB limit is per step.
   */
  maxBytes?: number;
}

/** Finding rows shown before the "N more findings not shown" note. */
export const DEFAULT_SUMMARY_LIMIT = 200;

/**
 * GitHub rejects a step summary over 1 MiB (1,048,576 bytes) and shows an error instead of it.
 * We stop a little short, leaving room for a caller's own lines around ours.
 */
export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;

/** One message can be a whole manifest; past this a cell is cut with `…`. */
const MAX_CELL_CHARS = 1000;
/** Room kept for the closing notes, so they always fit. */
const NOTE_RESERVE_BYTES = 256;

/** The row for findings that name no target (repo-wide checks, secrets in plain files). */
const NO_TARGET = "(no target)";

const BADGE: Record<Severity, string> = { error: "❌ error", warning: "⚠️ warning", notice: "ℹ️ notice" };

/**
 * GitHub job-summary markdown for one check: heading, ✅/❌ status line with counts, a table of
 * counts per target (worst first, when findings carry targets), then a findings table worst first,
 * capped at `limit` rows and at `maxBytes` in total, with a note saying how many were left out.
 */
export function toSummaryMarkdown(findings: readonly Finding[], opts: SummaryOptions): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const counts = countBySeverity(findings);
  const failed = failsAt(findings, opts.failOn ?? "error");
  const check = opts.check ? `**${markdownCell(opts.check)}** ${failed ? "failed" : "passed"}: ` : "";
  const status = findings.length ? countsLabel(counts) : "no findings";

  const out: string[] = [`## ${markdownCell(opts.title)}`, "", `${failed ? "❌" : "✅"} ${check}${status}`];
  if (!findings.length) return `${out.join("\n")}\n`;
  let room = maxBytes - bytes(out) - NOTE_RESERVE_BYTES;
  const notes: string[] = [];

  const groups = groupByTarget(findings);
  if (groups) {
    const table = fitTable(
      ["| Target | Errors | Warnings | Notices |", "| --- | ---: | ---: | ---: |"],
      groups,
      ([target, c]) => `| ${markdownCell(target)} | ${c.error} | ${c.warning} | ${c.notice} |`,
      groups.length,
      room - 1,
    );
    out.push("", ...table.lines);
    room -= bytes(table.lines) + 1;
    if (table.hidden) notes.push(`_${plural(table.hidden, "more target")} not shown._`);
  }

  const table = fitTable(
    ["| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |"],
    sortFindings(findings),
    (f) => findingRow(f, opts),
    Math.max(0, opts.limit ?? DEFAULT_SUMMARY_LIMIT),
    room - 1,
  );
  out.push("", ...table.lines);
  if (table.hidden) notes.push(`_${plural(table.hidden, "more finding")} not shown._`);
  if (notes.length) out.push("", ...notes);
  return `${out.join("\n")}\n`;
}

/** Counts per target, worst first; undefined when no finding names a target (it would be one row). */
function groupByTarget(findings: readonly Finding[]): [string, SeverityCounts][] | undefined {
  if (!findings.some((f) => f.target)) return undefined;
  const byTarget = new Map<string, SeverityCounts>();
  for (const f of findings) {
    const key = f.target ?? NO_TARGET;
    let counts = byTarget.get(key);
    if (!counts) byTarget.set(key, (counts = { error: 0, warning: 0, notice: 0 }));
    counts[f.severity] += 1;
  }
  return [...byTarget].sort(
    ([ta, a], [tb, b]) =>
      b.error - a.error ||
      b.warning - a.warning ||
      b.notice - a.notice ||
      // On a tie, named targets first: the catch-all row is the least specific.
      Number(ta === NO_TARGET) - Number(tb === NO_TARGET) ||
      ta.localeCompare(tb),
  );
}

function findingRow(f: Finding, opts: SummaryOptions): string {
  const label = markdownCell(locationLabel(f)) || "—";
  const href = f.file ? fileUrl(f, opts) : undefined;
  const where = href ? `[${label}](${href})` : label;
  const message = f.resource ? `${f.message} (${resourceLabel(f.resource)})` : f.message;
  return `| ${BADGE[f.severity]} | ${where} | ${markdownCell(`${f.tool}/${f.rule}`)} | ${markdownCell(message)} |`;
}

/** `${repoUrl}/blob/${sha}/${file}#L${line}`, with the path percent-encoded. */
function fileUrl(f: Finding, opts: SummaryOptions): string | undefined {
  if (!opts.repoUrl || !opts.sha || !f.file) return undefined;
  const base = opts.repoUrl.replace(/\/+$/, "").replace(/[ ()<>]/g, percent);
  const anchor = f.line ? `#L${f.line}` : "";
  return `${base}/blob/${encodeURIComponent(opts.sha)}/${encodePath(f.file)}${anchor}`;
}

/**
 * Renders items as rows while they fit both `limit` and `room` bytes; says how many it left out.
 * Rows are rendered lazily, so a million findings cost only the rows shown.
 */
function fitTable<T>(
  header: string[],
  items: readonly T[],
  render: (item: T) => string,
  limit: number,
  room: number,
): { lines: string[]; hidden: number } {
  const lines = [...header];
  let used = bytes(header);
  for (const item of items.slice(0, limit)) {
    const row = render(item);
    const size = Buffer.byteLength(row, "utf8") + 1;
    if (used + size > room) break;
    lines.push(row);
    used += size;
  }
  const shown = lines.length - header.length;
  // A header with no rows under it renders as an empty table; leave it out.
  return { lines: shown ? lines : [], hidden: items.length - shown };
}

/**
 * Makes untrusted text one literal table cell. Newlines become `<br>`; other control characters
 * go. Everything that markdown or HTML would interpret (`|` ends the cell, `<` opens a tag, `[`
 * starts a link or image, `` ` `` a code span, `*`/`_`/`~` emphasis, `\` escapes the next one) is
 * written as a character reference, which renders as the character itself. So a message reads
 * exactly as the check wrote it, and a manifest cannot inject markup into the summary.
 */
export function markdownCell(s: string): string {
  const cut =
    s.length > MAX_CELL_CHARS ? `${s.slice(0, MAX_CELL_CHARS).replace(/[\uD800-\uDBFF]$/, "")}…` : s;
  return (
    cut
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "")
      .replace(/[&<>|\\`*_[\]~]/g, (c) => `&#${c.charCodeAt(0)};`)
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, "<br>")
      .replace(/\t/g, " ")
      .trim()
  );
}

function bytes(lines: readonly string[]): number {
  return lines.reduce((n, l) => n + Buffer.byteLength(l, "utf8") + 1, 0);
}

function plural(n: number, words: string): string {
  return `${n} ${words}${n === 1 ? "" : "s"}`;
}
