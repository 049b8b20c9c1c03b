import { execFileSync } from "node:child_process";
import { UserError } from "../../core/src/index.js";
import { runTool } from "../../tools/src/exec.js";
import { parseLog, type ParsedLog } from "./git-log.js";

export { parseLog, unquoteGitPath, type AddedFragment } from "./git-log.js";
/** What a change range adds: every commit in `merge-base..head`, oldest first. */
export interface ChangeSet extends ParsedLog {
  base: string;
  head: string;
  mergeBase: string;
}

/** Settings that make `git log -p` output the same whatever the user's git config says. */
const STABLE_OUTPUT = [
  "-c",
  "core.quotePath=false",
  "-c",
  "diff.noprefix=false",
  "-c",
  "log.showSignature=false",
  "-c",
  "color.ui=false",
];
const GIT_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * The added lines of every commit between the merge base of `baseRef` and
 * `headRef`, and `headRef`: a secret added in one commit and removed in a
 * later one has still leaked, so each commit is read, not just the net diff.
 */
export async function addedInRange(repo: string, baseRef: string, headRef = "HEAD"): Promise<ChangeSet> {
  const base = await resolveCommit(repo, baseRef, "--base");
  const head = await resolveCommit(repo, headRef, "--head");
  const mb = await git(repo, ["merge-base", "--end-of-options", base, head]);
  if (mb.code !== 0 || mb.stdout.trim() === "") {
    throw new UserError(`--base ${baseRef} and ${headRef} share no history, so there is no change to scan`);
  }
  const mergeBase = mb.stdout.trim();
  const log = await git(repo, [
    ...STABLE_OUTPUT,
    "log",
    "-p",
    "--reverse",
    "--no-color",
    "--unified=0",
    "--find-renames",
    "--no-ext-diff",
    "--no-textconv",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--format=%x01%H",
    "--end-of-options",
    `${mergeBase}..${head}`,
    "--",
  ]);
  if (log.code !== 0) throw new UserError(`git log ${mergeBase}..${head} failed: ${firstLine(log.stderr)}`);
  return { base, head, mergeBase, ...parseLog(log.stdout) };
}

/** The file at `commit`, for rules that judge a fragment by its whole file. Empty when unreadable. */
export function fileAtCommit(repo: string, commit: string, path: string): string {
  try {
    return execFileSync("git", ["show", "--no-textconv", "--end-of-options", `${commit}:${path}`], {
      cwd: repo,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
      env: gitEnv(),
    });
  } catch {
    return "";
  }
}

/** True when `ref` names a commit present in the repository. */
export async function commitExists(repo: string, ref: string): Promise<boolean> {
  const r = await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  return r.code === 0 && r.stdout.trim() !== "";
}

async function resolveCommit(repo: string, ref: string, option: string): Promise<string> {
  const r = await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (/not a git repository/i.test(r.stderr)) {
    throw new UserError(`${repo} is not a git repository; ${option} needs the repository's history`);
  }
  if (r.code !== 0 || r.stdout.trim() === "") {
    throw new UserError(
      `${option} ${ref} is not a commit in ${repo}; fetch the history it needs ` +
        `(in GitHub Actions: actions/checkout with fetch-depth: 0)`,
    );
  }
  return r.stdout.trim();
}

async function git(repo: string, args: string[]) {
  try {
    return await runTool("git", args, { cwd: repo, timeoutMs: GIT_TIMEOUT_MS, env: gitEnv() });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      throw new UserError("git is needed for --base but was not found on PATH");
    }
    throw err;
  }
}

function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_CONFIG_NOSYSTEM: "1" };
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}
