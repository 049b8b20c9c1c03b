import { describe, expect, it } from "vitest";

import { sortFindings } from "../../../packages/core/src/finding.js";
import { formatJson, toJsonReport } from "../../../packages/core/src/reporters/index.js";
import { FINDINGS, hostileFinding } from "./fixtures.js";

describe("toJsonReport", () => {
  it("returns the DESIGN.md shape: sorted findings and counts", () => {
    const report = toJsonReport(FINDINGS);
    expect(Object.keys(report)).toEqual(["findings", "summary"]);
    expect(report.findings).toEqual(sortFindings(FINDINGS));
    expect(report.findings.map((f) => f.severity)).toEqual(["error", "error", "warning", "notice"]);
    expect(report.summary).toEqual({ errors: 2, warnings: 1, notices: 1 });
  });

  it("adds the caller's summary fields after the counts without letting them change the counts", () => {
    const report = toJsonReport(FINDINGS, { targets: 5, errors: 0, failedTargets: ["apps/x"] });
    expect(report.summary).toEqual({
      errors: 2,
      warnings: 1,
      notices: 1,
      targets: 5,
      failedTargets: ["apps/x"],
    });
    expect(Object.keys(report.summary)).toEqual([
      "errors",
      "warnings",
      "notices",
      "targets",
      "failedTargets",
    ]);
  });

  it("keeps a __proto__ key from parsed input as plain data", () => {
    const extra = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const report = toJsonReport([], extra);
    expect(Object.getPrototypeOf(report.summary)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(report.summary))).toEqual({
      errors: 0,
      warnings: 0,
      notices: 0,
      ["__proto__"]: { polluted: true },
    });
  });

  it("does not reorder the caller's array", () => {
    const input = [...FINDINGS];
    toJsonReport(input);
    expect(input).toEqual(FINDINGS);
  });
});

describe("formatJson", () => {
  it("prints one JSON document with a trailing newline that parses back to the report", () => {
    const out = formatJson([...FINDINGS, hostileFinding()], { targets: 3 });
    expect(out.endsWith("}\n")).toBe(true);
    expect(JSON.parse(out)).toEqual(toJsonReport([...FINDINGS, hostileFinding()], { targets: 3 }));
  });

  it("prints an empty report for no findings", () => {
    expect(JSON.parse(formatJson([]))).toEqual({
      findings: [],
      summary: { errors: 0, warnings: 0, notices: 0 },
    });
  });
});
