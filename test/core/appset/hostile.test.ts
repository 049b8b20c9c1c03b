import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { expandApplicationSet } from "../../../packages/core/src/appset/index.js";
import { appset, context, makeRepo, names, removeRepos, THIS_REPO } from "./fixtures/repo.js";

afterEach(removeRepos);

function listOf(n: number): string {
  return Array.from({ length: n }, (_, i) => `{i: "${i}"}`).join(", ");
}

describe("hostile ApplicationSets end in errors, never a throw or a hang", () => {
  it("stops a template that recurses forever", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: recurse}
spec:
  goTemplate: true
  generators: [{list: {elements: [{a: b}]}}]
  template:
    metadata: {name: '{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" . }}'}
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^ApplicationSet recurse: .*exceeded maximum template depth/);
  });

  it("stops a loop that would run for ages, and a list too long to build", () => {
    const loop = expandApplicationSet(
      appset(`
metadata: {name: loop}
spec:
  goTemplate: true
  generators: [{list: {elements: [{a: b}]}}]
  template:
    metadata: {name: x}
    spec: {project: '{{ range until 100000 }}{{ range until 100000 }}{{ end }}{{ end }}'}
`),
      context(makeRepo()),
    );
    expect(loop.applications).toEqual([]);
    expect(loop.errors[0]).toMatch(/loop: .*expansion stopped after 10000000 template steps/);
    const long = expandApplicationSet(
      appset(`
metadata: {name: long}
spec:
  goTemplate: true
  generators: [{list: {elements: [{a: b}]}}]
  template:
    metadata: {name: x}
    spec: {project: '{{ until 1000000000 }}{{ repeat 100000000 "x" }}'}
`),
      context(makeRepo()),
    );
    expect(long.errors[0]).toContain("error calling until: a list of 1000000000 numbers is too long");
  });

  it("caps the output of one template", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: big}
spec:
  goTemplate: true
  generators: [{list: {elements: [{a: b}]}}]
  template:
    metadata: {name: x}
    spec: {project: '{{ range until 20000 }}{{ repeat 100 "x" }}{{ end }}'}
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors[0]).toContain("output exceeds 1048576 characters");
  });

  it("refuses a list, a matrix or a whole ApplicationSet past 10000 applications", () => {
    const hugeList = expandApplicationSet(
      appset(`
metadata: {name: huge}
spec:
  generators: [{list: {elements: [${listOf(10001)}]}}]
  template: {metadata: {name: 'a{{i}}'}}
`),
      context(makeRepo()),
    );
    expect(hugeList.applications).toEqual([]);
    expect(hugeList.errors).toEqual([
      "ApplicationSet huge: generators[0] (list): the list generator has 10001 elements, more than the 10000 allowed",
    ]);
    const product = expandApplicationSet(
      appset(`
metadata: {name: product}
spec:
  generators:
  - matrix:
      generators:
      - list: {elements: [${listOf(200)}]}
      - list: {elements: [${listOf(200).replace(/i:/g, "j:")}]}
  template: {metadata: {name: 'a{{i}}-{{j}}'}}
`),
      context(makeRepo()),
    );
    expect(product.applications).toEqual([]);
    expect(product.errors[0]).toContain("the matrix generator makes more than 10000 parameter sets");
    const total = expandApplicationSet(
      appset(`
metadata: {name: total}
spec:
  goTemplate: true
  generators:
  - list: {elements: [${listOf(6000)}]}
  - list: {elements: [${listOf(6000).replace(/i:/g, "j:")}]}
  template: {metadata: {name: 'a{{ .i | default "x" }}b{{ .j | default "y" }}'}}
`),
      context(makeRepo()),
    );
    expect(total.applications).toHaveLength(10000);
    expect(total.errors).toEqual([
      "ApplicationSet total: generates more than 10000 applications; expansion stopped",
    ]);
  });

  it("reports a bad regular expression instead of failing or hanging", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: regex}
