import { execFile } from "node:child_process";
import { UserError } from "./errors.js";

/** What a git command printed, and how it ended. */
export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs git with an argument array (never a shell). Callers put refs and paths
 * from users after `--end-of-options` or `--`, so a value like `--upload-pack=x`
 * is never read as an option. The environment turns off prompts and pagers.
 */
export function git(
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      {
        cwd,
        env: { ...env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" },
        maxBuffer: 512 * 1024 * 1024,
        encoding: "utf8",
      },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== "number") {
          reject(
            err.code === "ENOENT"
              ? new UserError("git is needed but not installed (looked on PATH)")
              : new Error(err.message),
          );
          return;
        }
        resolve({ code: typeof err?.code === "number" ? err.code : 0, stdout, stderr });
      },
    );
  });
}

/** Runs git and returns stdout; a failure is a `UserError` that says `what` failed and git's reason. */
export async function gitOk(cwd: string, args: readonly string[], what: string): Promise<string> {
  const r = await git(cwd, args);
  if (r.code !== 0) throw new UserError(`${what}: ${firstLine(r.stderr) || `git exited ${r.code}`}`);
  return r.stdout;
}

/** The commit a ref names, or a `UserError` naming the ref. */
export async function resolveCommit(cwd: string, ref: string, purpose: string): Promise<string> {
  const r = await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (r.code === 0) return r.stdout.trim();
  // A fresh `git init` has no commits; saying so beats "HEAD is not a commit".
  const head = await git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.code !== 0) throw new UserError(`${purpose}: the repository has no commits yet; commit first`);
  throw new UserError(`${purpose}: "${ref}" is not a commit in this repository`);
}

/** The top folder of the work tree that holds `cwd`, or undefined outside git. */
export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  const r = await git(cwd, ["rev-parse", "--show-toplevel"]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}
