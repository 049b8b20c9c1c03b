import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { exampleRepo, fixedCodeowners, unfixedCodeowners } from "./support.js";

describe("gitops governance", () => {
  it("exits 1 on the example without the platform team on its bases, and prints the findings and a summary line", async () => {
    const repo = exampleRepo({ codeowners: unfixedCodeowners });
    const run = await cli("governance", "--repo", repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("governance/coverage/protected-target");
    expect(run.stdout).toMatch(
      /checked CODEOWNERS, 13 target\(s\), protected env\(s\): prod, 4 check name\(s\)\n$/,
    );
  });

  it("exits 0 when only notices remain, and 1 with --fail-on notice", async () => {
    const repo = exampleRepo({ codeowners: fixedCodeowners });
    expect((await cli("governance", "check", "--repo", repo)).code).toBe(0);
    expect((await cli("governance", "--fail-on", "notice", "--repo", repo)).code).toBe(1);
  });

  it("prints { findings, summary } with --json and nothing else on stdout", async () => {
    const repo = exampleRepo({ codeowners: unfixedCodeowners });
    const run = await cli("governance", "--json", "--repo", repo);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: {
        tool: string;
        rule: string;
        severity: string;
        file?: string;
        line?: number;
        target?: string;
      }[];
      summary: Record<string, unknown>;
    };
    expect(Object.keys(report)).toEqual(["findings", "summary"]);
    expect(report.summary).toEqual({
      errors: 3,
      warnings: 0,
      notices: 1,
      codeowners: "CODEOWNERS",
      protectedEnvs: ["prod"],
      targets: 13,
      checks: ["validate / validate", "validate / lint", "validate / policy", "validate / secrets"],
    });
    expect(report.findings[0]).toMatchObject({
      tool: "governance",
      rule: "coverage/protected-target",
      severity: "error",
      file: "CODEOWNERS",
      line: 6,
      target: "apps/cms/overlays/prod",
    });
  });

  it("writes SARIF with --sarif", async () => {
    const repo = exampleRepo({ codeowners: unfixedCodeowners });
    const sarif = join(repo, "governance.sarif");
    const run = await cli("governance", "--sarif", sarif, "--repo", repo);
    expect(run.code).toBe(1);
    expect(existsSync(sarif)).toBe(true);
    const log = JSON.parse(readFileSync(sarif, "utf8")) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } };
        results: { ruleId: string; locations: unknown[] }[];
      }[];
    };
    expect(log.version).toBe("2.1.0");
    const run0 = log.runs[0];
    expect(run0?.tool.driver.name).toBe("gitops-governance");
    expect(run0?.results.map((r) => r.ruleId)).toContain("governance/coverage/protected-target");
    expect(
      run0?.tool.driver.rules.find((r) => r.id === "governance/coverage/protected-target")?.shortDescription
        .text,
    ).toMatch(/platform team/);
  });

  it("exits 2 with one message on a bad governance config", async () => {
    const repo = exampleRepo({ config: 'governance:\n  platfrom: "@example-org/platform"\n' });
    const run = await cli("governance", "--repo", repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^gitops: \.gitops\.yaml:15: unknown key "governance\.platfrom"; allowed here: protectedEnvs, platform, requiredChecks, manualProdSync, signedCommits, approvals, requiredDeployments, reviewers, waitTimer, releaseBranchMaxAge\n$/,
    );
    expect(run.stdout).toBe("");
  });

  it("exits 2 on a wrongly typed governance value", async () => {
    for (const config of [
      "governance:\n  manualProdSync: yes please\n",
      "governance:\n  platform: platform\n",
      "governance:\n  protectedEnvs: []\n",
      "governance:\n  requiredChecks: [a, a]\n",
      "governance:\n  approvals: 11\n",
      "governance:\n  waitTimer: -1\n",
      "governance:\n  reviewers: [platform]\n",
    ]) {
      const run = await cli("governance", "--repo", exampleRepo({ config }));
      expect(run.code, config).toBe(2);
      expect(run.stderr, config).toMatch(/^gitops: \.gitops\.yaml:\d+: "governance\./);
    }
  });

  it("exits 2 on an unknown subcommand or a bad --fail-on", async () => {
    const repo = exampleRepo();
    const plan = await cli("governance", "deploy", "--repo", repo);
    expect(plan).toMatchObject({ code: 2, stdout: "" });
    expect(plan.stderr).toContain('unknown subcommand "deploy"');
    const live = await cli("governance", "plan", "--live", "--repo", repo);
    expect(live.stderr).toContain('--live is for "governance check"');
    expect((await cli("governance", "--fail-on", "bad", "--repo", repo)).code).toBe(2);
  });
});
