import { describe, expect, it } from "vitest";
import { GoRegexp } from "../../../packages/core/src/appset/goregexp/index.js";

function find(pattern: string, s: string): string | undefined {
  const m = GoRegexp.compile(pattern).exec(s);
  return m ? s.slice(m[0], m[1]) : undefined;
}

function findAll(pattern: string, s: string, n = -1): string[] {
  return GoRegexp.compile(pattern)
    .findAll(s, n)
    .map((m) => s.slice(m[0], m[1]));
}

describe("Go regexp semantics", () => {
  it("matches leftmost-first, as Perl and Go do (not leftmost-longest)", () => {
    expect(find("a|ab", "ab")).toBe("a");
    expect(find("a+?", "aaa")).toBe("a");
    expect(find("(?U)a+", "aaa")).toBe("a");
    expect(find("a{2,3}", "aaaaaaa")).toBe("aaa");
    expect(findAll("a{2,3}", "aaaaaaa")).toEqual(["aaa", "aaa"]);
  });

  it("skips an empty match right after a previous match, as FindAll does", () => {
    expect(findAll("a*", "baaac")).toEqual(["", "aaa", ""]);
    expect(GoRegexp.compile("a*").replaceAll("baaac", "-", false)).toBe("-b-c-");
    expect(GoRegexp.compile("").replaceAll("ab", "-", false)).toBe("-a-b-");
  });

  it("expands $n, ${n}, $name and ${name}, with $1x naming a group that does not exist", () => {
    const re = GoRegexp.compile("(?P<user>\\w+)@(\\w+)");
    expect(re.replaceAll("joe@example", "${2}-$user-$$", false)).toBe("example-joe-$");
    expect(re.replaceAll("joe@example", "$1x|${1}x", false)).toBe("|joex");
  });

  it("honours flags, anchors, word boundaries and classes", () => {
    expect(find("(?i)^abc$", "ABC")).toBe("ABC");
    expect(findAll("(?m)^\\w+", "a b\nc d")).toEqual(["a", "c"]);
    expect(findAll("^\\w+", "a b\nc d")).toEqual(["a"]);
    expect(GoRegexp.compile("\\bfoo\\b").replaceAll("foo food foo", "X", false)).toBe("X food X");
    expect(find("\\p{Greek}+", "abc αβγ def")).toBe("αβγ");
    expect(GoRegexp.compile("[[:^alnum:]]").replaceAll("a-b_c", "", false)).toBe("abc");
    expect(find("[^a-z]+", "abc123def")).toBe("123");
    expect(find("(?s)a.b", "a\nb")).toBe("a\nb");
    expect(find("a.b", "a\nb")).toBeUndefined();
    expect(find("\\Qa.b\\E", "axb a.b")).toBe("a.b");
    expect(find("x*$", "ab\n")).toBe("");
  });

  it("splits like Regexp.Split", () => {
    expect(GoRegexp.compile(",").split("a,b,,c", -1)).toEqual(["a", "b", "", "c"]);
    expect(GoRegexp.compile(",").split("a,b,,c", 2)).toEqual(["a", "b,,c"]);
    expect(GoRegexp.compile("x*").split("axbc", -1)).toEqual(["a", "b", "c"]);
  });

  it("rejects what Go rejects, with Go's message", () => {
    expect(() => GoRegexp.compile("(")).toThrow("error parsing regexp: missing closing ): `(`");
    expect(() => GoRegexp.compile("a**")).toThrow(
      "error parsing regexp: invalid nested repetition operator: `**`",
    );
    expect(() => GoRegexp.compile("\\1")).toThrow("error parsing regexp: invalid escape sequence: `\\1`");
    expect(() => GoRegexp.compile("a{1001}")).toThrow("invalid repeat count");
  });

  it("stays linear on patterns that make backtracking engines explode", () => {
    const input = "a".repeat(5000) + "b";
    expect(GoRegexp.compile("(a+)+$").exec(input)).toBeUndefined();
    expect(GoRegexp.compile("(a|a)*c").test(input)).toBe(false);
    expect(findAll("(x+x+)+y", "x".repeat(2000))).toEqual([]);
  });
});
