// Annotations need paths relative to the workspace; findings name files relative to the repo,
// or absolutely for --manifests files outside it.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/finding.js";
import { relativeToWorkspace } from "../../packages/policy/src/summary.js";

const finding = (file?: string): Finding => ({
  tool: "policy",
  rule: "r",
  severity: "error",
  message: "m",
  ...(file === undefined ? {} : { file }),
});

describe("relativeToWorkspace", () => {
  it("prefixes repo paths with repo-path, and turns absolute paths inside the workspace relative", () => {
    const files = relativeToWorkspace(
      [finding("policies/p.yaml"), finding("/ws/fixtures/m.yaml"), finding("/elsewhere/m.yaml"), finding()],
      "/ws",
      "infra",
    ).map((f) => f.file);
    expect(files).toEqual(["infra/policies/p.yaml", "fixtures/m.yaml", "/elsewhere/m.yaml", undefined]);
  });

  it("keeps repo paths as they are when the repo is the workspace", () => {
    expect(relativeToWorkspace([finding("a/b.yaml")], "/ws", ".")[0]?.file).toBe("a/b.yaml");
  });
});
