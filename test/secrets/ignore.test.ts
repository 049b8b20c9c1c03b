// Accepting findings: the ignore file (rule + path + secret hash, so entries survive squash merges),
// baselines (an earlier --json report), and the errors both give for bad input.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/errors.js";
import { scanRepository } from "../../packages/secrets/src/scan.js";
import { createTestRepo } from "../support/git.js";
import { Fakes } from "./fakes.js";
import { cli, tempRepo } from "./support.js";

const f = new Fakes(5);
const token = f.githubPat();
const other = f.githubPat();

function repoWith(ignore?: string) {
  return tempRepo({
    "fixtures/a.yaml": `token: ${token}\n`,
    "fixtures/b.yaml": `token: ${other}\n`,
    ...(ignore === undefined ? {} : { ".gitops-secrets-ignore.yaml": ignore }),
  });
}

describe("ignore file", () => {
  it("drops the finding whose rule, path glob and secret hash match, and only that one", async () => {
    const first = await scanRepository(repoWith());
    const hash = first.findings.find((x) => x.file === "fixtures/a.yaml")?.secretSha256;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const repo = repoWith(
      `ignore:\n  - rule: github-pat\n    path: fixtures/**\n    secretSha256: ${hash}\n    reason: test fixture\n`,
    );
    const report = await scanRepository(repo);
    expect(report.findings.map((x) => x.file)).toEqual(["fixtures/b.yaml"]);
    expect(report.stats.ignored).toBe(1);
  });

  it("keeps matching after the secret moves to another line or commit (no line, no commit in the key)", async () => {
    const repo = createTestRepo({ "a.yaml": `token: ${token}\n` });
    const hash = (await scanRepository(repo.dir)).findings[0]?.secretSha256 ?? "";
    repo.commit("move it", {
      "a.yaml": `# moved down\n\nx: 1\ntoken: ${token}\n`,
      ".gitops-secrets-ignore.yaml": `ignore:\n  - rule: "*"\n    path: "*.yaml"\n    secretSha256: ${hash.toUpperCase()}\n    reason: revoked in INC-42\n`,
    });
    expect((await scanRepository(repo.dir)).findings).toEqual([]);
  });

  it("reports an entry that no longer matches anything as a notice", async () => {
    const repo = repoWith(`ignore:\n  - rule: github-pat\n    path: gone/**\n    reason: old fixture\n`);
    const report = await scanRepository(repo);
    expect(report.findings.filter((x) => x.rule === "stale-ignore-entry")).toEqual([
      expect.objectContaining({ severity: "notice", file: ".gitops-secrets-ignore.yaml", line: 2 }),
    ]);
  });

  it.each([
    [
      "an unknown key",
      "ignore:\n  - rule: x\n    path: a\n    reason: r\n    sha: abc\n",
      /:5: unknown key "sha"/,
    ],
    ["a missing reason", "ignore:\n  - rule: x\n    path: a\n", /:2: entry needs "reason"/],
    [
      "a bad hash",
      "ignore:\n  - rule: x\n    path: a\n    reason: r\n    secretSha256: abc\n",
      /:5: secretSha256 must be 64 hex/,
    ],
    ["a list at the top", "- rule: x\n", /expected a mapping with one key, "ignore"/],
    ["broken YAML", "ignore: [\n", /\.gitops-secrets-ignore\.yaml.*YAML/],
  ])("rejects %s with a UserError naming the file and line", async (_what, text, message) => {
    const repo = repoWith(text);
    const run = scanRepository(repo);
    await expect(run).rejects.toThrow(UserError);
    await expect(scanRepository(repo)).rejects.toThrow(message);
  });

  it("requires an ignore file named on the command line to exist", async () => {
    const { code, stderr } = await cli("secrets", "--repo", repoWith(), "--ignore-file", "missing.yaml");
    expect(code).toBe(2);
    expect(stderr).toBe("gitops: ignore file missing.yaml does not exist\n");
  });
});

describe("baseline", () => {
  it("drops findings that an earlier --json report already had, and reports new ones", async () => {
    const repo = tempRepo({ "a.yaml": `token: ${token}\n` });
    const before = await cli("secrets", "--repo", repo, "--json");
    expect(before.code).toBe(1);
    writeFileSync(join(repo, "baseline.json"), before.stdout);
    writeFileSync(join(repo, "a.yaml"), `# shifted\ntoken: ${token}\nother: ${other}\n`);
    const after = await cli("secrets", "--repo", repo, "--json", "--baseline", "baseline.json");
    const doc = JSON.parse(after.stdout) as { findings: { line: number }[]; summary: { baselined: number } };
    expect(doc.findings.map((x) => x.line)).toEqual([3]);
    expect(doc.summary.baselined).toBe(1);
  });

  it("takes the baseline from .gitops.yaml and names a bad one", async () => {
    const repo = tempRepo({ ".gitops.yaml": "secrets:\n  baseline: base.json\n", "base.json": "{not json" });
    const { code, stderr } = await cli("secrets", "--repo", repo);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^gitops: baseline base\.json is not valid JSON/);
    writeFileSync(join(repo, "base.json"), "[]");
    expect((await cli("secrets", "--repo", repo)).stderr).toContain(
      'must be a "gitops secrets --json" report',
    );
    expect(readFileSync(join(repo, "base.json"), "utf8")).toBe("[]");
  });
});
