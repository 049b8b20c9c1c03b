import { describe, expect, it } from "vitest";

import type { Finding } from "../../packages/core/src/finding.js";
import { emitAnnotations } from "../../packages/github/src/annotations.js";
import { captureStdout, isolateEnv } from "./support.js";

isolateEnv();

const finding = (over: Partial<Finding>): Finding => ({
  tool: "lint",
  rule: "schema/unknown-field",
  severity: "error",
  message: "spec.replica is not a field of Deployment",
  ...over,
});

describe("emitAnnotations", () => {
  it("emits each finding as a workflow command with title, file, line and column", () => {
    const out = captureStdout();
    const result = emitAnnotations([
      finding({ severity: "notice", message: "chart is not pinned", file: "apps/web/Chart.yaml" }),
      finding({ file: "apps/api/overlays/prod/deployment.yaml", line: 12, column: 5 }),
      finding({ severity: "warning", tool: "policy", rule: "no-latest", message: "image uses :latest" }),
    ]);
    expect(result).toEqual({ emitted: 3, dropped: 0 });
    expect(out.lines()).toEqual([
      "::error title=lint%3A schema/unknown-field,file=apps/api/overlays/prod/deployment.yaml,line=12,col=5::" +
        "spec.replica is not a field of Deployment",
      "::warning title=policy%3A no-latest::image uses :latest",
      "::notice title=lint%3A schema/unknown-field,file=apps/web/Chart.yaml::chart is not pinned",
    ]);
  });

  it("logs how many findings the cap left out", () => {
    const out = captureStdout();
    const findings = [1, 2, 3].map((line) => finding({ file: "a.yaml", line }));
    expect(emitAnnotations(findings, { limit: 1 })).toEqual({ emitted: 1, dropped: 2 });
    expect(out.lines()).toHaveLength(2);
    expect(out.lines()[1]).toBe(
      "2 more findings were not annotated (GitHub shows only a few per step); see the job summary.",
    );
  });

  it("emits nothing for no findings", () => {
    const out = captureStdout();
    expect(emitAnnotations([])).toEqual({ emitted: 0, dropped: 0 });
    expect(out.text()).toBe("");
  });
});
