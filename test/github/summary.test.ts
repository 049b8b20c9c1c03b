import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { appendSummary } from "../../packages/github/src/summary.js";
import { captureStdout, commandValues, isolateEnv, tempDir } from "./support.js";

isolateEnv();

// @actions/core caches the summary path on first successful write, so the
// unwritable case must run before any test that writes a real file.
describe("appendSummary", () => {
  it("warns and goes on when the summary file cannot be written", async () => {
    const out = captureStdout();
    process.env.GITHUB_STEP_SUMMARY = join(tempDir(), "missing", "summary.md");
    await expect(appendSummary("## Lint\n")).resolves.toBe(false);
    expect(commandValues(out.lines(), "warning")[0]).toMatch(/^Could not write the job summary: /);
  });

  it("skips with a debug line when GITHUB_STEP_SUMMARY is unset", async () => {
    const out = captureStdout();
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(appendSummary("## Lint\n")).resolves.toBe(false);
    expect(commandValues(out.lines(), "debug")).toEqual([
      "GITHUB_STEP_SUMMARY is not set; skipping the job summary",
    ]);
  });

  it("appends markdown to GITHUB_STEP_SUMMARY, keeping what is there", async () => {
    const file = join(tempDir(), "summary.md");
    writeFileSync(file, "# Validate\n");
    process.env.GITHUB_STEP_SUMMARY = file;
    await expect(appendSummary("## Lint\n\n| env | errors |\n|---|---|\n| prod | 1 |")).resolves.toBe(true);
    await appendSummary("## Policy");
    // The failed first test left nothing behind in the buffer.
    expect(readFileSync(file, "utf8")).toBe(
      "# Validate\n## Lint\n\n| env | errors |\n|---|---|\n| prod | 1 |\n## Policy\n",
    );
  });
});
