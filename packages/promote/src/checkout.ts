/**
 * The git checkout a committing promotion starts from, checked before
 * anything is written: inside a work tree, clean, on a branch.
 */
import { UserError } from "../../core/src/index.js";
import { Git, type GitOptions } from "./git.js";

export interface Checkout {
  /** Git rooted at the top of the work tree. */
  git: Git;
  /** The infra repo's folder inside the work tree: "" or "sub/dir/". */
  prefix: string;
  /** The branch checked out: the base of the promotion PR. */
  branch: string;
  /** HEAD: the source commit. */
  headSha: string;
}

/** Opens the checkout holding `repoDir`; each unusable state is a `UserError` that says how to fix it. */
export async function openCheckout(repoDir: string, options: GitOptions): Promise<Checkout> {
  const probe = new Git(repoDir, options);
  const top = await probe.run(["rev-parse", "--show-toplevel", "--show-prefix"]);
  if (top.code !== 0) {
    throw new UserError(`${repoDir} is not inside a git repository; --commit, --push and --pr need one`);
  }
  const [root = "", prefix = ""] = top.stdout.split("\n");
  const git = new Git(root, options);
  const status = await git.ok(
    ["status", "--porcelain=v1", "-z", "--untracked-files=normal", "--", prefix === "" ? "." : prefix],
    "cannot read the git status",
  );
  const dirty = status
    .split("\0")
    .filter(Boolean)
    .map((entry) => entry.slice(3))
    .filter((path) => path !== "");
  if (dirty.length > 0) {
    const shown = dirty.slice(0, 5).join(", ") + (dirty.length > 5 ? `, and ${dirty.length - 5} more` : "");
    throw new UserError(
      `the working tree has uncommitted changes (${shown}); commit or stash them first, so that only committed, validated content is promoted`,
    );
  }
  const branch = await git.run(["symbolic-ref", "--quiet", "--short", "HEAD"]);
  if (branch.code !== 0) {
    throw new UserError("HEAD is detached; check out the branch you promote from (e.g. main) first");
  }
  const name = branch.stdout.trim();
  // The tool owns these branches: building on one would base a PR on itself.
  if (name.startsWith("promote/") || name.startsWith("bump/")) {
    throw new UserError(
      `you are on the ${name.startsWith("bump/") ? "bump" : "promotion"} branch ${name}; check out the branch you promote from (e.g. main)`,
    );
  }
  const headSha = (await git.ok(["rev-parse", "--verify", "HEAD^{commit}"], "cannot read HEAD")).trim();
  return { git, prefix, branch: name, headSha };
}

/** The URL of `remote`, or a `UserError` when the checkout has no such remote. */
export async function remoteUrl(git: Git, remote: string): Promise<string> {
  const r = await git.run(["remote", "get-url", "--end-of-options", remote]);
  if (r.code !== 0) throw new UserError(`the repository has no git remote "${remote}" to push to`);
  return r.stdout.trim();
}

/** HEAD of the checkout holding `repoDir`, or undefined outside git (for reports only). */
export async function headOf(repoDir: string): Promise<string | undefined> {
  const r = await new Git(repoDir).run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}
