// Editing YAML inside a YAML string (yaml-embedded.ts) through the Changeset: only changed lines move.
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../packages/core/src/index.js";
import { Changeset } from "../../packages/promote/src/changeset.js";
import { embeddedFile } from "../../packages/promote/src/yaml-embedded.js";

/** Sets `path.key` to `value` inside the string at `keys` of `text`, and returns the new text. */
function edit(text: string, keys: (string | number)[], path: string[], key: string, value: string): string {
  const outer = parseYaml(text, "f.yaml");
  const inner = embeddedFile(outer, 0, keys);
  if (!inner) throw new Error("not an editable string");
  const set = new Changeset();
  set.field("svc", inner, 0, path, key, { text: value, isString: true });
  return set.files()[0]?.after ?? text;
}

describe("a YAML string edited inside", () => {
  it("adds a key at the end of a |- string that ends the file without a newline", () => {
    const text = "helm:\n  values: |-\n    image:\n      tag: a";
    expect(edit(text, ["helm", "values"], ["image"], "digest", "sha256:x")).toBe(
      "helm:\n  values: |-\n    image:\n      tag: a\n      digest: sha256:x",
    );
  });

  it("changes one line in a |+ string with trailing blank lines and leaves the next key alone", () => {
    const text = "a:\n  s: |+\n    x: 1\n    y: 2\n\nb: 3\n";
    expect(edit(text, ["a", "s"], [], "y", "5")).toBe('a:\n  s: |+\n    x: 1\n    y: "5"\n\nb: 3\n');
  });

  it("reads a list's string by index, and refuses folded, quoted and indentation-indicator strings", () => {
    const list = parseYaml("patches:\n  - patch: |\n      a: 1\n", "k.yaml");
    expect(embeddedFile(list, 0, ["patches", 0, "patch"])?.embedding.field).toBe("patches[0].patch");
    for (const text of ["s: >\n  a: 1\n", 's: "a: 1"\n', "s: |2\n    a: 1\n", "s: plain\n"]) {
      expect(embeddedFile(parseYaml(text, "f.yaml"), 0, ["s"]), text).toBeUndefined();
    }
  });

  it("a string that is not YAML holds no fields", () => {
    expect(embeddedFile(parseYaml("s: |\n  a: [\n", "f.yaml"), 0, ["s"])).toBeUndefined();
  });
});
