// formatYaml on a corpus of messy real-world YAML: data and comments kept, idempotent, house style.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Lexer, Scalar, visit } from "yaml";
import { lineOfOffset, parseYaml } from "../../packages/core/src/yaml.js";
import { checkFile, checkFormatted, formatYaml } from "../../packages/lint/src/index.js";

const FIXTURES = new URL("../fixtures/fmt/", import.meta.url);
const CORPUS = readdirSync(FIXTURES).filter((f) => f.endsWith(".yaml"));

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), "utf8");
}

function format(text: string, file = "x.yaml"): string {
  const result = formatYaml(text, file);
  if (!result.ok) throw new Error(`refused: ${result.finding.message}`);
  return result.text;
}

function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith("#")).map((t) => t.trimEnd());
}

function data(text: string): unknown[] {
  return parseYaml(text, "x.yaml").documents.map((d) => d.value);
}

/** Lines of `text` outside block scalars (inside them, trailing spaces and tabs are content). */
function outsideBlocks(text: string): string[] {
  const file = parseYaml(text, "x.yaml");
  const inside = new Set<number>();
  for (const doc of file.documents) {
    visit(doc.doc, {
      Scalar(_key, node) {
        if (!node.range || (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED)) return;
        const to = lineOfOffset(file.lineCounter, node.range[1]);
        for (let l = lineOfOffset(file.lineCounter, node.range[0]); l <= to; l++) inside.add(l);
      },
    });
  }
  return text.split("\n").filter((_, i) => !inside.has(i + 1));
}

describe("gitops fmt on a corpus of real-world YAML", () => {
  it("has a corpus", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of CORPUS) {
    describe(name, () => {
      const before = fixture(name);
      const after = format(before, name);

      it("keeps the data, document by document", () => {
        expect(data(after)).toEqual(data(before));
        expect(parseYaml(after, name).documents).toHaveLength(parseYaml(before, name).documents.length);
      });

      it("keeps every comment", () => {
        expect(comments(after).sort()).toEqual(comments(before).sort());
      });

      it("is idempotent", () => {
        expect(formatYaml(after, name)).toEqual({ ok: true, text: after, changed: false });
      });

      it("writes LF line ends, one final newline and no trailing spaces outside block scalars", () => {
        expect(after).not.toContain("\r");
        if (after !== "") expect(after).toMatch(/[^\n]\n$/);
        for (const line of outsideBlocks(after)) expect(line).not.toMatch(/[ \t]$/);
      });

      it("leaves nothing for lint's YAML hygiene to report", () => {
        const repo = mkdtempSync(join(tmpdir(), "gitops-fmt-hygiene-"));
        writeFileSync(join(repo, name), after);
        expect(checkFile(repo, name)).toEqual([]);
      });
    });
  }
});

