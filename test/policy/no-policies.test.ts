// A policy check with nothing to check says so, in text, JSON, SARIF and validate's line; it
// never looks like a pass that checked something.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runValidate, validateText } from "../../packages/validate/src/index.js";
import { cli } from "../support/cli.js";
import { deployment, namespace, writeRepo } from "./support.js";

/** A repository whose one target is a plain manifest folder (no binaries needed) and no policies. */
const repo = () =>
  writeRepo({
    "env/prod/ns.yaml": namespace("web", { env: "prod" }),
    "env/prod/web.yaml": deployment("web", "web", 1),
  });

describe("a repository with no policies", () => {
  it("gets a notice, not a silent pass, in text and JSON", async () => {
    const dir = repo();
    const text = await cli("policy", "--repo", dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "notice  policies  policy/policy/no-policies  no policies (nothing checked)",
    );
    const json = await cli("policy", "--repo", dir, "--json");
    const report = JSON.parse(json.stdout) as { findings: { rule: string; severity: string }[] };
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: "policy/no-policies", severity: "notice" }),
    ]);
  });

  it("writes the notice to SARIF with --sarif", async () => {
    const dir = repo();
    const out = join(dir, "policy.sarif");
    expect((await cli("policy", "--repo", dir, "--sarif", out)).code).toBe(0);
    const log = JSON.parse(readFileSync(out, "utf8")) as {
      version: string;
      runs: { tool: { driver: { name: string } }; results: { ruleId: string; level: string }[] }[];
    };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]?.tool.driver.name).toBe("gitops-policy");
    expect(log.runs[0]?.results).toEqual([
      expect.objectContaining({ ruleId: "policy/policy/no-policies", level: "note" }),
    ]);
  });

  it("shows validate's policy line as nothing checked", async () => {
    const result = await runValidate({ repo: repo(), failOn: "error", checks: ["render", "policy"] });
    const text = validateText(result.checks, { failOn: "error" });
    expect(text).toMatch(
      /== policy: passed \(0 error\(s\), 0 warning\(s\), 1 notice\(s\)\) — no policies \(nothing checked\)/,
    );
  });
});
