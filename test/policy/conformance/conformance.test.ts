// Conformance with Kyverno, measured: every suite under suites/ is a `kyverno test` suite (the
// Kyverno CLI test format) in the shape of the Kyverno policy library's CEL tests, Pod
// controllers included. The runner evaluates each with our engine and compares the results.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSuite, type SuiteReport } from "./runner.js";

const SUITES = join(import.meta.dirname, "suites");
const names = readdirSync(SUITES).sort();

describe("Kyverno conformance suites", () => {
  const reports: SuiteReport[] = [];

  for (const name of names) {
    it(`agrees with every expected result of ${name}`, () => {
      const report = runSuite(join(SUITES, name, "kyverno-test.yaml"));
      reports.push(report);
      const disagreements = report.expectations
        .filter((e) => e.expected !== e.actual)
        .map((e) => `${e.policy}/${e.rule} ${e.kind}/${e.resource}: expected ${e.expected}, got ${e.actual}`);
      expect(disagreements).toEqual([]);
      expect(report.expectations.length).toBeGreaterThan(0);
    });
  }

  it("prints the agreement over all suites", () => {
    const total = reports.reduce((n, r) => n + r.expectations.length, 0);
    const agree = reports.reduce((n, r) => n + r.agree, 0);
    const pct = total === 0 ? 0 : (100 * agree) / total;
    console.log(
      `Kyverno conformance: ${agree} of ${total} expected results agree (${pct.toFixed(1)}%) over ${reports.length} suites`,
    );
    expect(reports.length).toBe(names.length);
    expect(agree).toBe(total);
  });
});
