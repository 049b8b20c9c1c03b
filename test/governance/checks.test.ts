import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { governance, onPullRequestToMain, VALIDATE_CHECK_JOBS } from "../../packages/governance/src/index.js";
import { exampleRepo, fixedCodeowners } from "./support.js";

const EXAMPLE_CHECKS = ["validate / validate", "validate / lint", "validate / policy", "validate / secrets"];

async function checkFindings(repo: string) {
  const report = await governance({ repo });
  return { report, found: report.findings.filter((f) => f.rule.startsWith("checks/")) };
}

function repoWith(config?: string): string {
  return exampleRepo({ codeowners: fixedCodeowners, ...(config ? { config } : {}) });
}

function setCaller(repo: string, edit: (text: string) => string): void {
  const path = join(repo, ".github/workflows/validate.yaml");
  writeFileSync(path, edit(readFileSync(path, "utf8")));
}

describe("required checks", () => {
  it("names the reusable workflow's jobs that report checks, as .github/workflows/validate.yml has them", () => {
    const workflow = parse(
      readFileSync(new URL("../../.github/workflows/validate.yml", import.meta.url), "utf8"),
    ) as { jobs: Record<string, { name?: string }> };
    for (const job of VALIDATE_CHECK_JOBS) {
      expect(workflow.jobs[job], job).toBeDefined();
      // A `name:` would rename the check; these jobs have none, so the check is the job id.
      expect(workflow.jobs[job]?.name, job).toBeUndefined();
    }
  });

  it("lists the example's check names as a notice when governance.requiredChecks is not set", async () => {
    const { report, found } = await checkFindings(repoWith());
    expect(found).toEqual([
      expect.objectContaining({
        rule: "checks/to-require",
        severity: "notice",
        file: ".github/workflows/validate.yaml",
        line: 19,
      }),
    ]);
    expect(report.summary.checks).toEqual(EXAMPLE_CHECKS);
  });

  it("is clean when governance.requiredChecks equals the produced names", async () => {
    const config = `governance:\n  requiredChecks:\n${EXAMPLE_CHECKS.map((c) => `    - "${c}"\n`).join("")}`;
    const { found } = await checkFindings(repoWith(config));
    expect(found).toEqual([]);
  });

  it("reports missing and extra names when they differ", async () => {
    const config =
      'governance:\n  requiredChecks: ["validate / validate", "validate / lint", "ci / policy"]\n';
    const { found } = await checkFindings(repoWith(config));
    expect(found.map((f) => [f.rule, f.file, f.line])).toEqual([
      ["checks/extra", ".github/workflows/validate.yaml", 19],
      ["checks/extra", ".github/workflows/validate.yaml", 19],
      ["checks/missing", ".gitops.yaml", 15],
    ]);
    expect(found[2]?.message).toContain('"ci / policy"');
    expect(found.slice(0, 2).map((f) => f.message.split('"')[1])).toEqual([
      "validate / policy",
      "validate / secrets",
    ]);
  });

  it("names the checks after the caller job's name: when it has one", async () => {
    const repo = repoWith();
    setCaller(repo, (t) => t.replace("  validate:\n    uses:", "  gitops:\n    name: ci\n    uses:"));
    const { report } = await checkFindings(repo);
    expect(report.summary.checks).toEqual(["ci / validate", "ci / lint", "ci / policy", "ci / secrets"]);
  });

  it("warns when the caller job's name is an expression", async () => {
    const repo = repoWith();
    setCaller(repo, (t) =>
      t.replace("  validate:\n    uses:", "  validate:\n    name: ${{ inputs.x }}\n    uses:"),
    );
    const { found } = await checkFindings(repo);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ["checks/no-caller", "error"],
      ["checks/dynamic-name", "warning"],
    ]);
  });

  it("reports a repo with no caller, or one that does not run on pull requests to main", async () => {
    const repo = repoWith();
    setCaller(repo, (t) => t.replace("branches: [main]", "branches: [release]"));
    expect((await checkFindings(repo)).found.map((f) => f.rule)).toEqual(["checks/no-caller"]);
    setCaller(repo, (t) => t.replace("pull_request:\n    branches: [release]", "push:"));
    expect((await checkFindings(repo)).found.map((f) => f.rule)).toEqual(["checks/no-caller"]);
    rmSync(join(repo, ".github/workflows"), { recursive: true });
    const { found } = await checkFindings(repo);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([["checks/no-caller", "error"]]);
  });

  it("does not take a call of another reusable workflow for the validate one", async () => {
    const repo = repoWith();
    setCaller(repo, (t) => t.replace("workflows/validate.yml@v1", "workflows/promote.yml@v1"));
    expect((await checkFindings(repo)).found.map((f) => f.rule)).toEqual(["checks/no-caller"]);
  });

  it("warns about a workflow that is not YAML and goes on", async () => {
    const repo = repoWith();
    writeFileSync(join(repo, ".github/workflows/broken.yml"), "on: [\n");
    const { found } = await checkFindings(repo);
    expect(found.map((f) => [f.rule, f.file])).toEqual([
      ["checks/unreadable-workflow", ".github/workflows/broken.yml"],
      ["checks/to-require", ".github/workflows/validate.yaml"],
    ]);
  });
});

describe("pull_request triggers", () => {
  it.each([
    ["pull_request", true],
    [["push", "pull_request"], true],
    [{ pull_request: null }, true],
    [{ pull_request: { branches: ["main"] } }, true],
    [{ pull_request: { branches: ["ma*"] } }, true],
    [{ pull_request: { branches: ["**"] } }, true],
    [{ pull_request: { branches: ["*", "!main"] } }, false],
    [{ pull_request: { branches: ["release/*"] } }, false],
    [{ pull_request: { "branches-ignore": ["main"] } }, false],
    [{ pull_request: { "branches-ignore": ["dev"] } }, true],
    [{ pull_request_target: null }, false],
    ["push", false],
  ])("%j runs for pull requests to main: %s", (on, expected) => {
    expect(onPullRequestToMain(on)).toBe(expected);
  });
});
