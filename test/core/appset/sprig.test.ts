import { describe, expect, it } from "vitest";
import { Budget } from "../../../packages/core/src/appset/budget.js";
import { renderGoTemplate } from "../../../packages/core/src/appset/gotemplate/index.js";
import { newMap, put, typed } from "../../../packages/core/src/appset/gotemplate/values.js";
import { toGoValue } from "../../../packages/core/src/appset/params.js";

function render(template: string, data: unknown = {}): string {
  return renderGoTemplate(template, toGoValue(data), "invalid", new Budget());
}

function failure(template: string, data: unknown = {}): string {
  try {
    render(template, data);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`expected ${template} to fail`);
}

describe("sprig string functions", () => {
  it("changes case and trims", () => {
    expect(
      render('{{ upper "abc" }} {{ lower "ÀB" }} {{ title "hello wide world" }} {{ untitle "Hello World" }}'),
    ).toBe("ABC àb Hello Wide World hello world");
    expect(
      render(
        '[{{ trim "  x  " }}] {{ trimPrefix "v" "v1.2" }} {{ trimSuffix ".yaml" "a.yaml" }} {{ trimAll "-" "--a--" }}',
      ),
    ).toBe("[x] 1.2 a a");
    expect(render('{{ nospace " a b\tc " }} {{ swapcase "Hello World" }} {{ initials "First Try" }}')).toBe(
      "abc hELLO wORLD FT",
    );
  });

  it("truncates and slices by bytes, with negative trunc taking the end", () => {
    expect(render('{{ trunc 5 "hello world" }}|{{ trunc -5 "hello world" }}|{{ trunc 50 "short" }}')).toBe(
      "hello|world|short",
    );
    expect(
      render('{{ substr 0 5 "hello world" }}|{{ substr 6 -1 "hello world" }}|{{ abbrev 5 "hello world" }}'),
    ).toBe("hello|world|he...");
  });

  it("replaces, tests, quotes, joins and splits", () => {
    expect(
      render(
        '{{ replace "-" "_" "a-b-c" }} {{ contains "b" "abc" }} {{ hasPrefix "a" "abc" }} {{ hasSuffix "x" "abc" }}',
      ),
    ).toBe("a_b_c true true false");
    expect(render('{{ quote "a" 1 }} {{ squote "b" }} {{ cat "a" .missing "b" 3 }}')).toBe(
      '"a" "1" \'b\' a b 3',
    );
    expect(
      render('{{ splitList "/" "a/b/c" | join "," }} {{ (split "." "x.y")._1 }} {{ splitn "-" 2 "a-b-c" }}'),
    ).toBe("a,b,c y map[_0:a _1:b-c]");
    expect(render('{{ repeat 3 "ab" }} {{ plural "one" "many" 2 }}')).toBe("ababab many");
    expect(render('{{ indent 2 "a\\nb" }}|{{ nindent 1 "c" }}')).toBe("  a\n  b|\n c");
  });

  it("converts case styles", () => {
    expect(
      render(
        '{{ kebabcase "FirstName" }} {{ snakecase "FirstName" }} {{ camelcase "http_server" }} {{ snakecase "HTTPServerID" }}',
      ),
    ).toBe("first-name first_name HttpServer http_server_id");
  });
});

