import { sortFindings, type Finding } from "../finding.js";
import { formatFindingLine } from "./text.js";

export interface JUnitOptions {
  /** Name of the `<testsuites>` root, e.g. `validate`; also the suite name when no tool is known. */
  suiteName: string;
  /**
   * Everything that was checked (target ids, files), so passing cases appear too. Each becomes a
   * test case in every suite; cases that only appear in findings are added after them.
   */
  cases?: string[];
  /** The tools that ran, so a tool with no findings still gets its (passing) suite. */
  tools?: string[];
  /** Count warnings as failures too (default: they go to `<system-out>` and the case passes). */
  warningsAsFailures?: boolean;
}

/** The case a finding belongs to when it names neither a target nor a file. */
export const REPOSITORY_CASE = "(repository)";

/**
 * JUnit XML for CI test-report viewers: one `<testsuite>` per tool, one `<testcase>` per target
 * (or file) with a `<failure>` listing its errors; warnings and notices go to `<system-out>`
 * unless `warningsAsFailures`. `tests`/`failures` count cases, as the viewers expect.
 *
 * All text is escaped, so markup in a message (`<script>`, `]]>`) stays text, and characters XML
 * 1.0 cannot carry at all (NUL and most C0 controls, lone surrogates) become U+FFFD.
 */
export function toJUnitXml(findings: readonly Finding[], opts: JUnitOptions): string {
  const byTool = new Map<string, Finding[]>();
  for (const tool of opts.tools ?? []) byTool.set(tool, []);
  for (const f of sortFindings(findings)) {
    const list = byTool.get(f.tool);
    if (list) list.push(f);
    else byTool.set(f.tool, [f]);
  }
  if (!byTool.size) byTool.set(opts.suiteName, []);

  const suites = [...byTool].map(([tool, list]) => suiteXml(tool, list, opts));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${xmlAttr(opts.suiteName)}" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.flatMap((s) => s.lines),
    `</testsuites>`,
    "",
  ].join("\n");
}

interface SuiteXml {
  lines: string[];
  tests: number;
  failures: number;
}

function suiteXml(tool: string, findings: readonly Finding[], opts: JUnitOptions): SuiteXml {
  // Listed cases keep the caller's order (usually plan order); the rest follow, sorted.
  const byCase = new Map<string, Finding[]>();
  for (const name of opts.cases ?? []) byCase.set(name, []);
  const extra = new Map<string, Finding[]>();
  for (const f of findings) {
    const name = f.target ?? f.file ?? REPOSITORY_CASE;
    const list = byCase.get(name) ?? extra.get(name);
    if (list) list.push(f);
    else extra.set(name, [f]);
  }
  for (const name of [...extra.keys()].sort()) byCase.set(name, extra.get(name) ?? []);

  const lines: string[] = [];
  let failures = 0;
  for (const [name, list] of byCase) {
    const failing: Finding[] = [];
    const other: Finding[] = [];
    for (const f of list) {
      const fails = f.severity === "error" || (opts.warningsAsFailures && f.severity === "warning");
      (fails ? failing : other).push(f);
    }
    const open = `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(tool)}"`;
    if (!list.length) {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    const [head] = failing;
    if (head) {
      failures += 1;
      const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : "";
      lines.push(
        `      <failure message="${xmlAttr(head.message + more)}" type="${xmlAttr(`${head.tool}/${head.rule}`)}">` +
          `${xmlText(failing.map(formatFindingLine).join("\n"))}</failure>`,
      );
    }
    if (other.length) {
      lines.push(`      <system-out>${xmlText(other.map(formatFindingLine).join("\n"))}</system-out>`);
    }
    lines.push(`    </testcase>`);
  }
  const tests = byCase.size;
  return {
    lines: [
      `  <testsuite name="${xmlAttr(tool)}" tests="${tests}" failures="${failures}" errors="0" skipped="0">`,
      ...lines,
      `  </testsuite>`,
    ],
    tests,
    failures,
  };
}

/**
 * Everything XML 1.0 cannot carry (its `Char` production) plus the C1 controls it discourages.
 * With the `u` flag a lone surrogate is one unmatched code unit, so it falls in here too.
 */
const NOT_XML = /[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes element text. `>` is escaped too, so `]]>` cannot appear in the output. */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}

/** Escapes an attribute value; tab/CR/LF as references, since parsers turn raw ones into spaces. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
