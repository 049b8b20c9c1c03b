// Writing promoted files: all or nothing where the file system allows, never a temp file left,
// and symlinked files written through to the file they link to.
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/errors.js";
import { writeFilesAtomically } from "../../packages/promote/src/write.js";

function repo(): string {
  return mkdtempSync(join(tmpdir(), "gitops-promote-write-"));
}

describe("writeFilesAtomically", () => {
  it("writes through a symlink inside the repo, keeping the link", () => {
    const dir = repo();
    writeFileSync(join(dir, "values.yaml"), "tag: v1\n");
    symlinkSync("values.yaml", join(dir, "link.yaml"));
    writeFilesAtomically(dir, [{ path: "link.yaml", before: "tag: v1\n", after: "tag: v2\n" }]);
    expect(lstatSync(join(dir, "link.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe("tag: v2\n");
  });

  it("refuses a symlink out of the repo, naming it, and writes nothing", () => {
    const dir = repo();
    const outside = join(repo(), "values.yaml");
    writeFileSync(outside, "tag: v1\n");
    symlinkSync(outside, join(dir, "link.yaml"));
    expect(() => {
      writeFilesAtomically(dir, [{ path: "link.yaml", before: "tag: v1\n", after: "tag: v2\n" }]);
    }).toThrow("link.yaml is a symlink to a file outside the repository; promote will not write there");
    expect(readFileSync(outside, "utf8")).toBe("tag: v1\n");
  });

  it("names the file that could not be replaced and the ones already promoted; no temp file stays", () => {
    const dir = repo();
    writeFileSync(join(dir, "a.yaml"), "a: 1\n");
    mkdirSync(join(dir, "b.yaml")); // a folder where a file is expected: the rename fails
    let error: unknown;
    try {
      writeFilesAtomically(dir, [
        { path: "a.yaml", before: "a: 1\n", after: "a: 2\n" },
        { path: "b.yaml", before: "b: 1\n", after: "b: 2\n" },
      ]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^b\.yaml: cannot write: .*; already promoted: a\.yaml/);
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml"]);
  });
});
