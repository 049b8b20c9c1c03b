// The lint action end to end: the dist bundle run as the runner runs it, with the real
// binaries on PATH (it renders first), on the clean example and on a copy with an unknown field.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { runAction } from "../support/run-action.js";
import { exampleCopy } from "../render/support.js";

let path: string;

beforeAll(async () => {
  const bins = await testBinaries();
  path = `${bins.dir}:/usr/bin:/bin`;
});

describe("lint action", () => {
  it("passes on the example with outputs, SARIF, JUnit and a summary", async () => {
    const repo = exampleCopy();
    const r = await runAction("lint", {}, { workspace: repo, env: { PATH: path } });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ errors: "0", warnings: "0" });
    expect(Number(r.outputs.resources)).toBeGreaterThan(50);
    expect(existsSync(r.outputs["sarif-file"] ?? "")).toBe(true);
    expect(readFileSync(r.outputs["junit-file"] ?? "", "utf8")).toContain("<testsuites");
    expect(r.summary).toContain("Kubernetes 1.34");
    expect(r.annotations).toEqual([]);
  });

  it("fails with an annotation on the source line of an unknown field", async () => {
    const repo = exampleCopy();
    const file = join(repo, "apps/web/base/service.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^spec:$/m, "spec:\n  clusterIPz: None"));
    const r = await runAction(
      "lint",
      { "kubernetes-version": "1.33" },
      { workspace: repo, env: { PATH: path } },
    );
    expect(r.exitCode).toBe(1);
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    const a = r.annotations.find((x) => x.message.includes("clusterIPz"));
    expect(a?.level).toBe("error");
    expect(a?.properties.file).toBe("apps/web/base/service.yaml");
    expect(r.summary).toContain("Kubernetes 1.33");
  });

  it("rejects a bad schema-engine input with exit 2", async () => {
    const r = await runAction(
      "lint",
      { "schema-engine": "kubeval" },
      { workspace: exampleCopy(), env: { PATH: path } },
    );
    expect(r.exitCode).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/schema-engine.*builtin, kubeconform/);
  });
});