describe("formatYaml", () => {
  it("indents by two with sequences under their key, comments and blank lines kept", () => {
    expect(format(fixture("kustomization.yaml")))
      .toBe(`# Overlay for prod: image tags are bumped by the promote workflow.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

namespace: cms-prod # keep in sync with argo-apps/prod/cms.yaml
resources:
  - ../../base
  - ingress.yaml # prod only
# - debug.yaml
patches:
  - path: replicas.yaml
    target:
      kind: Deployment
      name: web
images:
  - name: ghcr.io/example-org/cms
    newTag: "1.42.0" # promoted 2026-11-30
commonLabels:
  app.kubernetes.io/part-of: cms
  env: prod
configMapGenerator:
  - name: cms-config
    literals:
      - LOG_LEVEL=info
      - FEATURE_X=on
`);
  });

  it("fixes what lint's hygiene reports: tabs and unquoted YAML 1.1 booleans", () => {
    const repo = mkdtempSync(join(tmpdir(), "gitops-fmt-hygiene-"));
    const before = fixture("tabs-and-booleans.yaml");
    writeFileSync(join(repo, "before.yaml"), before);
    const rules = checkFile(repo, "before.yaml").map((f) => f.rule);
    expect(rules).toContain("yaml/tab");
    expect(rules).toContain("yaml/yaml11-boolean");
    const after = format(before);
    writeFileSync(join(repo, "after.yaml"), after);
    expect(checkFile(repo, "after.yaml")).toEqual([]);
    expect(after).toContain('public: "yes"');
    expect(after).toContain('mode: "Off"');
    // A tab inside a block scalar is content and stays.
    expect(after).toContain("    echo\tindented with a tab inside\n");
  });

  it("quotes YAML 1.1 look-alikes as keys and values, and keeps authored quotes", () => {
    const after = format(fixture("booleans.yaml"));
    expect(after).toContain('  enabled: "yes"\n');
    expect(after).toContain('  "y": "Y"\n');
    expect(after).toContain('  quoted: "off"\n');
    expect(after).toContain("  real: true\n");
    expect(format("port: '8080'\nname: \"web\"\n")).toBe("port: '8080'\nname: \"web\"\n");
    expect(format("at: 2026-12-01\nclock: 12:30\n")).toBe('at: "2026-12-01"\nclock: "12:30"\n');
  });

  it("leaves the on: of a GitHub workflow plain, and quotes it elsewhere", () => {
    const workflow = "name: ci\non:\n  push: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n";
    expect(format(workflow)).toBe(workflow);
    expect(format("on: push\nname: x\n")).toBe('"on": push\nname: x\n');
  });

  it("keeps numbers, nulls and booleans spelled as written", () => {
    const text =
      "mode: 0644\nhex: 0xFF\nbig: 1e3\nratio: 0.50\nhalf: .5\nnone: ~\nalso: null\nempty:\nok: True\n";
    expect(format(text)).toBe(text);
  });

  it("keeps anchors, aliases and merge keys", () => {
    const after = format(fixture("values-anchors.yaml"));
    expect(after).toContain("defaults: &defaults\n");
    expect(after).toContain("  <<: *defaults\n");
    expect(after).toContain("    <<: *annotations\n");
    expect(after).toContain("  <<: [*defaults]\n");
    expect(after).toContain('      value: "8080"\n');
    expect(after).toContain("  nodeSelector:\n");
  });

  it("keeps block scalars line for line, trailing spaces included", () => {
    const after = format(fixture("block-scalars.yaml"));
    expect(after).toContain("  nginx.conf: |\n    server {\n        listen 80;   \n");
    expect(after).toContain("  strip.txt: |-\n    stripped   \n");
    expect(after).toContain("  keep.txt: |+\n    kept\n\n");
    expect(after).toContain(
      "  folded.txt: >\n    a folded\n    paragraph that   \n    continues\n\n      more indented stays\n    end\n",
    );
    expect(after).toContain("  folded-strip: >- # a comment on the header\n    short\n");
  });

  it("leaves the values.yaml of helm create as it is, comments under empty values included", () => {
    const text = fixture("helm-create-values.yaml");
    expect(formatYaml(text, "values.yaml")).toEqual({ ok: true, text, changed: false });
    expect(format("a: {}\n  # own line\nb: x\n    # under a scalar\nc: 1 # beside\n")).toBe(
      "a: {}\n  # own line\nb: x\n  # under a scalar\nc: 1 # beside\n",
    );
  });

  it("never folds long lines", () => {
    const long = `description: ${"word ".repeat(60).trim()}\n`;
    expect(format(long)).toBe(long);
  });

  it("keeps documents, their markers, directives and the comments between them", () => {
    expect(format(fixture("directives.yaml"))).toBe(fixture("directives.yaml"));
    const after = format(fixture("multi-doc.yaml"));
    expect(after.match(/^---$/gm)).toHaveLength(4);
    expect(after).toContain("# between documents\n---\n");
    expect(after).toContain("\n...\n---\n# service\n");
    expect(after.endsWith("# trailing comment at the end of the file\n")).toBe(true);
    expect(format("a: 1\n---\n---\nb: 2\n")).toBe("a: 1\n---\n---\nb: 2\n");
  });

  it("turns CRLF into LF and an empty or comment-only file into one without trailing blanks", () => {
    expect(format("a: 1\r\nb:\r\n  - x\r\n")).toBe("a: 1\nb:\n  - x\n");
    expect(format("")).toBe("");
    expect(format("# only   \n\n\n")).toBe("# only\n");
  });

  it("reports a file that does not parse or has duplicate keys, with its line", () => {
    const parse = formatYaml(fixture("invalid/parse-error.yaml"), "bad.yaml");
    expect(parse).toMatchObject({
      ok: false,
      finding: { tool: "fmt", rule: "yaml/parse-error", file: "bad.yaml" },
    });
    expect(parse.ok || parse.finding.line).toBeGreaterThan(0);
    const dup = formatYaml(fixture("invalid/duplicate-key.yaml"), "dup.yaml");
    expect(dup).toMatchObject({
      ok: false,
      finding: { tool: "fmt", rule: "yaml/duplicate-key", severity: "error", file: "dup.yaml", line: 4 },
    });
  });
});

