import { gitOk, resolveCommit } from "../../core/src/git.js";

/**
 * Paths (relative to `repo`) that differ between `ref` and the working tree:
 * committed, staged and unstaged changes, deletions under both names (no
 * rename pairing), and untracked files. Limited to `repo` when it is a
 * subfolder of a larger checkout.
 */
export async function changedFiles(repo: string, ref: string): Promise<string[]> {
  const commit = await resolveCommit(repo, ref, "--changed-since");
  const diff = await gitOk(
    repo,
    ["diff", "--name-only", "--no-renames", "--relative", "-z", commit, "--", "."],
    "git diff",
  );
  const untracked = await gitOk(
    repo,
    ["ls-files", "--others", "--exclude-standard", "-z", "--", "."],
    "git ls-files",
  );
  const all = new Set([...diff.split("\0"), ...untracked.split("\0")].filter(Boolean));
  return [...all].sort();
}
