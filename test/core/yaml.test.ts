import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/errors.js";
import { lineAt, loadYamlFile, parseYaml } from "../../packages/core/src/yaml.js";

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error("expected a UserError");
}

describe("parseYaml", () => {
  it("reads every document of a multi-document file with its start line", () => {
    const y = parseYaml("a: 1\n---\nb: 2\n---\n# only a comment\n", "x.yaml");
    expect(y.documents.map((d) => d.value)).toEqual([{ a: 1 }, { b: 2 }, null]);
    // An empty document has no first key: its line is its `---`.
    expect(y.documents.map((d) => d.line)).toEqual([1, 3, 4]);
  });

  it("reports a duplicate key as an error with file and line", () => {
    const err = userError(() => parseYaml("kind: A\nmetadata:\n  name: x\n  name: y\n", "apps/a.yaml"));
    expect(err.message).toMatch(/^apps\/a\.yaml:4: duplicate key/);
    expect(err.line).toBe(4);
    expect(err.file).toBe("apps/a.yaml");
  });

  it("reports a syntax error with the line it is on", () => {
    const err = userError(() => parseYaml("a: 1\nb: [1, 2\nc: 3\n", "k.yaml"));
    expect(err.message).toMatch(/^k\.yaml:\d+: invalid YAML/);
    expect(err.line).toBeGreaterThanOrEqual(2);
  });

  it("stops an alias bomb instead of expanding it", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const err = userError(() => parseYaml(levels.join("\n") + "\n", "bomb.yaml"));
    expect(err.message).toContain("bomb.yaml");
    expect(err.message).toMatch(/alias/);
  });

  it("rejects more documents than the limit, naming the count", () => {
    const text = Array.from({ length: 12 }, (_, i) => `i: ${i}`).join("\n---\n");
    const err = userError(() => parseYaml(text, "many.yaml", { maxDocuments: 10 }));
    expect(err.message).toBe("many.yaml: 12 YAML documents exceed the limit of 10 per file");
  });

  it("ignores a byte order mark", () => {
    expect(parseYaml("\uFEFFkind: ConfigMap\n", "bom.yaml").documents[0]?.value).toEqual({
      kind: "ConfigMap",
    });
  });

  it("keeps comments for later edits", () => {
    const y = parseYaml("# head\nimage: a:1 # pinned\n", "c.yaml");
    expect(y.documents[0]?.doc.toString()).toContain("# pinned");
  });

  it("finds the line of a nested key, or of its nearest ancestor", () => {
    const y = parseYaml("a: 1\n---\nspec:\n  source:\n    path: apps/x\n", "app.yaml");
    const doc = y.documents[1]!;
    expect(lineAt(y, doc, ["spec", "source", "path"])).toBe(5);
    expect(lineAt(y, doc, ["spec", "source", "missing"])).toBe(4);
    expect(lineAt(y, doc, ["nothing"])).toBe(3);
  });
});

describe("loadYamlFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "gitops-yaml-"));

  it("names a missing file", () => {
    const err = userError(() => loadYamlFile(join(dir, "nope.yaml"), "apps/nope.yaml"));
    expect(err.message).toBe("apps/nope.yaml: cannot read: no such file");
  });

  it("refuses a file over the size cap without reading it", () => {
    const path = join(dir, "big.yaml");
    writeFileSync(path, "a: " + "x".repeat(4096) + "\n");
    const err = userError(() => loadYamlFile(path, "big.yaml", { maxBytes: 1024 }));
    expect(err.message).toMatch(/^big\.yaml: 5 KiB exceeds the 1 KiB limit/);
  });

  it("refuses bytes that are not UTF-8", () => {
    const path = join(dir, "latin1.yaml");
    writeFileSync(path, Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    expect(userError(() => loadYamlFile(path, "latin1.yaml")).message).toBe(
      "latin1.yaml: not valid UTF-8 text",
    );
  });

  it("names a folder given in place of a file", () => {
    expect(userError(() => loadYamlFile(dir, "somedir")).message).toBe("somedir: not a regular file");
  });
});
