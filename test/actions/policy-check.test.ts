// The policy-check action end to end: dist/policy-check/index.js run as the runner runs it.
// One run renders the example repository with the real helm and kubectl (it must be clean);
// the others use `manifests` and need no rendering.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { exampleCopy, toolEnv } from "../render/support.js";
import { runAction } from "../support/run-action.js";

const FIXTURES = fileURLToPath(new URL("../policy/fixtures/starter", import.meta.url));

let path: string;
let workspace: string;

beforeAll(async () => {
  path = (await toolEnv()).PATH ?? "";
  // The example as a folder of the checkout (repo-path), with the fixtures beside it.
  const repo = exampleCopy();
  workspace = join(repo, "..");
  mkdirSync(join(workspace, "fixtures"));
  cpSync(FIXTURES, join(workspace, "fixtures"), { recursive: true });
});

describe("actions/policy-check", () => {
  it("renders the example repository and finds it clean", async () => {
    const r = await runAction("policy-check", { "repo-path": "infra" }, { workspace, env: { PATH: path } });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ findings: "0", errors: "0", warnings: "0", waived: "0" });
    expect(Number(r.outputs.evaluations)).toBeGreaterThan(20);
    expect(r.annotations).toEqual([]);
    expect(r.summary).toContain("✅ **policy** passed: no findings");
    expect(r.summary).toMatch(/6 policies on \d+ object\(s\) of 13 target\(s\)/);
  });

  it("fails on violations, with annotations at the manifest's line and the summary table", async () => {
    const r = await runAction(
      "policy-check",
      { "repo-path": "infra", manifests: "fixtures/namespaces.yaml\nfixtures/prod-min-replicas.fail.yaml" },
      { workspace, env: { PATH: path } },
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ findings: "2", errors: "2", warnings: "0" });
    expect(r.annotations.map((a) => [a.level, a.properties.file, a.properties.line])).toEqual([
      ["error", "fixtures/prod-min-replicas.fail.yaml", "2"],
      ["error", "fixtures/prod-min-replicas.fail.yaml", "17"],
    ]);
    expect(r.annotations[0]?.message).toContain("spec.replicas must be set to at least 2");
    expect(r.summary).toContain("❌ **policy** failed: 2 errors");
  });

  it("turns a waived violation into a notice naming the waiver, and fail-on notice fails on it", async () => {
    writeFileSync(
      join(workspace, "infra", "policies", "exceptions.yaml"),
      [
        "exceptions:",
        "  - policy: disallow-plain-secrets",
        "    match: { kind: Secret, namespace: web-staging, name: web-db }",
        "    reason: migrated to an ExternalSecret in the next release",
        '    owner: "@example-org/web-team"',
        '    expires: "2999-12-31"',
        "",
      ].join("\n"),
    );
    const inputs = {
      "repo-path": "infra",
      manifests: "fixtures/namespaces.yaml fixtures/disallow-plain-secrets.fail.yaml",
    };
    const clean = await runAction("policy-check", inputs, { workspace, env: { PATH: path } });
    expect(clean.exitCode).toBe(0);
    expect(clean.outputs).toMatchObject({ findings: "1", errors: "0", waived: "1" });
    expect(clean.annotations[0]?.level).toBe("notice");
    expect(clean.annotations[0]?.message).toContain("waived by policies/exceptions.yaml:2");
    const strict = await runAction(
      "policy-check",
      { ...inputs, "fail-on": "notice" },
      { workspace, env: { PATH: path } },
    );
    expect(strict.exitCode).toBe(1);
  });

  it("exits 2 with one clear message for a policies folder that does not exist", async () => {
    const r = await runAction(
      "policy-check",
      { "repo-path": "infra", policies: "no-such-dir", manifests: "fixtures/namespaces.yaml" },
      { workspace, env: { PATH: path } },
    );
    expect(r.exitCode).toBe(2);
    expect(r.annotations.map((a) => a.message)).toEqual(["the policies folder no-such-dir does not exist"]);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});
