// What `gitops init` writes, `gitops governance` accepts: the CODEOWNERS skeleton gives every file
// a prod target reads to the platform team, on the example and on each repository shape.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { governance } from "../../packages/governance/src/index.js";
import { initRepo } from "../../packages/init/src/index.js";
import { copyExample } from "../support/example.js";

const SHAPES = fileURLToPath(new URL("../fixtures/repos", import.meta.url));
const REF = "0123456789abcdef0123456789abcdef01234567";

/** Coverage errors: ownership of targets and platform paths. */
async function coverageErrors(repo: string) {
  const report = await governance({ repo });
  return report.findings.filter((f) => f.severity === "error" && f.rule.startsWith("coverage/"));
}

describe("init and governance agree", () => {
  it("on the example without its CODEOWNERS", async () => {
    const repo = join(mkdtempSync(join(tmpdir(), "gitops-init-gov-")), "infra");
    copyExample(repo);
    rmSync(join(repo, "CODEOWNERS"));
    await initRepo(repo, { ref: REF });
    expect(await coverageErrors(repo)).toEqual([]);
  });

  for (const shape of readdirSync(SHAPES)) {
    it(`on the ${shape} shape`, async () => {
      const repo = join(mkdtempSync(join(tmpdir(), "gitops-init-gov-")), shape);
      cpSync(join(SHAPES, shape), repo, { recursive: true });
      await initRepo(repo, { ref: REF });
      expect(await coverageErrors(repo)).toEqual([]);
    });
  }
});
