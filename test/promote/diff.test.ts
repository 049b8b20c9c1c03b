// Unified diffs for --dry-run, checked against what `git apply` accepts.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../packages/promote/src/index.js";
import { tempRepo } from "./fixture.js";

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`).join("");

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("a.yaml", "x\n", "x\n")).toBe("");
  });

  it("shows separate hunks for distant changes and merges close ones", () => {
    const before = lines(30);
    const after = before
      .replace("line 3\n", "LINE 3\n")
      .replace("line 6\n", "LINE 6\n")
      .replace("line 25\n", "LINE 25\n");
    const diff = unifiedDiff("f.yaml", before, after);
    expect(diff.split("\n").filter((l) => l.startsWith("@@"))).toEqual([
      "@@ -1,9 +1,9 @@",
      "@@ -22,7 +22,7 @@",
    ]);
    expect(diff.startsWith("--- a/f.yaml\n+++ b/f.yaml\n")).toBe(true);
  });

  it("applies with git apply, added lines and missing final newlines included", () => {
    const before = `${lines(12)}last`;
    const after = before.replace("line 4\n", "line 4\ninserted\n").replace("last", "last changed");
    const dir = tempRepo({ "f.yaml": before });
    execFileSync("git", ["apply", "--unsafe-paths", "-"], {
      cwd: dir,
      input: unifiedDiff("f.yaml", before, after),
    });
    expect(readFileSync(join(dir, "f.yaml"), "utf8")).toBe(after);
  });
});
