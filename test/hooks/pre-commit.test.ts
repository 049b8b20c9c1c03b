// The pre-commit hook repository, run by real pre-commit: it installs this package with npm
// (`language: node`) from a git repository holding what a release holds, and its hooks then
// check each commit of an infra-gitops repository.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { copyExample } from "../support/example.js";
import { git, GIT_ENV } from "../support/git.js";
import { findPreCommit } from "../support/pre-commit.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** A file of the release; dist/cli from GITOPS_DIST when set (a build made elsewhere). */
const source = (f: string) =>
  f === "dist/cli" && process.env.GITOPS_DIST ? join(process.env.GITOPS_DIST, "cli") : join(ROOT, f);
const HOOK_IDS = ["gitops-fmt", "gitops-secrets", "gitops-lint", "gitops-policy"];
// Shaped like a real token: the scanner passes over low-entropy placeholders.
const TOKEN = "ghp_W3nQ8rT1vY6bK9mZ2xC5hJ7dL4pF0sA8gE3u";

let repo: string;
let env: NodeJS.ProcessEnv;

/** The hook repository: a git repository with what a release commit of this one holds. */
function hookRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-hooks-"));
  for (const f of ["package.json", "package-lock.json", "README.md", ".pre-commit-hooks.yaml", "dist/cli"])
    cpSync(source(f), join(dir, f), { recursive: true });
  git(dir, "init", "--quiet", "--initial-branch=main");
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "-m", "release");
  return dir;
}

/** `git commit` in the infra repo, which runs the installed pre-commit hook. */
function commit(message: string): { code: number; output: string } {
  const r = spawnSync("git", ["commit", "-m", message], { cwd: repo, env, encoding: "utf8" });
  const output = `${r.stdout}${r.stderr}`;
  if (process.env.DEBUG_HOOKS) console.log(output);
  return { code: r.status ?? -1, output };
}

beforeAll(async () => {
  const preCommit = findPreCommit();
  if (!preCommit) throw new Error("global setup should have installed pre-commit");
  const bins = await testBinaries();
  const hooks = hookRepository();
  const base = mkdtempSync(join(tmpdir(), "gitops-precommit-"));
  repo = join(base, "infra");
  copyExample(repo);
  env = {
    ...process.env,
    ...GIT_ENV,
    // Node and npm first as the npm scripts put them, then the real kustomize and helm.
    PATH: [bins.dir, process.env.PATH ?? ""].join(delimiter),
    PRE_COMMIT_HOME: join(base, "pre-commit-home"),
  };
  writeFileSync(
    join(repo, ".pre-commit-config.yaml"),
    `repos:\n  - repo: ${hooks}\n    rev: ${git(hooks, "rev-parse", "HEAD")}\n    hooks:\n` +
      // verbose: the output of passing hooks too, to see what they checked.
      HOOK_IDS.map((id) => `      - id: ${id}\n        verbose: true\n`).join(""),
  );
  git(repo, "init", "--quiet", "--initial-branch=main");
  git(repo, "add", "--all");
  git(repo, "commit", "--quiet", "-m", "infra");
  execFileSync(preCommit, ["install", "--install-hooks"], { cwd: repo, env, stdio: "pipe" });
}, 600_000);

describe("the pre-commit hooks", () => {
  it("pass a clean change and check only the target it feeds", () => {
    const file = join(repo, "apps/web/overlays/staging/kustomization.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("newTag: 2.8.1", "newTag: 2.8.2"));
    git(repo, "add", "--all");
    const r = commit("bump web in staging");
    expect(r.output).toMatch(/gitops lint \(targets the change feeds\)\.+Passed/);
    expect(r.code).toBe(0);
    for (const id of ["fmt", "secrets", "lint", "policy"])
      expect(r.output).toMatch(new RegExp(`gitops ${id}.*Passed`));
    expect(r.output).toMatch(/checked \d+ resource\(s\) in 1 target\(s\)/);
    // The hooks render privately: render/ is left as it was (here: absent).
    expect(existsSync(join(repo, "render"))).toBe(false);
  });

  it("refuse a staged token, naming file and line and never the token, and ignore unstaged files", () => {
    writeFileSync(join(repo, "notes.txt"), `an unstaged ${TOKEN} is not the commit's\n`);
    writeFileSync(join(repo, "scripts/deploy.env"), `# deploy\nGITHUB_TOKEN=${TOKEN}\n`);
    git(repo, "add", "scripts/deploy.env");
    const r = commit("add a deploy env");
    git(repo, "rm", "--cached", "--quiet", "scripts/deploy.env");
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/gitops secrets \(staged content\)\.+Failed/);
    expect(r.output).toContain("scripts/deploy.env:2");
    expect(r.output).toContain("secrets/github-pat");
    expect(r.output).not.toContain("notes.txt");
    expect(r.output).not.toContain(TOKEN);
  });

  it("refuse a broken overlay through lint and policy", () => {
    const file = join(repo, "apps/cms/overlays/prod/kustomization.yaml");
    const text = readFileSync(file, "utf8");
    writeFileSync(
      file,
      text.replace("  - externalsecret.yaml\n", "  - externalsecret.yaml\n  - missing.yaml\n"),
    );
    git(repo, "add", file);
    const r = commit("break cms in prod");
    // Put it back first, so a failed expectation here does not fail the next test too.
    writeFileSync(file, text);
    git(repo, "add", file);
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/gitops lint \(targets the change feeds\)\.+Failed/);
    expect(r.output).toMatch(/gitops policy \(targets the change feeds\)\.+Failed/);
    expect(r.output).toMatch(/apps\/cms\/overlays\/prod\/kustomization\.yaml:\d+\s+render\/failed/);
    expect(r.output).toContain("missing.yaml");
  });

  it("check the staged content of a file, not its unstaged lines", () => {
    const file = join(repo, "apps/web/overlays/staging/README.md");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, `${text}\nOwned by the web team.\n`);
    git(repo, "add", file);
    writeFileSync(file, `${text}\nOwned by the web team.\nGITHUB_TOKEN=${TOKEN}\n`);
    const r = commit("document web staging");
    expect(r.output).toMatch(/gitops secrets \(staged content\)\.+Passed/);
    expect(r.code).toBe(0);
    // pre-commit put the unstaged line back.
    expect(readFileSync(file, "utf8")).toContain(TOKEN);
    git(repo, "checkout", "--", file);
  });

  it("reformat a staged YAML file and stop the commit until it is restaged", () => {
    const file = join(repo, "apps/queue/overlays/staging/extra.yaml");
    writeFileSync(file, "# kept\nkey:   value\nlist:\n- a\n- b\n");
    git(repo, "add", file);
    const r = commit("add extra");
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/gitops fmt.*\.+Failed/);
    expect(readFileSync(file, "utf8")).toBe("# kept\nkey: value\nlist:\n  - a\n  - b\n");
    git(repo, "add", file);
    expect(commit("add extra").code).toBe(0);
  });
});
