// The redaction property: whatever is planted, no finding, log line or report holds a secret whole,
// nor any 8 characters of it past the first 4 (the most a message may show).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatJson, formatText, toAnnotations, toJUnitXml } from "../../packages/core/src/index.js";
import { secretsSarif, secretsSummary, statsLine } from "../../packages/secrets/src/report.js";
import { scanRepository } from "../../packages/secrets/src/scan.js";
import { createTestRepo } from "../support/git.js";
import { plantedCorpus, type Planted } from "./corpus.js";
import { cli } from "./support.js";
import { copyExample } from "../support/example.js";

/** What of `secret` shows in `output`, or undefined when nothing beyond its first 4 characters does. */
export function leakOf(output: string, secret: string): string | undefined {
  if (output.includes(secret)) return "the whole secret";
  for (let i = 4; i + 8 <= secret.length; i++) {
    if (output.includes(secret.slice(i, i + 8))) return `characters ${i}..${i + 8}`;
  }
  return undefined;
}

function expectNoLeak(outputs: Record<string, string>, planted: readonly Planted[]): void {
  const leaks: string[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    for (const p of planted) {
      const leak = leakOf(text, p.secret);
      if (leak) leaks.push(`${name} shows ${leak} of the ${p.rule} secret in ${p.file}`);
    }
  }
  expect(leaks).toEqual([]);
}

/** The example on main, the corpus added over three commits on a branch, and some of it removed again. */
function repoWithCorpus(seed: number) {
  const corpus = plantedCorpus(seed);
  const repo = createTestRepo();
  copyExample(repo.dir);
  repo.commit("example");
  repo.git("checkout", "--quiet", "-b", "change");
  const entries = Object.entries(corpus.files);
  const third = Math.ceil(entries.length / 3);
  for (let i = 0; i < 3; i++)
    repo.commit(`part ${i}`, Object.fromEntries(entries.slice(i * third, (i + 1) * third)));
  // Overwritten in the last commit: leaked in the history, gone from the tree.
  repo.commit("clean up", Object.fromEntries(entries.slice(0, 4).map(([path]) => [path, "a: 1\n"])));
  return { repo, corpus };
}

describe("redaction", () => {
  it("finds a leak when there is one (the check itself works)", () => {
    expect(leakOf("token ghp_abcdefghijklmnop", "ghp_abcdefghijklmnop")).toBe("the whole secret");
    expect(leakOf('"ghp_…" then abcdefgh', "ghp_abcdefghijklmnop")).toBe("characters 4..12");
    expect(leakOf('"ghp_…" (20 characters)', "ghp_abcdefghijklmnop")).toBeUndefined();
  });

  it.each([1, 2, 3, 4, 5])("never shows a planted secret in any output (seed %i)", async (seed) => {
    const { repo, corpus } = repoWithCorpus(seed);
    const sarifFile = join(repo.dir, "..", "out.sarif");
    const text = await cli("secrets", "--repo", repo.dir, "--sarif", sarifFile);
    const json = await cli("secrets", "--repo", repo.dir, "--json");
    const diffText = await cli("secrets", "--repo", repo.dir, "--base", "main");
    const diffJson = await cli("secrets", "--repo", repo.dir, "--base", "main", "--json");
    expect([text.code, json.code, diffText.code, diffJson.code]).toEqual([1, 1, 1, 1]);

    const full = await scanRepository(repo.dir);
    const diff = await scanRepository(repo.dir, { base: "main" });
    // Every planted secret was found in diff mode (the history keeps the removed ones).
    expect(diff.findings.filter((x) => x.secretSha256).length).toBeGreaterThanOrEqual(corpus.planted.length);
    const outputs: Record<string, string> = {
      "text stdout": text.stdout,
      "text stderr": text.stderr,
      "--json": json.stdout,
      "diff text": diffText.stdout + diffText.stderr,
      "diff --json": diffJson.stdout,
      "--sarif": readFileSync(sarifFile, "utf8"),
      "job summary":
        secretsSummary(diff, { repoUrl: "https://github.com/o/r", sha: "abc" }) + secretsSummary(full, {}),
      annotations: JSON.stringify(toAnnotations([...full.findings, ...diff.findings])),
      "text report": formatText(diff.findings) + formatJson(full.findings),
      "sarif (diff)": JSON.stringify(secretsSarif(diff)),
      junit: toJUnitXml(diff.findings, { suiteName: "secrets" }),
      stats: statsLine(diff.stats),
    };
    expectNoLeak(outputs, corpus.planted);
  });
});
