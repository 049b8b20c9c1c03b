// One file hasher per repository model: validate's render, lint and policy key their targets
// against the same model, so they share one; a new run loads a new model and so hashes afresh.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelHasher } from "../../packages/cache/src/index.js";

describe("modelHasher", () => {
  it("gives one hasher per model, and a new model sees an edit", () => {
    const repo = mkdtempSync(join(tmpdir(), "gitops-mhash-"));
    writeFileSync(join(repo, "a.yaml"), "a: 1\n");
    const run1 = { repo, outputDirs: ["render"] };
    const h = modelHasher(run1);
    expect(modelHasher(run1)).toBe(h);
    const before = h.file("a.yaml");
    writeFileSync(join(repo, "a.yaml"), "a: 2\n");
    // The run's view stays the run's ...
    expect(modelHasher(run1).file("a.yaml")).toBe(before);
    // ... and the next run's model hashes the file as it is now.
    const run2 = { repo, outputDirs: ["render"] };
    expect(modelHasher(run2)).not.toBe(h);
    expect(modelHasher(run2).file("a.yaml")).not.toBe(before);
  });

  it("leaves the model's output folders out of folder hashes", () => {
    const repo = mkdtempSync(join(tmpdir(), "gitops-mhash-"));
    writeFileSync(join(repo, "a.yaml"), "a: 1\n");
    const dir = modelHasher({ repo, outputDirs: ["out"] }).dir("");
    writeFileSync(join(repo, "out"), "");
    expect(modelHasher({ repo, outputDirs: ["out"] }).dir("")).toBe(dir);
    expect(modelHasher({ repo, outputDirs: [] }).dir("")).not.toBe(dir);
  });
});
