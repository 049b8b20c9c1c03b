// Real git for tests: temporary repositories, with local bare repositories as remotes.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Git's environment for tests: no user or system config, a fixed identity and clock. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.com",
  GIT_COMMITTER_NAME: "Test Committer",
  GIT_COMMITTER_EMAIL: "committer@example.com",
  GIT_TERMINAL_PROMPT: "0",
};

/** Runs git in `cwd` and returns stdout without the trailing newline. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trimEnd();
}

/** Writes files (relative path → content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

export interface TestRepo {
  /** The working clone. */
  dir: string;
  /** The bare repository `origin` points at. */
  remote: string;
  git: (...args: string[]) => string;
  /** Writes files, commits them all and returns the new commit's SHA. */
  commit: (message: string, files?: Record<string, string>) => string;
}

/**
 * A repository on branch `main` with an initial commit of `files`, and a bare
 * `origin` it has been pushed to.
 */
export function createTestRepo(files: Record<string, string> = { "README.md": "# test\n" }): TestRepo {
  const base = mkdtempSync(join(tmpdir(), "gitops-test-"));
  const remote = join(base, "remote.git");
  const dir = join(base, "work");
  git(base, "init", "--quiet", "--bare", "--initial-branch=main", remote);
  git(base, "init", "--quiet", "--initial-branch=main", dir);
  git(dir, "remote", "add", "origin", remote);
  const run = (...args: string[]) => git(dir, ...args);
  const commit = (message: string, more: Record<string, string> = {}) => {
    writeFiles(dir, more);
    run("add", "--all");
    run("commit", "--quiet", "--allow-empty", "-m", message);
    return run("rev-parse", "HEAD");
  };
  commit("initial commit", files);
  run("push", "--quiet", "origin", "main");
  return { dir, remote, git: run, commit };
}
