// gitops init's options and refusals: --dry-run, files it must never overwrite, the pinned ref,
// and bad input ending in exit 2 with one message.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../packages/core/src/index.js";
import { checkoutCommit } from "../../packages/init/src/index.js";
import { cli } from "../support/cli.js";
import { copyShape, ROOT, tree } from "./support.js";

describe("gitops init --dry-run", () => {
  it("writes nothing and says what it would add", async () => {
    const dir = copyShape("env-base-single-app");
    const before = tree(dir);
    const run = await cli("init", "--repo", dir, "--dry-run");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^would add \.gitops\.yaml$/m);
    expect(run.stdout).toMatch(/^would add \.github\/CODEOWNERS$/m);
    expect(run.stdout).toMatch(/^would add policies\/disallow-latest-tag\.yaml$/m);
    expect(run.stdout).not.toMatch(/^add /m);
    expect(tree(dir)).toEqual(before);
  });

  it("lists the same files in --json as a real run adds", async () => {
    const dir = copyShape("envs-variants");
    const dry = JSON.parse((await cli("init", "--repo", dir, "--dry-run", "--json")).stdout) as {
      files: unknown[];
    };
    const real = JSON.parse((await cli("init", "--repo", dir, "--json")).stdout) as { files: unknown[] };
    expect(dry.files).toEqual(real.files);
  });
});

describe("gitops init never overwrites", () => {
  it("leaves existing files, workflows under .yml, a root CODEOWNERS and a policies folder alone", async () => {
    const dir = copyShape("apps-envs-yml");
    mkdirSync(join(dir, ".github/workflows"), { recursive: true });
    mkdirSync(join(dir, "policies"));
    const mine = {
      ".github/workflows/validate.yml": "# mine\n",
      CODEOWNERS: "* @me\n",
      Makefile: "all:\n\ttrue\n",
      ".gitops.yaml": "environments: [qa, staging, prod]\n",
      "policies/own.yaml": "# mine\n",
    };
    for (const [path, content] of Object.entries(mine)) writeFileSync(join(dir, path), content);
    const run = await cli("init", "--repo", dir);
    expect(run.code).toBe(0);
    for (const path of [
      ".github/workflows/validate.yml",
      "CODEOWNERS",
      "Makefile",
      ".gitops.yaml",
      "policies/",
    ]) {
      expect(run.stdout).toContain(`exists  ${path}\n`);
    }
    expect(run.stdout).toContain("add     .github/workflows/promote.yaml\n");
    for (const [path, content] of Object.entries(mine))
      expect(readFileSync(join(dir, path), "utf8")).toBe(content);
    // GitHub reads .github/CODEOWNERS before CODEOWNERS: writing it would replace the team's rules.
    expect(existsSync(join(dir, ".github/CODEOWNERS"))).toBe(false);
    expect(existsSync(join(dir, ".github/workflows/validate.yaml"))).toBe(false);
    expect(existsSync(join(dir, "policies/disallow-latest-tag.yaml"))).toBe(false);
  });

  it("treats a broken symlink as a file that exists", async () => {
    const dir = copyShape("env-base-single-app");
    symlinkSync("nowhere", join(dir, "Makefile"));
    const run = await cli("init", "--repo", dir);
    expect(run.stdout).toContain("exists  Makefile\n");
  });

  it("refuses a .github folder that leads out of the repository, writing nothing", async () => {
    const dir = copyShape("env-base-single-app");
    const outside = mkdtempSync(join(tmpdir(), "gitops-init-outside-"));
    symlinkSync(outside, join(dir, ".github"));
    const before = tree(dir);
    const run = await cli("init", "--repo", dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^gitops: \.github\/workflows\/validate\.yaml: its folder leads out of the repository/,
    );
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(tree(outside)).toEqual({});
    expect(tree(dir)).toEqual(before);
  });

  it("removes what it added when a later write fails", async () => {
    const dir = copyShape("env-base-single-app");
    // The policies folder configured under a file: the starter policies, written last, cannot be.
    writeFileSync(join(dir, "blocker"), "a file, not a folder\n");
    writeFileSync(join(dir, ".gitops.yaml"), "policy:\n  dir: blocker/policies\n");
    const before = tree(dir);
    const run = await cli("init", "--repo", dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^gitops: blocker\/policies\/disallow-latest-tag\.yaml: cannot write: .*; nothing was written\n$/,
    );
    expect(tree(dir)).toEqual(before);
    expect(existsSync(join(dir, ".github"))).toBe(false);
  });
});

describe("gitops init pins our workflows and hooks", () => {
  it("defaults to the commit of the gitops-actions checkout it runs from", async () => {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    expect(await checkoutCommit(join(ROOT, "packages/init/src"))).toBe(head);
    const dir = copyShape("env-base-single-app");
    const run = await cli("init", "--repo", dir, "--actions-repo", "acme/gitops-actions");
    expect(run.code).toBe(0);
    const validate = readFileSync(join(dir, ".github/workflows/validate.yaml"), "utf8");
    expect(validate).toContain(`uses: acme/gitops-actions/.github/workflows/validate.yml@${head}\n`);
    const hooks = readFileSync(join(dir, ".pre-commit-config.yaml"), "utf8");
    expect(hooks).toContain("  - repo: https://github.com/acme/gitops-actions\n");
    expect(hooks).toContain(`    rev: "${head}"\n`);
  });

  it("finds no checkout outside gitops-actions (an installed package), so the release tag is pinned", async () => {
    const other = mkdtempSync(join(tmpdir(), "gitops-init-notours-"));
    execFileSync("git", ["init", "-q", other]);
    expect(await checkoutCommit(other)).toBeUndefined();
    expect(`v${VERSION}`).toMatch(/^v\d+\.\d+\.\d+/);
  });

  it("takes a tag from --ref and says to pin a SHA", async () => {
    const dir = copyShape("env-base-single-app");
    expect((await cli("init", "--repo", dir, "--ref", "v1.2.3")).code).toBe(0);
    expect(readFileSync(join(dir, ".github/workflows/changelog.yaml"), "utf8")).toContain(
      "uses: example-org/gitops-actions/.github/workflows/changelog.yml@v1.2.3 # pin to a full commit SHA",
    );
  });
});

describe("gitops init refuses bad input with exit 2 and one message", () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split("\n")).toHaveLength(1);
  };

  it("a --repo that does not exist", async () => {
    const run = await cli("init", "--repo", "/nonexistent/infra-gitops");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("gitops: repository folder /nonexistent/infra-gitops does not exist\n");
    expect(run.stdout).toBe("");
  });

  it("a --ref or --actions-repo that could break the YAML", async () => {
    const dir = copyShape("env-base-single-app");
    const before = tree(dir);
    for (const args of [
      ["--ref", "main\nfoo: bar"],
      ["--ref", "--upload-pack=x"],
      ["--actions-repo", "acme"],
      ["--actions-repo", "acme/x y"],
    ]) {
      const run = await cli("init", "--repo", dir, ...args);
      expect(run.code, args.join(" ")).toBe(2);
      oneLine(run.stderr);
    }
    expect(tree(dir)).toEqual(before);
  });

  it("a repository with no targets: nothing is written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-init-empty-"));
    writeFileSync(join(dir, "README.md"), "# nothing here\n");
    const run = await cli("init", "--repo", dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gitops: no targets in /);
    oneLine(run.stderr);
    expect(tree(dir)).toEqual({ "README.md": expect.any(String) as string });
  });
});
