// .gitleaks.toml for teams that migrate: custom rules (id, regex, secretGroup, keywords, entropy,
// path) and allowlists (global and per rule), with Go regex syntax translated.
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/errors.js";
import { goRegex } from "../../packages/secrets/src/go-regex.js";
import { scanRepository } from "../../packages/secrets/src/scan.js";
import { Fakes } from "./fakes.js";
import { tempRepo } from "./support.js";

const f = new Fakes(9);
const internal = `acme_${f.chars(32, "0123456789abcdef")}`;
const token = f.githubPat();

async function scan(files: Record<string, string>) {
  return (await scanRepository(tempRepo(files))).findings;
}

describe(".gitleaks.toml", () => {
  it("runs custom rules with keywords, secretGroup, entropy and path", async () => {
    const toml = `
[[rules]]
id = "acme-token"
description = "ACME internal token"
regex = '''(?i)acme_token\\s*[:=]\\s*"?(acme_[0-9a-f]{32})'''
secretGroup = 1
entropy = 3.0
keywords = ["ACME_TOKEN"]

[[rules]]
id = "env-file"
description = "A committed .env file"
path = '''(^|/)\\.env$'''
`;
    const found = await scan({
      ".gitleaks.toml": toml,
      "values.yaml": `ACME_TOKEN: "${internal}"\nlow: "acme_token: acme_00000000000000000000000000000000"\n`,
      "app/.env": "A=1\n",
    });
    expect(found.map((x) => [x.rule, x.file, x.line])).toEqual([
      ["env-file", "app/.env", 1],
      ["acme-token", "values.yaml", 1],
    ]);
    expect(found[1]?.message).toContain('ACME internal token "acme…"');
    expect(JSON.stringify(found)).not.toContain(internal);
  });

  it("applies global and per-rule allowlists: paths, regexes (secret or line), stopwords", async () => {
    const toml = `
[allowlist]
paths = ['''^testdata/''']
regexes = ['''ghp_[A-Za-z0-9]{30}ALLOW''']

[[rules]]
id = "acme-token"
regex = '''acme_[0-9a-f]{32}'''
keywords = ["acme_"]
  [[rules.allowlists]]
  regexTarget = "line"
  regexes = ['''# fixture''']
  [[rules.allowlists]]
  stopwords = ["${internal.slice(10, 18)}"]
`;
    const found = await scan({
      ".gitleaks.toml": toml,
      "testdata/a.yaml": `token: ${token}\n`,
      "b.yaml": `token: ghp_${f.chars(30)}ALLOW\nkey: acme_${f.chars(32, "0123456789abcdef")} # fixture\nkey2: ${internal}\n`,
      "c.yaml": `token: ${token}\n`,
    });
    expect(found.map((x) => [x.rule, x.file])).toEqual([["github-pat", "c.yaml"]]);
  });

  it("lets a custom rule with a built-in id replace the built-in", async () => {
    const toml = `[[rules]]\nid = "github-pat"\nregex = '''never-matches-anything'''\n`;
    expect(await scan({ ".gitleaks.toml": toml, "a.yaml": `note: ${token}\n` })).toEqual([]);
    expect(await scan({ "a.yaml": `note: ${token}\n` })).toHaveLength(1);
  });

  it.each([
    ["broken TOML", "[[rules]\nid = 1", /\.gitleaks\.toml:\d+: invalid TOML/],
    ["a rule without id", "[[rules]]\nregex = 'x'\n", /rules\[0\] needs an "id"/],
    ["a rule without regex or path", "[[rules]]\nid = 'x'\n", /rule "x" needs a "regex" or a "path"/],
    [
      "a regex JavaScript cannot run",
      "[[rules]]\nid = 'x'\nregex = '''a(?<n>b)(?<n>c)'''\n",
      /rule "x" regex .* is not a regex we can run/,
    ],
    [
      "keywords that are not strings",
      "[[rules]]\nid = 'x'\nregex = 'x'\nkeywords = [1]\n",
      /keywords must be a list of strings/,
    ],
  ])("rejects %s with a UserError", async (_what, toml, message) => {
    const run = scan({ ".gitleaks.toml": toml });
    await expect(run).rejects.toThrow(UserError);
    await expect(scan({ ".gitleaks.toml": toml })).rejects.toThrow(message);
  });
});

describe("Go regex translation", () => {
  it.each([
    ["(?i)abc", "ABC", true],
    ["x(?i)abc", "xABC", true],
    ["x(?i)abc", "XABC", false],
    ["\\b(p8e-(?i)[a-z]{4})(?:;|$)", "p8e-AbCd;", true],
    ["(?P<v>[[:alnum:]]{3})\\z", "a1B", true],
    ["(?s)a.b", "a\nb", true],
  ])("%s on %j → %s", (source, text, matches) => {
    expect(goRegex(source, "test").test(text)).toBe(matches);
  });

  it("keeps capture groups where they were when a mid-pattern flag is wrapped", () => {
    expect(goRegex("\\b(p8e-(?i)[a-z]{4})(?:;|$)", "t").exec("p8e-AbCd;")?.[1]).toBe("p8e-AbCd");
  });
});
