import { describe, expect, it } from "vitest";
import { Budget } from "../../../packages/core/src/appset/budget.js";
import type { MissingKey } from "../../../packages/core/src/appset/gotemplate/exec.js";
import { renderGoTemplate } from "../../../packages/core/src/appset/gotemplate/index.js";
import { toGoValue } from "../../../packages/core/src/appset/params.js";

const DATA = {
  cluster: "eng-dev",
  n: 3,
  list: ["a", "b", "c"],
  m: { y: "z", x: 1 },
  nothing: null,
  path: { path: "apps/web", segments: ["apps", "web"] },
  word: "héllo",
};

function render(template: string, data: unknown = DATA, missingKey: MissingKey = "invalid"): string {
  return renderGoTemplate(template, toGoValue(data), missingKey, new Budget());
}

function failure(template: string, data: unknown = DATA, missingKey: MissingKey = "invalid"): string {
  try {
    render(template, data, missingKey);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`expected ${template} to fail`);
}

describe("Go text/template: actions and control flow", () => {
  it("trims whitespace around {{- and -}} and drops comments", () => {
    expect(render("a  {{- .n -}}  b")).toBe("a3b");
    expect(render("x {{- /* note */ -}} y{{/* another */}}")).toBe("xy");
    expect(render("line1\n{{- if true }}\n  yes\n{{- end }}\n")).toBe("line1\n  yes\n");
  });

  it("chains if / else if / else, and with / else with", () => {
    const t = '{{ if eq .cluster "prod" }}P{{ else if eq .cluster "eng-dev" }}D{{ else }}O{{ end }}';
    expect(render(t)).toBe("D");
    expect(render("{{ with .missing }}A{{ else with .cluster }}{{ . }}{{ else }}C{{ end }}")).toBe("eng-dev");
    expect(render("{{ with .list }}{{ len . }}{{ end }}")).toBe("3");
  });

  it("ranges over slices, maps (in key order) and ints, with else, break and continue", () => {
    expect(render("{{ range $i, $e := .list }}{{ $i }}={{ $e }};{{ end }}")).toBe("0=a;1=b;2=c;");
    expect(render("{{ range $k, $v := .m }}{{ $k }}:{{ $v }},{{ end }}")).toBe("x:1,y:z,");
    expect(render("{{ range 3 }}{{ . }}{{ end }}")).toBe("012");
    expect(render("{{ range .missing }}x{{ else }}empty{{ end }}")).toBe("empty");
    expect(
      render(
        '{{ range .list }}{{ if eq . "b" }}{{ continue }}{{ end }}{{ if eq . "c" }}{{ break }}{{ end }}{{ . }}{{ end }}',
      ),
    ).toBe("a");
  });

  it("scopes variables to their block and assigns with =", () => {
    expect(render("{{ $x := 1 }}{{ if true }}{{ $x := 2 }}{{ $x }}{{ end }}{{ $x }}")).toBe("21");
    expect(render("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}")).toBe("2");
    expect(render("{{ range .list }}{{ $.cluster }}{{ end }}")).toBe("eng-deveng-deveng-dev");
  });

  it("defines templates, calls them with a new dot, and renders block defaults", () => {
    expect(render('{{ define "x" }}[{{ . }}]{{ end }}{{ template "x" .cluster }}{{ template "x" }}')).toBe(
      "[eng-dev][<no value>]",
    );
    expect(render('{{ block "b" .n }}default {{ . }}{{ end }}')).toBe("default 3");
  });

  it("evaluates pipelines, parenthesised calls and chained fields", () => {
    expect(render('{{ (printf "%s-%s" "a" "b") | upper }}')).toBe("A-B");
    expect(render('{{ .cluster | printf "%s!" }}')).toBe("eng-dev!");
    expect(render('{{ (index .list 1) }} {{ .path.path }} {{ (dict "k" .m).k.y }}')).toBe("b apps/web z");
  });

  it("returns the deciding operand from and/or, short-circuiting", () => {
    expect(render('{{ or "" "x" }}|{{ and "a" "" }}|{{ and 1 2 }}|{{ or 0 .missing }}')).toBe(
      "x||2|<no value>",
    );
    // The failing call in the second operand is never made.
    expect(render("{{ or true (index .list 99) }}")).toBe("true");
    expect(render("{{ not .missing }} {{ not .list }}")).toBe("true false");
  });

  it("compares as Go does: numbers of one kind, strings by bytes, several operands for eq", () => {
    expect(render('{{ eq 2 1 2 }} {{ lt "a" "b" }} {{ ge .n 3.0 }} {{ ne .cluster "x" }}')).toBe(
      "true true true true",
    );
    expect(render('{{ eq .missing "x" }}')).toBe("false");
    // JSON and YAML numbers are float64; comparing with an int constant is an error in Go.
    expect(failure("{{ eq .n 3 }}")).toContain("error calling eq: incompatible types for comparison");
    expect(failure("{{ lt .m 1 }}")).toContain("error calling lt: invalid type for comparison");
  });

  it("prints values the way fmt does", () => {
    expect(render("{{ .n }} {{ 1.5 }} {{ 1e3 }} {{ 100000000.0 }} {{ 0x1F }} {{ 'a' }} {{ -0.00001 }}")).toBe(
      "3 1.5 1000 1e+08 31 97 -1e-05",
    );
    expect(render("{{ .list }} {{ .m }} {{ .missing }} {{ .nothing }} {{ true }}")).toBe(
      "[a b c] map[x:1 y:z] <no value> <no value> true",
    );
    expect(render('{{ "tab\\there" }}|{{ `raw\\n` }}')).toBe("tab\there|raw\\n");
  });

  it("formats with printf's verbs, flags and complaints", () => {
    expect(render('{{ printf "%5.2f|%-4d|%05d|%x|%X|%o|%b|%c" 3.14159 7 42 255 255 8 5 65 }}')).toBe(
      " 3.14|7   |00042|ff|FF|10|101|A",
    );
    expect(render('{{ printf "%q %v %t %T %T %s" "hi" .list true 1.5 .m .cluster }}')).toBe(
      '"hi" [a b c] true float64 map[string]interface {} eng-dev',
    );
    expect(render('{{ printf "%d|%s %s|%s" "str" "a" }}')).toBe(
      "%!d(string=str)|a %!s(MISSING)|%!s(MISSING)",
    );
    expect(render('{{ printf "%s" "a" "b" }}')).toBe("a%!(EXTRA string=b)");
    expect(
      render('{{ printf "%[2]s-%[1]s" "a" "b" }} {{ printf "%e %g %.3g" 1234.5678 0.000012 1234.5678 }}'),
    ).toBe("b-a 1.234568e+03 1.2e-05 1.23e+03");
  });

  it("measures len in bytes and indexes slices, maps and strings", () => {
    expect(render("{{ len .word }} {{ len .list }} {{ len .m }}")).toBe("6 3 2");
    expect(
      render('{{ index .m "y" }} {{ index .path.segments 1 }} {{ index "abc" 1 }} {{ index .m "none" }}'),
    ).toBe("z web 98 <no value>");
    expect(failure("{{ index .list 5 }}")).toContain("error calling index: index out of range: 5");
    expect(failure("{{ index .list 1.0 }}")).toContain("cannot index slice/array with type float64");
  });
});

