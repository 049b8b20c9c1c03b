// `gitops validate` says what each check covered, with the numbers each check's own `--json`
// summary gives; and the demo's planted copy is reported exactly, each problem at its file and
// line (scripts/demo-run.ts, run here in-process on the sources rather than the bundle).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../packages/cli/src/cli.js";
import type { LintSummary } from "../../packages/lint/src/index.js";
import type { PolicyCheckStats } from "../../packages/policy/src/index.js";
import type { IndexEntry } from "../../packages/render/src/index.js";
import type { SecretScanStats } from "../../packages/secrets/src/index.js";
import { coverageText, renderCoverage } from "../../packages/validate/src/index.js";
import { parseValidateText, plantedMismatches, plantProblems } from "../../scripts/demo-run.js";
import { pathWith, testBinaries } from "../support/binaries.js";
import { exampleCopy } from "../render/support.js";

async function gitops(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false },
    {},
  );
  return { code, stdout, stderr };
}

/** A `--json` document's summary. */
async function summary<T>(...argv: string[]): Promise<T> {
  const r = await gitops(...argv, "--json");
  return (JSON.parse(r.stdout) as { summary: T }).summary;
}

beforeAll(async () => {
  // The commands find kustomize and helm on this process's PATH.
  process.env.PATH = pathWith((await testBinaries()).dir);
});

describe("gitops validate names what each check covered", () => {
  it("on the example: the numbers of render/index.json and of lint, policy and secrets --json", async () => {
    const repo = exampleCopy();
    const text = await gitops("validate", "--repo", repo);
    expect(text.code).toBe(0);
    const line = (check: string) =>
      text.stdout.split("\n").find((l) => l.startsWith(`== ${check}: passed`)) ?? "";

    const index = JSON.parse(readFileSync(join(repo, "render", "index.json"), "utf8")) as {
      targets: IndexEntry[];
    };
    const resources = index.targets.reduce((n, t) => n + t.resources, 0);
    expect(resources).toBeGreaterThan(50);
    expect(line("render")).toContain(
      `${index.targets.length} of ${index.targets.length} targets rendered (0 failed), ${resources} resources`,
    );

    const lint = await summary<LintSummary>("lint", "--repo", repo, "--no-render");
    expect(lint.resources).toBe(resources);
    expect(line("lint")).toContain(
      `${resources} resources in ${index.targets.length} targets against Kubernetes ${lint.kubeVersion} schemas + ` +
        `${lint.crdKinds} CRD kinds (${lint.crdKindsUsed.length} used), strict; ` +
        `${lint.applications} Applications, ${lint.files} YAML files`,
    );

    const policy = await summary<PolicyCheckStats>("policy", "--repo", repo, "--no-render");
    expect(policy.policies).toBeGreaterThan(3);
    expect(policy.resources).toBe(resources);
    expect(line("policy")).toContain(
      `${policy.policies} policies × ${resources} objects of ${policy.targets} targets: ${policy.evaluations} matched and evaluated`,
    );

    const secrets = await summary<SecretScanStats>("secrets", "--repo", repo);
    expect(secrets.files).toBeGreaterThan(50);
    expect(line("secrets")).toMatch(
      new RegExp(`— ${secrets.files} files \\(\\d+\\.\\d KiB\\) with ${secrets.rules} credential rules$`),
    );

    // --json carries the same coverage per check, each as its own check's summary.
    const doc = JSON.parse((await gitops("validate", "--repo", repo, "--json")).stdout) as {
      summary: { checks: Record<string, { coverage: Record<string, unknown> }> };
    };
    const checks = doc.summary.checks;
    expect(checks.render?.coverage).toEqual(renderCoverage(index.targets));
    // Every coverage field is lint --json's, with its value (the summary adds the counts).
    expect(lint).toMatchObject(checks.lint?.coverage ?? { missing: true });
    expect(checks.policy?.coverage).toMatchObject({
      policies: policy.policies,
      resources: policy.resources,
      evaluations: policy.evaluations,
      waived: 0,
    });
    expect(checks.secrets?.coverage).toMatchObject({ files: secrets.files, rules: secrets.rules });
  });

  it("says when waivers applied and when the schemas are not strict", () => {
    expect(
      coverageText({
        policy: {
          policies: 1,
          resources: 3,
          targets: 1,
          evaluations: 2,
          waived: 1,
          kyverno: false,
          conftest: false,
          loadMs: 0,
          evaluateMs: 0,
          ms: 0,
        },
      }),
    ).toBe("1 policy × 3 objects of 1 target: 2 matched and evaluated, 1 waived");
    expect(
      coverageText({
        lint: {
          kubeVersion: "1.32",
          schemaEngine: "builtin",
          strict: false,
          targets: 1,
          resources: 1,
          applications: 0,
          files: 2,
          crdKinds: 1,
          crdKindsUsed: [],
        },
      }),
    ).toBe(
      "1 resource in 1 target against Kubernetes 1.32 schemas + 1 CRD kind (0 used), not strict; 0 Applications, 2 YAML files",
    );
  });
});

describe("the demo's planted copy", () => {
  it("reports each planted problem once, at its file and line, and nothing else", async () => {
    const repo = exampleCopy();
    const planted = plantProblems(repo);
    expect(planted.map((p) => p.check)).toEqual(["render", "lint", "policy", "secrets"]);
    const r = await gitops("validate", "--repo", repo);
    expect(r.code).toBe(1);
    const reported = parseValidateText(r.stdout);
    expect(plantedMismatches(reported, planted)).toEqual([]);
    for (const p of planted)
      expect(r.stdout).toMatch(new RegExp(`^error {2}${p.file}:${p.line} {2}${p.rule} `, "m"));
    // The failed target is reported by render alone: lint's Argo CD check and policy keep quiet on it.
    expect(r.stdout).not.toContain("argo/source-render");
    expect(r.stdout).toContain(
      "== render: failed (1 error(s), 0 warning(s), 0 notice(s)) — 12 of 13 targets",
    );
  });

  it("tells a missing or misplaced finding from the planted one", () => {
    const planted = [
      { check: "lint" as const, rule: "lint/schema/unknown-field", file: "a.yaml", line: 5, what: "" },
    ];
    const text = [
      "== lint: failed (2 error(s), 0 warning(s), 0 notice(s))",
      "error  a.yaml:6  lint/schema/unknown-field  Namespace x: unknown field",
      "error  argo-apps/x.yaml:3  lint/argo/source-render  Application x: does not render",
      "2 errors, 0 warnings, 0 notices",
      "== secrets: failed (1 error(s), 0 warning(s), 0 notice(s))",
      "error  b.md:1  secrets/github-pat  token",
    ].join("\n");
    expect(plantedMismatches(parseValidateText(text), planted)).toEqual([
      "lint: expected lint/schema/unknown-field at a.yaml:5, found error lint/schema/unknown-field at a.yaml:6; error lint/argo/source-render at argo-apps/x.yaml:3",
      "secrets: nothing was planted for it, yet it reported error secrets/github-pat at b.md:1",
    ]);
  });
});