describe("formatYaml on the yaml library's edge cases", () => {
  const cases: Record<string, string> = {
    "anchored block scalar": "a: &blk |\n    anchored\nb: *blk\n",
    "top-level block scalar": "--- |\n  just text\n",
    "keep chomping at the end of the file": "a: |+\n    kept\n\n\n",
    "indentation indicator": "a:\n    - |2\n         leading\n",
    "comment between key and value": "key: # why\n    value\n",
    "multi-line flow with comments": "list: [\n  a, # first\n  b  # second\n]\n",
    "complex and numeric keys": "? [a, b]\n: v\n1: one\n'1': quoted\n",
    binary: "data: !!binary aGVsbG8gd29ybGQ=\n",
    "custom tag": "ref: !Ref thing\n",
    BOM: "\uFEFFa: 1\n",
    "nested sequences": "- - a\n  - b\n-   x: 1\n    y: 2\n",
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`keeps the data and comments of: ${name}, idempotently`, () => {
      const after = format(text);
      expect(data(after)).toEqual(data(text));
      expect(comments(after).sort()).toEqual(comments(text).sort());
      expect(format(after)).toBe(after);
    });
  }
});

describe("checkFormatted (the guard every result passes)", () => {
  const original = 'base: &b\n  x: 1\nweb:\n  <<: *b # shared\n  port: "8080"\n---\nb: 2\n';
  const before = parseYaml(original, "v.yaml");

  it("accepts a result with the same data and comments", () => {
    expect(checkFormatted(before, original.replace("  x: 1", "  x:   1"), "v.yaml")).toBeUndefined();
  });

  it("refuses a result whose data differ", () => {
    expect(checkFormatted(before, original.replace('"8080"', "8080"), "v.yaml")).toMatchObject({
      tool: "fmt",
      rule: "fmt/data-changed",
      severity: "error",
      file: "v.yaml",
      line: 1,
    });
  });

  it("refuses a result with another number of documents", () => {
    expect(checkFormatted(before, original.replace("---\nb: 2\n", ""), "v.yaml")?.rule).toBe(
      "fmt/data-changed",
    );
  });

  it("refuses a result that expands a merge key, though the merged data are the same", () => {
    const expanded = 'base: &b\n  x: 1\nweb:\n  x: 1 # shared\n  port: "8080"\n---\nb: 2\n';
    expect(checkFormatted(before, expanded, "v.yaml")?.rule).toBe("fmt/data-changed");
  });

  it("refuses a result that loses a comment", () => {
    expect(checkFormatted(before, original.replace(" # shared", ""), "v.yaml")).toMatchObject({
      rule: "fmt/comment-lost",
      message: expect.stringContaining("# shared") as unknown,
    });
  });

  it("refuses a result that adds a comment", () => {
    expect(checkFormatted(before, original.replace("b: 2", "b: 2 # new"), "v.yaml")?.rule).toBe(
      "fmt/comment-added",
    );
  });

  it("refuses a result that does not parse", () => {
    expect(checkFormatted(before, "base: [\n", "v.yaml")?.rule).toBe("fmt/data-changed");
  });
});
