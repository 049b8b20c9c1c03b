// lint in linear time (#22) changed how sources are read, never what lint reports: the JSON of
// `gitops lint` on generated repositories with one fault per rule is pinned, byte for byte, to
// what the previous implementation printed (test/lint/golden, captured before the change). And
// the quick path for plain files is sound: a file it clears is one the careful loader accepts.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corruptRendered, generateLintRepo, type LintRepoOptions } from "../../bench/lint-gen.js";
import { UserError } from "../../packages/core/src/errors.js";
import { parseYaml } from "../../packages/core/src/yaml.js";
import { checkFile } from "../../packages/lint/src/index.js";
import { SourceFiles } from "../../packages/lint/src/sources.js";
import { cli } from "../support/cli.js";
import { git } from "../support/git.js";

const GOLDEN = new URL("./golden/", import.meta.url);

/** A generated repository, rendered by `gitops render`, with two outputs broken by hand. */
async function generated(options: LintRepoOptions): Promise<string> {
  const repo = join(mkdtempSync(join(tmpdir(), "gitops-lint-linear-")), "repo");
  generateLintRepo(repo, options);
  git(repo, "init", "--quiet", "--initial-branch=main");
  const render = await cli("render", "--repo", repo);
  expect(render.code, render.stderr).toBe(1); // apps/broken/prod fails to render
  corruptRendered(repo);
  return repo;
}

describe("gitops lint findings stay as they were", () => {
  it.each([
    ["generated-many-targets.json", { shape: "many-targets", resources: 4, targets: 6, faults: true }],
    ["generated-one-folder.json", { shape: "one-folder", resources: 300, perFile: 40, faults: true }],
  ] as const)(
    "prints %s byte for byte",
    async (golden, options) => {
      const repo = await generated(options);
      const run = await cli("lint", "--no-render", "--json", "--repo", repo);
      expect(run.code).toBe(1);
      const expected = readFileSync(new URL(golden, GOLDEN), "utf8");
      expect(run.stdout).toBe(expected);
      // Every rule the faults break is there, so the pin covers each path of the change.
      const rules = new Set(
        (JSON.parse(run.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule),
      );
      expect([...rules].sort()).toEqual([
        "argo/sync-wave",
        "render-failed",
        "rendered-unreadable",
        "schema/missing",
        "schema/not-an-object",
        "schema/required",
        "schema/type",
        "schema/unknown-field",
        "yaml/duplicate-key",
        "yaml/parse-error",
        "yaml/tab",
        "yaml/yaml11-boolean",
      ]);
    },
    120_000,
  );
});

/** Texts at the edges of what the quick path (js-yaml) and the careful loader (`yaml`) agree on. */
const EDGES: Record<string, string> = {
  plain: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  A: x\n",
  "float and int keys": "1.: a\n1: b\n",
  "quoted and plain keys": "'1': a\n1: b\n",
  "hex and decimal keys": "0x10: a\n16: b\n",
  "null keys": "~: a\nnull: b\n",
  "nan keys": ".nan: a\n.NaN: b\n",
  "flow over lines": "a: [1,\n2]\n",
  "flow over lines, indented": "a:\n  b: [1,\n    2]\n",
  "flow map duplicate": "a: {b: 1, b: 2}\n",
  "comment after quote": 'a: "b"#c\n',
  "block scalar, spaces-only line": "a: |\n    \n  b\n",
  "merge keys": "a: &x {b: 1}\nc:\n  <<: *x\n  <<: *x\n",
  tags: "a: !!str 1\nb: !!binary aGk=\n",
  directive: "%YAML 1.1\n---\na: yes\n",
  "long key": `${"k".repeat(1100)}: v\n`,
  "yaml 1.1 boolean in a block scalar": "a: |\n  yes\n",
  "crlf lines": "a: 1\r\nb: 2\r\n",
  "document markers": "---\na: 1\n...\n---\nb: 2\n",
  "empty documents": "---\n---\n---\n",
  "nested too deeply": `a: ${"[".repeat(101)}${"]".repeat(101)}\n`,
  "duplicate in second document": "a: 1\n---\nb: 1\nb: 2\n",
  "indentation mismatch": "a:\n  b: 1\n c: 2\n",
};

describe("the quick path for plain files", () => {
  it.each(Object.entries(EDGES))("clears only text the careful loader accepts: %s", (_name, text) => {
    const repo = mkdtempSync(join(tmpdir(), "gitops-lint-quick-"));
    writeFileSync(join(repo, "f.yaml"), text);
    const sources = new SourceFiles(repo);
    let careful: unknown;
    try {
      careful = parseYaml(text, "f.yaml");
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      careful = err;
    }
    if (sources.isQuick("f.yaml", text)) expect(careful).not.toBeInstanceOf(UserError);
    // Whichever path the file takes, its findings are the careful loader's.
    expect(checkFile(repo, "f.yaml", sources)).toEqual(checkFile(repo, "f.yaml", carefulOnly(repo)));
  });

  it("takes plain manifests quickly and parses each file once for hygiene and locating", () => {
    const repo = mkdtempSync(join(tmpdir(), "gitops-lint-quick-"));
    writeFileSync(join(repo, "f.yaml"), EDGES.plain!);
    const sources = new SourceFiles(repo);
    expect(sources.isQuick("f.yaml", EDGES.plain!)).toBe(true);
    expect(sources.keys("f.yaml")).toEqual([{ kind: "ConfigMap", name: "a" }]);
    // The locator's careful parse is made once and then shared.
    expect(sources.forLocator("f.yaml")).toBe(sources.forLocator("f.yaml"));
  });
});

/** SourceFiles whose quick path never applies: every file goes through the careful loader. */
function carefulOnly(repo: string): SourceFiles {
  const sources = new SourceFiles(repo);
  sources.isQuick = () => false;
  return sources;
}