describe("sprig lists and dicts", () => {
  it("builds and walks lists", () => {
    expect(
      render(
        "{{ list 1 2 3 | first }} {{ list 1 2 3 | last }} {{ list 1 2 3 | rest }} {{ list 1 2 3 | initial }}",
      ),
    ).toBe("1 3 [2 3] [1 2]");
    expect(
      render(
        '{{ list "b" "a" "b" | uniq }} {{ list "b" "" "a" | compact }} {{ without (list 1 2 3) 2 }} {{ has 2 (list 1 2) }}',
      ),
    ).toBe("[b a] [b a] [1 3] true");
    expect(
      render(
        "{{ append (list 1) 2 }} {{ prepend (list 1) 0 }} {{ concat (list 1) (list 2 3) }} {{ reverse (list 1 2 3) }}",
      ),
    ).toBe("[1 2] [0 1] [1 2 3] [3 2 1]");
    expect(
      render(
        '{{ sortAlpha (list "b" "C" "a") }} {{ until 3 }} {{ untilStep 0 10 4 }} {{ seq 3 }} {{ slice (list 1 2 3 4) 1 3 }}',
      ),
    ).toBe("[C a b] [0 1 2] [0 4 8] 1 2 3 [2 3]");
    expect(render("{{ first (list) }}|{{ chunk 2 (list 1 2 3) }}")).toBe("<no value>|[[1 2] [3]]");
    expect(failure('{{ first "abc" }}')).toContain("error calling first: Cannot find first on type string");
  });

  it("builds and reads dicts", () => {
    expect(
      render(
        '{{ $d := dict "a" 1 "b" "two" }}{{ $d.a }} {{ get $d "b" }} {{ get $d "none" }}| {{ hasKey $d "a" }} {{ keys $d | sortAlpha }}',
      ),
    ).toBe("1 two | true [a b]");
    expect(
      render(
        '{{ $d := dict "a" 1 }}{{ $_ := set $d "b" 2 }}{{ $d }} {{ unset $d "a" }} {{ pick (dict "a" 1 "b" 2) "b" }} {{ omit (dict "a" 1 "b" 2) "b" }}',
      ),
    ).toBe("map[a:1 b:2] map[b:2] map[b:2] map[a:1]");
    expect(
      render(
        '{{ merge (dict "a" 1) (dict "a" 2 "b" 2) }} {{ mergeOverwrite (dict "a" 1) (dict "a" 2) }} {{ values (dict "a" 1) }}',
      ),
    ).toBe("map[a:1 b:2] map[a:2] [1]");
    expect(
      render('{{ dig "a" "b" "none" .root }} {{ dig "a" "x" "none" .root }}', {
        root: { a: { b: "found" } },
      }),
    ).toBe("found none");
  });

  it("refuses a map[string]string where sprig wants map[string]interface {}, as Go does", () => {
    const labels = typed(newMap(), "map[string]string");
    put(labels, "env", "prod");
    const data = newMap();
    put(data, "labels", labels);
    expect(
      renderGoTemplate(
        '{{ index .labels "env" }} {{ .labels.env }} {{ .labels.none }}|',
        data,
        "zero",
        new Budget(),
      ),
    ).toBe("prod prod |");
    expect(() => renderGoTemplate('{{ hasKey .labels "env" }}', data, "invalid", new Budget())).toThrow(
      /wrong type for value; expected map\[string\]interface \{\}; got map\[string\]string/,
    );
  });
});

describe("sprig defaults, conversions and math", () => {
  it("defaults empty values and coalesces", () => {
    expect(
      render(
        '{{ default "d" .missing }} {{ default "d" "" }} {{ default "d" 0 }} {{ default "d" "x" }} {{ .missing | default "p" }}',
      ),
    ).toBe("d d d x p");
    expect(
      render(
        '{{ empty "" }} {{ empty (list) }} {{ empty 1 }} {{ coalesce .a "" "c" }} {{ ternary "y" "n" true }}',
      ),
    ).toBe("true true false c y");
  });

  it("does int64 arithmetic on cast values", () => {
    expect(
      render(
        '{{ add 1 2 "3" }} {{ add1 .f }} {{ sub 10 .f }} {{ mul 2 3 4 }} {{ div 7 2 }} {{ mod 7 3 }} {{ max 1 9 3 }} {{ min 4 2 }}',
        { f: 2.9 },
      ),
    ).toBe("6 3 8 24 3 1 9 2");
    expect(
      render(
        '{{ int "42" }} {{ int "08" }} {{ int 3.9 }} {{ atoi "12" }} {{ atoi "x" }} {{ int64 "7" }} {{ float64 "1.5" }}',
      ),
    ).toBe("42 0 3 12 0 7 1.5");
    expect(
      render(
        "{{ floor 1.7 }} {{ ceil 1.2 }} {{ round 1.25 1 }} {{ addf 0.1 0.2 }} {{ typeOf (add 1 1) }} {{ typeOf (int 1) }}",
      ),
    ).toBe("1 2 1.3 0.3 int64 int");
    expect(failure("{{ div 1 0 }}")).toContain("error calling div: runtime error: integer divide by zero");
  });

  it("reports types and compares deeply", () => {
    expect(
      render(
        '{{ typeOf .n }} {{ kindOf .l }} {{ kindIs "map" .m }} {{ typeIs "string" "x" }} {{ deepEqual (list 1) (list 1) }} {{ toString 1.5 }}',
        { n: 1, l: [], m: {} },
      ),
    ).toBe("float64 slice true true true 1.5");
  });
});

