// `gitops secrets` in-process: exit codes, --json (one document on stdout), --sarif, --fail-on,
// --credentials-only, and one clear message for each usage mistake.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { SARIF_SUBSET_SCHEMA } from "../core/reporters/sarif-schema.js";
import { createTestRepo } from "../support/git.js";
import { Fakes } from "./fakes.js";
import { cli, EXAMPLE, exampleCopy, tempRepo } from "./support.js";

const f = new Fakes(3);
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
formats.default(ajv);
const validSarif = ajv.compile(SARIF_SUBSET_SCHEMA);

describe("gitops secrets", () => {
  it("passes examples/infra-gitops: exit 0, nothing on stdout, what it scanned on stderr", async () => {
    const { code, stdout, stderr } = await cli("secrets", "--repo", EXAMPLE);
    expect({ code, stdout }).toEqual({ code: 0, stdout: "" });
    expect(stderr).toMatch(/^Scanned \d+ files \([\d.]+ KiB\) with \d+ credential rules\.\n$/);
  });

  it("prints one JSON document with findings and a summary, and exits 1 on an error", async () => {
    const repo = tempRepo({ "apps/a.yaml": `token: ${f.githubPat()}\n` });
    const { code, stdout, stderr } = await cli("secrets", "--repo", repo, "--json");
    expect(code).toBe(1);
    expect(stderr).toBe("");
    const doc = JSON.parse(stdout) as {
      findings: Record<string, unknown>[];
      summary: Record<string, unknown>;
    };
    expect(doc.findings).toEqual([
      expect.objectContaining({
        tool: "secrets",
        rule: "github-pat",
        severity: "error",
        file: "apps/a.yaml",
        line: 1,
        column: 8,
      }),
    ]);
    expect(doc.findings[0]?.secretSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.summary).toMatchObject({
      errors: 1,
      warnings: 0,
      notices: 0,
      mode: "full",
      files: 1,
      skipped: 0,
    });
  });

  it("writes a valid SARIF log for code scanning with --sarif", async () => {
    const repo = exampleCopy({
      "apps/cms/overlays/prod/leak.yaml": `apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\nstringData:\n  token: ${f.githubPat()}\n`,
    });
    const out = join(repo, "out.sarif");
    const { code } = await cli("secrets", "--repo", repo, "--sarif", out);
    expect(code).toBe(1);
    const log = JSON.parse(readFileSync(out, "utf8")) as {
      runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } };
        results: { ruleId: string }[];
      }[];
    };
    expect(validSarif(log)).toBe(true);
    const run = log.runs[0];
    expect(run?.tool.driver.name).toBe("gitops-secrets");
    expect(run?.results.map((r) => r.ruleId).sort()).toEqual(["secrets/github-pat", "secrets/plain-secret"]);
    expect(
      run?.tool.driver.rules.find((r) => r.id === "secrets/plain-secret")?.shortDescription.text,
    ).toContain("Git may hold only references");
  });

  it("fails on warnings only with --fail-on warning, and skips the GitOps rules with --credentials-only", async () => {
    const repo = exampleCopy({ "apps/cms/overlays/prod/README.md": "# cms\n" });
    expect((await cli("secrets", "--repo", repo)).code).toBe(0);
    expect((await cli("secrets", "--repo", repo, "--fail-on", "warning")).code).toBe(1);
    const { code, stdout } = await cli(
      "secrets",
      "--repo",
      repo,
      "--fail-on",
      "warning",
      "--credentials-only",
    );
    expect({ code, stdout }).toEqual({ code: 0, stdout: "" });
  });

  it("scans only the change with --base and names the commits in the summary", async () => {
    const repo = createTestRepo({ "old.yaml": `token: ${f.githubPat()}\n` });
    repo.git("checkout", "--quiet", "-b", "change");
    repo.commit("new", { "new.yaml": `token: ${f.githubPat()}\n` });
    const { code, stdout } = await cli("secrets", "--repo", repo.dir, "--base", "main", "--json");
    expect(code).toBe(1);
    const doc = JSON.parse(stdout) as {
      findings: { file: string }[];
      summary: { mode: string; commits: number };
    };
    expect(doc.findings.map((x) => x.file)).toEqual(["new.yaml"]);
    expect(doc.summary).toMatchObject({ mode: "diff", commits: 1 });
  });

  it.each([
    [["--fail-on", "fatal"], 'gitops: --fail-on must be error, warning or notice, got "fatal"\n'],
    [["--head", "HEAD"], "gitops: --head needs --base\n"],
    [["--base", ""], "gitops: --base needs a value\n"],
    // Under /dev/null, so no folder can be made for it, even as root.
    [["--sarif", "/dev/null/x.sarif"], /^gitops: --sarif \/dev\/null\/x\.sarif: cannot write: /],
    [["--bogus"], /^gitops: secrets: Unknown option '--bogus'/],
  ])("rejects %j with exit 2 and one message", async (args, message) => {
    const { code, stdout, stderr } = await cli("secrets", "--repo", EXAMPLE, ...args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(message);
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("names a missing repository", async () => {
    const { code, stderr } = await cli("secrets", "--repo", "/no/such/repo");
    expect(code).toBe(2);
    expect(stderr).toBe("gitops: repository folder /no/such/repo does not exist\n");
  });

  it("is listed in gitops --help and documents its options", async () => {
    expect((await cli("--help")).stdout).toMatch(/^ {2}secrets +scan for leaked secrets/m);
    const { stdout } = await cli("secrets", "--help");
    for (const option of [
      "--base",
      "--head",
      "--sarif",
      "--baseline",
      "--ignore-file",
      "--fail-on",
      "--credentials-only",
    ]) {
      expect(stdout).toContain(option);
    }
  });
});
