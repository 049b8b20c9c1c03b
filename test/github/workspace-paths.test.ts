// Findings name files relative to the repository; annotations and SARIF need them relative to the
// workspace. One function for every action (status, governance; lint, policy-check and secret-scan
// can follow).
import { describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/finding.js";
import { findingsInWorkspace } from "../../packages/core/src/workspace-paths.js";

const finding = (file?: string): Finding => ({
  tool: "governance",
  rule: "r",
  severity: "error",
  message: "m",
  ...(file === undefined ? {} : { file }),
});

const files = (repoPath: string, ...names: (string | undefined)[]) =>
  findingsInWorkspace(names.map(finding), repoPath, "/ws").map((f) => f.file);

describe("findingsInWorkspace", () => {
  it("puts repo-path in front of each file, however repo-path is spelled", () => {
    for (const repoPath of ["infra", "./infra", "infra/", "./infra//", "/ws/infra"])
      expect(files(repoPath, "CODEOWNERS", "apps/web/overlays/prod/kustomization.yaml")).toEqual([
        "infra/CODEOWNERS",
        "infra/apps/web/overlays/prod/kustomization.yaml",
      ]);
  });

  it("leaves files alone when the repository is the workspace, and findings without a file", () => {
    expect(files(".", "a/b.yaml", undefined)).toEqual(["a/b.yaml", undefined]);
    expect(files("./", "a/b.yaml")).toEqual(["a/b.yaml"]);
  });

  it("turns absolute files inside the workspace relative, and leaves files outside it as they are", () => {
    expect(files("infra", "/ws/fixtures/m.yaml", "/elsewhere/m.yaml")).toEqual([
      "fixtures/m.yaml",
      "/elsewhere/m.yaml",
    ]);
    // A repository outside the workspace cannot be annotated there: its paths stay repo-relative.
    expect(files("../other", "a.yaml")).toEqual(["a.yaml"]);
    expect(files("/elsewhere/repo", "a.yaml")).toEqual(["a.yaml"]);
  });

  it("keeps every other field and the order", () => {
    const shown = findingsInWorkspace(
      [{ ...finding("x.yaml"), line: 3, target: "apps/web" }, finding()],
      "infra",
      "/ws",
    );
    expect(shown).toEqual([{ ...finding("infra/x.yaml"), line: 3, target: "apps/web" }, finding()]);
  });

  it("defaults the workspace to the working directory, as the runner starts a step", () => {
    expect(findingsInWorkspace([finding("a.yaml")], "infra")[0]?.file).toBe("infra/a.yaml");
  });
});
