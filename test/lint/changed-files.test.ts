// lint, policy and secrets given a change's files (as the pre-commit hooks give them) check only
// what the files feed, and given every file they agree with the full run.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sortFindings, type Finding } from "../../packages/core/src/finding.js";
import { lint } from "../../packages/lint/src/lint.js";
import { runPolicyCheck } from "../../packages/policy/src/check.js";
import { scanRepository } from "../../packages/secrets/src/scan.js";
import { exampleCopy, toolEnv } from "../render/support.js";

let repo: string;
let env: NodeJS.ProcessEnv;

const CMS_PROD = "apps/cms/overlays/prod/kustomization.yaml";
const CMS_EXTRA = "apps/cms/overlays/prod/extra.yaml";
const WEB_STAGING = "apps/web/overlays/staging/kustomization.yaml";
// A token shaped like a real one: the scanner passes over low-entropy placeholders.
const TOKEN = "ghp_R7mZ2kQ9xW4pL8vN3bT6yH1cJ5dF0gS2aE9u";

/** Every file of the repository but the render output, as `git ls-files` would list them. */
function everyFile(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(repo, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith("render/"))
    .sort();
}

const key = (findings: readonly Finding[]) => sortFindings(findings).map((f) => JSON.stringify(f));

beforeAll(async () => {
  repo = exampleCopy();
  env = await toolEnv();
  // One target with a schema error and a :latest image, and a leaked token: each in a place the
  // other checks do not read. (A target that fails to resolve would be in every change's scope.)
  const text = readFileSync(join(repo, CMS_PROD), "utf8")
    .replace("  - externalsecret.yaml\n", "  - externalsecret.yaml\n  - extra.yaml\n")
    .replace("newTag: 1.14.2", "newTag: latest");
  writeFileSync(join(repo, CMS_PROD), text);
  writeFileSync(
    join(repo, CMS_EXTRA),
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndta:\n  a: b\n",
  );
  writeFileSync(join(repo, "scripts/deploy.env"), `GITHUB_TOKEN=${TOKEN}\n`);
});

describe("lint with a change's files", () => {
  it("renders and checks only the targets the files feed", async () => {
    const report = await lint({ repo, env, files: [WEB_STAGING], cwd: repo });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.summary.targets).toBe(1);
    expect(report.summary.files).toBe(1);
    expect(report.summary.resources).toBeGreaterThan(3);
  });

  it("reports the broken target the change feeds", async () => {
    const report = await lint({ repo, env, files: [CMS_PROD], cwd: repo });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([
      expect.objectContaining({ file: CMS_EXTRA, line: 5, target: "apps/cms/overlays/prod" }),
    ]);
  });

  it("given every file, finds what the full run finds", async () => {
    const full = await lint({ repo, env });
    const all = await lint({ repo, env, files: everyFile(repo), cwd: repo });
    expect(key(all.findings)).toEqual(key(full.findings));
    expect(all.summary.targets).toBe(full.summary.targets);
    expect(all.summary.resources).toBe(full.summary.resources);
    expect(full.findings.some((f) => f.file === CMS_EXTRA)).toBe(true);
  });
});

describe("policy with a change's files", () => {
  it("checks only the targets the files feed, and all of them for a policy change", async () => {
    const one = await runPolicyCheck({ repo, env, files: [WEB_STAGING], cwd: repo });
    expect(one.stats.targets).toBe(1);
    expect(one.findings.filter((f) => f.severity === "error")).toEqual([]);
    const cms = await runPolicyCheck({ repo, env, files: [CMS_PROD], cwd: repo });
    expect(cms.findings.map((f) => [f.rule, f.target])).toContainEqual([
      "disallow-latest-tag",
      "apps/cms/overlays/prod",
    ]);
    const policyChange = await runPolicyCheck({
      repo,
      env,
      files: ["policies/disallow-latest-tag.yaml"],
      cwd: repo,
    });
    const full = await runPolicyCheck({ repo, env });
    expect(policyChange.stats.targets).toBe(full.stats.targets);
    expect(key(policyChange.findings)).toEqual(key(full.findings));
  });

  it("given every file, finds what the full run finds", async () => {
    const full = await runPolicyCheck({ repo, env });
    const all = await runPolicyCheck({ repo, env, files: everyFile(repo), cwd: repo });
    expect(key(all.findings)).toEqual(key(full.findings));
    expect(all.stats.evaluations).toBe(full.stats.evaluations);
  });
});

describe("secrets with a change's files", () => {
  it("scans only the files given", async () => {
    const clean = await scanRepository(repo, { files: [WEB_STAGING], cwd: repo });
    expect(clean.findings).toEqual([]);
    expect(clean.stats).toMatchObject({ mode: "files", files: 1 });
    const leak = await scanRepository(repo, { files: ["scripts"], cwd: repo });
    expect(leak.findings).toEqual([
      expect.objectContaining({ rule: "github-pat", file: "scripts/deploy.env", line: 1 }),
    ]);
    expect(JSON.stringify(leak.findings)).not.toContain(TOKEN);
  });

  it("given every file, finds what the full run finds", async () => {
    const full = await scanRepository(repo, {});
    const all = await scanRepository(repo, { files: everyFile(repo), cwd: repo });
    expect(key(all.findings)).toEqual(key(full.findings));
    expect(all.stats.files).toBe(full.stats.files);
  });

  it("refuses files together with --base", async () => {
    await expect(scanRepository(repo, { files: ["scripts"], cwd: repo, base: "HEAD" })).rejects.toThrow(
      "give either --base or files to scan, not both",
    );
  });
});