describe("Go text/template: missing values and errors", () => {
  it("follows missingkey: invalid prints <no value>, zero too for interface maps, error fails", () => {
    expect(render("{{ .missing }}|{{ .missing.deeper }}")).toBe("<no value>|<no value>");
    expect(render("{{ .missing }}", DATA, "zero")).toBe("<no value>");
    expect(failure("{{ .missing }}", DATA, "error")).toBe(
      'failed to execute go template {{ .missing }}: template: :1:3: executing "" at <.missing>: map has no entry for key "missing"',
    );
  });

  it("reports fields of nil, of strings and of maps given arguments", () => {
    expect(failure("{{ .nothing.x }}")).toContain("nil pointer evaluating interface {}.x");
    expect(failure("{{ .cluster.x }}")).toContain("can't evaluate field x in type string");
    expect(failure("{{ .m.y 1 }}")).toContain("y is not a method but has arguments");
    expect(failure("{{ nil }}")).toContain("nil is not a command");
    expect(failure("{{ .cluster 1 }}")).toContain("cluster is not a method but has arguments");
    expect(failure("{{ $x := 1 }}{{ $x 2 }}")).toContain("can't give argument to non-function $x");
  });

  it("checks argument types against Go signatures", () => {
    expect(failure("{{ lower 5 }}")).toContain("expected string; found 5");
    expect(failure("{{ trunc .n .cluster }}")).toContain("wrong type for value; expected int; got float64");
    expect(failure("{{ upper }}")).toContain("wrong number of args for upper: want 1 got 0");
    expect(render("{{ trunc (int .n) .cluster }}")).toBe("eng");
  });

  it("reports parse errors with their line", () => {
    const cases: [string, string][] = [
      ["{{ end }}", "template: :1: unexpected {{end}}"],
      ["a\n{{ if .x }}", "template: :2: unexpected EOF"],
      ["{{ $y }}", 'template: :1: undefined variable "$y"'],
      ["{{ break }}", "template: :1: {{break}} outside {{range}}"],
      ["{{ .a | 1 }}", "template: :1: non executable command in pipeline stage 2"],
      ["{{ .a ", "template: :1: unclosed action"],
      ['{{ "abc }}', "template: :1: unterminated quoted string"],
      ["{{ nosuch .a }}", 'template: :1: function "nosuch" not defined'],
      [
        '{{ define "x" }}{{ break }}{{ end }}{{ range .l }}{{ template "x" }}{{ end }}',
        "{{break}} outside {{range}}",
      ],
      ['{{ range .l }}{{ block "b" . }}{{ continue }}{{ end }}{{ end }}', "{{continue}} outside {{range}}"],
      ['{{ define "x" }}a{{ end }}{{ define "x" }}b{{ end }}', 'multiple definition of template "x"'],
    ];
    for (const [template, message] of cases) {
      expect(failure(template)).toContain(message);
      expect(failure(template)).toMatch(/^failed to parse template /);
    }
  });

  it("stops recursive templates at a depth limit", () => {
    expect(failure('{{ define "loop" }}{{ template "loop" . }}{{ end }}{{ template "loop" . }}')).toContain(
      'executing "loop" at <{{template "loop"}}>: exceeded maximum template depth (200)',
    );
  });
});