describe("sprig encodings, hashes and paths", () => {
  it("encodes JSON as Go does (sorted keys, HTML escaped) and decodes it", () => {
    expect(render("{{ toJson .v }}", { v: { b: [1, "x<y"], a: null } })).toBe(
      '{"a":null,"b":[1,"x\\u003cy"]}',
    );
    expect(render("{{ toRawJson .v }}", { v: { a: "x<y" } })).toBe('{"a":"x<y"}');
    expect(render("{{ toPrettyJson .v }}", { v: { a: [1] } })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(render('{{ (fromJson "{\\"a\\": [1, 2]}").a }} {{ fromJson "not json" }}')).toBe(
      "[1 2] <no value>",
    );
  });

  it("converts to and from YAML like Argo CD's toYaml/fromYaml/fromYamlArray", () => {
    expect(render("{{ toYaml .v }}", { v: { b: ["x", "y"], a: { c: 1 } } })).toBe("a:\n  c: 1\nb:\n- x\n- y");
    expect(render('{{ (fromYaml "a: {b: 2}").a.b }} {{ fromYamlArray "[1, two]" }}')).toBe("2 [1 two]");
    expect(failure('{{ fromYaml "- 1" }}')).toContain("error calling fromYaml: error unmarshaling JSON");
  });

  it("encodes base64 and base32, returning Go's error text for bad input", () => {
    expect(
      render('{{ b64enc "hello" }} {{ b64dec "aGVsbG8=" }} {{ b32enc "hi" }} {{ b32dec "NBUQ====" }}'),
    ).toBe("aGVsbG8= hello NBUQ==== hi");
    expect(render('{{ b64dec "!!" }}')).toBe("illegal base64 data at input byte 0");
  });

  it("hashes and handles slash paths", () => {
    expect(render('{{ sha256sum "abc" }}')).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(render('{{ sha1sum "abc" }} {{ adler32sum "abc" }}')).toBe(
      "a9993e364706816aba3e25717850c26c9cd0d89d 38600999",
    );
    expect(
      render(
        '{{ base "a/b/c.yaml" }} {{ dir "a/b/c.yaml" }} {{ ext "c.tar.gz" }} {{ clean "a//b/../c/" }} {{ dir "file" }}',
      ),
    ).toBe("c.yaml a/b .gz a/c .");
  });
});

describe("sprig regular expressions (Go regexp)", () => {
  it("matches, finds and replaces with Go's syntax and $-expansion", () => {
    expect(
      render(
        '{{ regexMatch "^[a-z]+-\\\\d+$" "app-12" }} {{ regexFind "[0-9]+" "abc123def456" }} {{ regexFindAll "[0-9]" "a1b2c3" 2 }}',
      ),
    ).toBe("true 123 [1 2]");
    expect(
      render(
        '{{ regexReplaceAll "(\\\\w+)@(\\\\w+)" "joe@example" "${2}-$1" }} {{ regexReplaceAllLiteral "a" "banana" "$1" }}',
      ),
    ).toBe("example-joe b$1n$1n$1");
    expect(
      render('{{ regexSplit "," "a,b,,c" -1 }} {{ regexSplit "," "a,b,,c" 2 }} {{ regexQuoteMeta "a.b*" }}'),
    ).toBe("[a b  c] [a b,,c] a\\.b\\*");
  });

  it("treats a bad pattern as no match in regexMatch but as an error elsewhere", () => {
    expect(render('{{ regexMatch "(" "x" }}')).toBe("false");
    expect(failure('{{ mustRegexMatch "(" "x" }}')).toContain(
      "error calling mustRegexMatch: error parsing regexp: missing closing ): `(`",
    );
    expect(failure('{{ regexFind "[z-a]" "x" }}')).toContain(
      "error calling regexFind: regexp: Compile(`[z-a]`): error parsing regexp: invalid character class range: `z-a`",
    );
  });
});

describe("sprig semverCompare and Argo CD's name helpers", () => {
  it("checks constraints like Masterminds/semver", () => {
    const cases: [string, string, boolean][] = [
      [">=1.2.0", "1.3.0", true],
      ["^1.2", "2.0.0", false],
      ["~1.2.3", "1.2.9", true],
      ["~1.2.3", "1.3.0", false],
      ["1.2.x", "1.2.7", true],
      [">1.0, <2.0", "1.5.0", true],
      ["<1.0 || >=3", "3.1.0", true],
      ["1.1 - 1.3", "1.3.0", true],
      [">=1.0.0", "1.5.0-beta.1", false],
      [">=1.0.0-alpha", "1.5.0-beta.1", true],
      ["!=1.2.3", "v1.2.3", false],
    ];
    for (const [constraint, version, want] of cases) {
      expect(render(`{{ semverCompare "${constraint}" "${version}" }}`), `${constraint} ${version}`).toBe(
        String(want),
      );
    }
    expect(failure('{{ semverCompare ">=1.0" "not-a-version" }}')).toContain("Invalid Semantic Version");
  });

  it("normalizes and slugifies names", () => {
    expect(
      render(
        '{{ normalize "My_App.Name/X" }} {{ normalize "--x--" }} {{ slugify "Feature/ABC_def" }} {{ slugify 8 "one-two-three" }} {{ slugify 8 false "one-two-three" }}',
      ),
    ).toBe("my-app.name-x x feature-abc-def one-two one-two");
  });
});
