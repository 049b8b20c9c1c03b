// The model's per-run reader: discovery and the input graphs share one parse per file, and a
// file that changes (or breaks, or goes) is read again rather than served stale.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/errors.js";
import { documentReader, readDocuments } from "../../packages/core/src/model/read.js";

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "gitops-reader-")), "kustomization.yaml");
  writeFileSync(path, text);
  return path;
}

describe("documentReader", () => {
  it("parses a file once and hands back the same documents readDocuments gives", () => {
    const path = file("resources:\n  - ../base\n");
    const read = documentReader();
    const first = read(path, "k.yaml");
    expect(first).toEqual(readDocuments(path, "k.yaml"));
    expect(read(path, "k.yaml")).toBe(first);
  });

  it("reads a changed file again", () => {
    const path = file("resources:\n  - ../base\n");
    const read = documentReader();
    read(path, "k.yaml");
    writeFileSync(path, "resources:\n  - ../other\n");
    // Same size: the modification time alone must tell.
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(read(path, "k.yaml")[0]?.value).toEqual({ resources: ["../other"] });
  });

  it("throws the same refusal each time, and the new state once the file is fixed or gone", () => {
    const path = file("a: 1\na: 2\n");
    const read = documentReader();
    expect(() => read(path, "k.yaml")).toThrow(UserError);
    expect(() => read(path, "k.yaml")).toThrow(/k\.yaml/);
    writeFileSync(path, "a: 1\n");
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(read(path, "k.yaml")[0]?.value).toEqual({ a: 1 });
    rmSync(path);
    expect(() => read(path, "k.yaml")).toThrow(/k\.yaml: cannot read/);
  });
});
