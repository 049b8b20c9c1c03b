import { describe, expect, it } from "vitest";
import { parseRenderedYaml } from "../../packages/core/src/rendered-yaml.js";
import { UserError } from "../../packages/core/src/errors.js";
import { parseYaml } from "../../packages/core/src/yaml.js";

const HELM = [
  "---",
  "# Source: queue/templates/service.yaml",
  "apiVersion: v1",
  "kind: Service",
  "metadata:",
  "  name: queue",
  "---",
  "# Source: queue/templates/cm.yaml",
  "apiVersion: v1",
  "kind: ConfigMap",
  "metadata: {name: cfg}",
  "data:",
  "  script: |",
  "    echo hi",
  "  when: 2024-01-01",
  "  port: '8080'",
  "",
].join("\n");

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error("expected a UserError");
}

describe("parseRenderedYaml", () => {
  it("reads the same values and first lines as parseYaml, with each document's Helm source", () => {
    const docs = parseRenderedYaml(HELM, "render/x.yaml");
    const careful = parseYaml(HELM, "render/x.yaml").documents;
    expect(docs.map((d) => d.value)).toEqual(careful.map((d) => d.value));
    expect(docs.map((d) => d.line)).toEqual(careful.map((d) => d.line));
    expect(docs.map((d) => [d.line, d.comment])).toEqual([
      [3, "Source: queue/templates/service.yaml"],
      [9, "Source: queue/templates/cm.yaml"],
    ]);
    // The core schema, as `yaml` reads it: a date stays a string.
    expect((docs[1]?.value as { data: { when: unknown } }).data.when).toBe("2024-01-01");
  });

  it("reads CRLF output and skips empty and comment-only documents", () => {
    expect(
      parseRenderedYaml("---\r\n# nothing\r\n---\r\na: 1\r\n---\r\n", "crlf.yaml").map((d) => d.value),
    ).toEqual([{ a: 1 }]);
  });

  it("rejects a duplicate key with the file and the line in the stream", () => {
    const err = userError(() => parseRenderedYaml("a: 1\n---\nb: 1\nb: 2\n", "render/dup.yaml"));
    expect(err.message).toMatch(/^render\/dup\.yaml:4: invalid YAML: duplicated mapping key/);
    expect(err.line).toBe(4);
  });

  it("sends documents with anchors through the careful loader, which stops an alias bomb", () => {
    expect(parseRenderedYaml("base: &b {x: 1}\ncopy: *b\n", "a.yaml")[0]?.value).toEqual({
      base: { x: 1 },
      copy: { x: 1 },
    });
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      bomb.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    expect(
      userError(() => parseRenderedYaml(bomb.join("\n"), "bomb.yaml", { maxAliasCount: 100 })).message,
    ).toMatch(/alias/);
  });

  it("enforces the document and size caps", () => {
    expect(
      userError(() => parseRenderedYaml("a: 1\n---\nb: 2\n---\nc: 3\n", "many.yaml", { maxDocuments: 2 }))
        .message,
    ).toBe("many.yaml: more than 2 YAML documents");
    expect(userError(() => parseRenderedYaml("a: 1\n", "big.yaml", { maxBytes: 3 })).message).toMatch(
      /^big\.yaml: 5 bytes exceed/,
    );
  });
});