spec:
  goTemplate: true
  generators: [{list: {elements: [{branch: "feature/x"}]}}]
  template:
    metadata: {name: '{{ regexReplaceAll "[^a-z" .branch "-" }}'}
    spec: {project: '{{ regexReplaceAll "(a+)+$" (printf "%sb" (repeat 5000 "a")) "" | len }}'}
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors[0]).toContain(
      "error calling regexReplaceAll: regexp: Compile(`[^a-z`): error parsing regexp: missing closing ]",
    );
    const slow = expandApplicationSet(
      appset(`
metadata: {name: slow}
spec:
  goTemplate: true
  generators: [{list: {elements: [{branch: "feature/x"}]}}]
  template:
    metadata: {name: 'x{{ regexReplaceAll "(a+)+$" (printf "%sb" (repeat 5000 "a")) "" | len }}'}
`),
      context(makeRepo()),
    );
    // Linear-time matching: the pattern that hangs backtracking engines is answered.
    expect(slow.errors).toEqual([]);
    expect(names(slow)).toEqual(["x5001"]);
  });

  it("reports a missing key under missingkey=error once per parameter set", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: strict}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators: [{list: {elements: [{env: dev}, {env: prod, suffix: "-x"}]}}]
  template: {metadata: {name: '{{.env}}{{.suffix}}'}}
`),
      context(makeRepo()),
    );
    expect(names(result)).toEqual(["prod-x"]);
    expect(result.errors).toEqual([
      'ApplicationSet strict: generators[0] (list): failed to execute go template {{.env}}{{.suffix}}: template: :1:10: executing "" at <.suffix>: map has no entry for key "suffix"',
    ]);
  });

  it("does not read outside the checkout through .. or a symbolic link", () => {
    const outside = makeRepo({ "secret/config.json": '{"name": "stolen"}' });
    const repo = makeRepo({ "apps/config.json": '{"name": "ok"}' });
    symlinkSync(join(outside, "secret"), join(repo, "linked"));
    const result = expandApplicationSet(
      appset(`
metadata: {name: escape}
spec:
  generators:
  - git: {repoURL: ${THIS_REPO}, files: [{path: 'linked/*.json'}]}
  - git: {repoURL: ${THIS_REPO}, files: [{path: '**/*.json'}]}
  - git: {repoURL: ${THIS_REPO}, files: [{path: '../*/secret/config.json'}]}
  template: {metadata: {name: '{{name}}'}}
`),
      context(repo),
    );
    expect(names(result)).toEqual(["ok"]);
    expect(result.errors).toEqual([
      'ApplicationSet escape: generators[2] (git): git files path "../*/secret/config.json" is outside the repository',
    ]);
  });

  it("reports a generator file that is an alias bomb", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const repo = makeRepo({ "bomb/config.yaml": levels.join("\n") + "\n" });
    const result = expandApplicationSet(
      appset(`
metadata: {name: bomb}
spec:
  generators: [{git: {repoURL: ${THIS_REPO}, files: [{path: bomb/config.yaml}]}}]
  template: {metadata: {name: x}}
`),
      context(repo),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors[0]).toMatch(/unable to process file 'bomb\/config\.yaml'.*alias/);
  });

  it("survives a template nested ten thousand parentheses deep", () => {
    const deep = "(".repeat(10000) + '"x"' + ")".repeat(10000);
    const result = expandApplicationSet(
      {
        metadata: { name: "parens" },
        spec: {
          goTemplate: true,
          generators: [{ list: { elements: [{ a: "b" }] } }],
          template: { metadata: { name: `{{ ${deep} }}` } },
        },
      },
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^ApplicationSet parens: /);
  });

  it("reports content of the wrong shape without throwing", () => {
    const ctx = context(makeRepo());
    expect(expandApplicationSet({ metadata: { name: "s" }, spec: "text" }, ctx).errors).toEqual([
      "ApplicationSet s: spec must be a map",
    ]);
    expect(expandApplicationSet({ spec: { generators: {} } }, ctx).errors).toEqual([
      "ApplicationSet (unnamed): spec.generators must be a list",
    ]);
    const odd = expandApplicationSet(
      {
        metadata: { name: "odd" },
        spec: { generators: [null, 5, { list: "x" }, { matrix: { generators: "no" } }], template: 3 },
      },
      ctx,
    );
    expect(odd.applications).toEqual([]);
    expect(odd.errors).toEqual([
      "ApplicationSet odd: generators[0]: a generator must be a map",
      "ApplicationSet odd: generators[1]: a generator must be a map",
      "ApplicationSet odd: generators[3] (matrix): found less than two generators, Matrix support only two",
    ]);
  });
});
