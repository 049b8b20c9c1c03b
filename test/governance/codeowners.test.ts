import { describe, expect, it } from "vitest";
import {
  compilePattern,
  isOwnerForm,
  ownerRule,
  parseCodeowners,
} from "../../packages/governance/src/index.js";

/** [pattern, path, owned?] — GitHub's documented examples plus the gitignore rules they rest on. */
const MATCHES: [string, string, boolean][] = [
  // `*.js`: no slash, so at any depth.
  ["*.js", "app.js", true],
  ["*.js", "src/deep/app.js", true],
  ["*.js", "app.jsx", false],
  // A leading slash anchors to the root; a trailing slash means a folder, and all below it.
  ["/build/logs/", "build/logs/a.log", true],
  ["/build/logs/", "build/logs/x/y/a.log", true],
  ["/build/logs/", "src/build/logs/a.log", false],
  ["/build/logs/", "build/logs", false],
  // `docs/*`: the files in docs/, not those further down (GitHub's example).
  ["docs/*", "docs/getting-started.md", true],
  ["docs/*", "docs/build-app/troubleshooting.md", false],
  ["docs/*", "src/docs/a.md", false],
  ["/*", "README.md", true],
  ["/*", "apps/web/x.yaml", false],
  // `apps/`: a folder named apps anywhere.
  ["apps/", "apps/web/x.yaml", true],
  ["apps/", "src/apps/x.yaml", true],
  ["apps/", "apps", false],
  // `/docs/`: only the root docs folder.
  ["/docs/", "docs/a.md", true],
  ["/docs/", "src/docs/a.md", false],
  // `**/logs`: a logs file or folder anywhere.
  ["**/logs", "build/logs/a.log", true],
  ["**/logs", "deeply/nested/logs/a.log", true],
  ["**/logs", "logs", true],
  ["**/logs", "catalogs/a", false],
  // A pattern with a middle slash is anchored even without a leading one.
  ["apps/cms", "apps/cms/base/x.yaml", true],
  ["apps/cms", "x/apps/cms/base/x.yaml", false],
  ["apps/cms", "apps/cms-old/x.yaml", false],
  // A name with no slash matches a file or a folder of that name at any depth.
  ["CODEOWNERS", "CODEOWNERS", true],
  ["CODEOWNERS", ".github/CODEOWNERS", true],
  // `*` and `?` never cross `/`; `**` does.
  ["/apps/*/base/", "apps/web/base/x.yaml", true],
  ["/apps/*/base/", "apps/web/x/base/x.yaml", false],
  ["/apps/**/base/", "apps/web/x/base/x.yaml", true],
  ["/apps/**/base/", "apps/base/x.yaml", true],
  ["apps/**", "apps/a/b", true],
  ["apps/**", "apps", false],
  ["ap?s/", "apps/x", true],
  ["ap?s/", "ap/s/x", false],
  ["*", "anything/at/all", true],
  ["**", "anything/at/all", true],
  // `\` escapes a character; regex characters are literal.
  ["f\\*o", "f*o", true],
  ["f\\*o", "foo", false],
  ["a+b.(c)", "a+b.(c)", true],
  ["a+b.(c)", "aab.(c)", false],
  // Case sensitive, as GitHub's file system.
  ["/Apps/", "apps/x", false],
];

describe("CODEOWNERS patterns", () => {
  it.each(MATCHES)("%s owns %s: %s", (pattern, path, owned) => {
    expect(compilePattern(pattern).test(path)).toBe(owned);
  });
});

/** [line, column, kind]: lines GitHub skips and its codeowners/errors API reports. */
const SKIPPED: [string, number, "Invalid pattern" | "Invalid owner"][] = [
  ["!apps/web/ @org/web", 1, "Invalid pattern"],
  ["\\#file @org/web", 1, "Invalid pattern"],
  ["apps/[a-z]*/ @org/web", 6, "Invalid pattern"],
  ["  /apps/[ab]/ @org/web", 9, "Invalid pattern"],
  ["a/***/b @org/web", 3, "Invalid pattern"],
  ["/ @org/web", 1, "Invalid pattern"],
  ["* user", 3, "Invalid owner"],
  ["/apps/ @org/web org/platform", 17, "Invalid owner"],
  ["/apps/ @org/web/extra", 8, "Invalid owner"],
  ["/apps/\t@-bad", 8, "Invalid owner"],
  ["/apps/ not-an-email@", 8, "Invalid owner"],
  ["/apps/ @user@example.com", 8, "Invalid owner"],
];

describe("CODEOWNERS lines GitHub skips", () => {
  it.each(SKIPPED)("reports %j at column %i as %s and skips the line", (line, column, kind) => {
    const parsed = parseCodeowners(`* @org/platform\n${line}\n`);
    expect(parsed.errors).toEqual([expect.objectContaining({ line: 2, column, kind, source: line })]);
    expect(parsed.rules.map((r) => r.line)).toEqual([1]);
  });

  it("reports every bad owner of a line, and suggests the @ form", () => {
    const parsed = parseCodeowners("/apps/ org/web bob\n");
    expect(parsed.errors.map((e) => [e.column, e.suggestion])).toEqual([
      [8, "@org/web"],
      [16, "@bob"],
    ]);
  });
});

describe("CODEOWNERS parsing", () => {
  it("skips comments and blank lines, keeps line numbers, and ends a line at a # word", () => {
    const parsed = parseCodeowners(
      "# comment\n\n   # indented comment\n*   @org/platform   # inline comment\r\n/apps/ @a @b\n",
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rules.map((r) => [r.line, r.pattern, r.owners])).toEqual([
      [4, "*", ["@org/platform"]],
      [5, "/apps/", ["@a", "@b"]],
    ]);
  });

  it("gives the last matching line, and a line with no owners leaves its paths unowned", () => {
    const parsed = parseCodeowners("* @org/platform\n/apps/ @org/apps\n/apps/legacy/\n");
    expect(ownerRule(parsed, "README.md")?.line).toBe(1);
    expect(ownerRule(parsed, "apps/web/x.yaml")?.owners).toEqual(["@org/apps"]);
    const legacy = ownerRule(parsed, "apps/legacy/x.yaml");
    expect(legacy?.line).toBe(3);
    expect(legacy?.owners).toEqual([]);
  });

  it("ignores a skipped line when deciding owners", () => {
    const parsed = parseCodeowners("* @org/platform\n/apps/ apps-team\n");
    expect(ownerRule(parsed, "apps/x")?.owners).toEqual(["@org/platform"]);
  });

  it("keeps an escaped space inside a pattern", () => {
    const parsed = parseCodeowners("/my\\ dir/ @org/a\n");
    expect(parsed.rules[0]?.regex.test("my dir/x")).toBe(true);
  });

  it("accepts the three owner forms and nothing else", () => {
    for (const ok of ["@octocat", "@my-org/platform-team", "@org/team_x.y", "docs@example.com"])
      expect(isOwnerForm(ok), ok).toBe(true);
    for (const bad of ["octocat", "@", "@org/", "@-x", "@x-", "@a--b", "org/team", "@a/b/c", "a@b"])
      expect(isOwnerForm(bad), bad).toBe(false);
  });
});
