// File hashes by content and repo-relative path: what the cache keys are made of.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileHasher, Unhashable } from "../../packages/cache/src/index.js";
import { writeFiles } from "../support/git.js";

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-hash-"));
  writeFiles(dir, files);
  return dir;
}

describe("file hasher", () => {
  it("hashes the same content the same in two checkouts, and a missing file as absent", () => {
    const a = repo({ "base/a.yaml": "x: 1\n" });
    const b = repo({ "base/a.yaml": "x: 1\n" });
    expect(new FileHasher(a).file("base/a.yaml")).toBe(new FileHasher(b).file("base/a.yaml"));
    expect(new FileHasher(a).dir("base")).toBe(new FileHasher(b).dir("base"));
    expect(new FileHasher(a).file("base/none.yaml")).toBe("absent");
  });

  it("changes a folder's hash when a file below it is added, changed or renamed", () => {
    const files = { "chart/Chart.yaml": "name: c\n", "chart/templates/cm.yaml": "kind: ConfigMap\n" };
    const before = new FileHasher(repo(files)).dir("chart");
    const variants: Record<string, string>[] = [
      { ...files, "chart/templates/new.yaml": "" },
      { ...files, "chart/templates/cm.yaml": "kind: Secret\n" },
      { "chart/Chart.yaml": "name: c\n", "chart/templates/cm2.yaml": "kind: ConfigMap\n" },
      { ...files, "chart/.helmignore": "*.md\n" },
    ];
    for (const v of variants) expect(new FileHasher(repo(v)).dir("chart")).not.toBe(before);
  });

  it("leaves out the output folders and .git when hashing the whole repository", () => {
    const files = { "apps/a.yaml": "x: 1\n" };
    const plain = new FileHasher(repo(files), ["render"]).dir("");
    const withOutputs = repo({ ...files, "render/apps.yaml": "anything", ".git/HEAD": "ref\n" });
    expect(new FileHasher(withOutputs, ["render"]).dir("")).toBe(plain);
  });

  it("refuses to hash a symlinked folder (its content could change unseen)", () => {
    const dir = repo({ "real/a.yaml": "x: 1\n" });
    mkdirSync(join(dir, "app"));
    symlinkSync(join(dir, "real"), join(dir, "app", "linked"));
    writeFileSync(join(dir, "app", "b.yaml"), "y: 2\n");
    expect(() => new FileHasher(dir).dir("app")).toThrow(Unhashable);
  });
});
