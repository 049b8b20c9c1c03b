// Hashers of one process share content hashes (the render cache and the check cache hash the
// same files), yet never serve a stale hash: a changed file, or one written just before it was
// hashed, is read again.
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileHasher } from "../../packages/cache/src/index.js";

const old = new Date(Date.now() - 60_000);

describe("content hashes shared between hashers", () => {
  it("hashes an edited file anew, even at the same size and time", () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-hash-shared-"));
    const path = join(dir, "a.yaml");
    writeFileSync(path, "tag: 1\n");
    utimesSync(path, old, old);
    const first = new FileHasher(dir).file("a.yaml");
    writeFileSync(path, "tag: 2\n");
    // Same size, and its time put back: only the change time (which no one can set) moved.
    utimesSync(path, old, old);
    const second = new FileHasher(dir).file("a.yaml");
    expect(second).not.toBe(first);
    writeFileSync(path, "tag: 1\n");
    expect(new FileHasher(dir).file("a.yaml")).toBe(first);
  });

  it("reads a file written in the instant it was hashed again", () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-hash-shared-"));
    const path = join(dir, "a.yaml");
    const hashes = new Set<string>();
    for (let i = 0; i < 20; i++) {
      writeFileSync(path, `tag: ${i % 10}\n`);
      hashes.add(new FileHasher(dir).file("a.yaml"));
    }
    expect(hashes.size).toBe(10);
  });
});
