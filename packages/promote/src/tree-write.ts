/**
 * Git objects for a promotion commit: the parent's tree with the promoted
 * files replaced, written through a throw-away index so the user's index
 * and working tree are never touched.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Git } from "./git.js";
import type { PlannedFile } from "./plan.js";

/** The git repo and where the infra repo sits in it ("" or "sub/dir/"). */
export interface TreeOptions {
  git: Git;
  prefix: string;
}

/** True when `commit` already has every file with the promoted content. */
export async function holdsFiles(
  options: TreeOptions,
  commit: string,
  files: readonly PlannedFile[],
): Promise<boolean> {
  for (const f of files) {
    const path = options.prefix + f.path;
    const have = await options.git.run([
      "rev-parse",
      "--verify",
      "--quiet",
      "--end-of-options",
      `${commit}:${path}`,
    ]);
    const want = await options.git.ok(["hash-object", "--stdin", `--path=${path}`], `cannot hash ${f.path}`, {
      input: f.after,
    });
    if (have.code !== 0 || have.stdout.trim() !== want.trim()) return false;
  }
  return true;
}

/** The tree of `parent` with `files` replaced, written through a throw-away index. */
export async function writeTree(
  options: TreeOptions,
  parent: string,
  files: readonly PlannedFile[],
): Promise<string> {
  const { git, prefix } = options;
  const dir = mkdtempSync(join(tmpdir(), "gitops-promote-index-"));
  const env = { GIT_INDEX_FILE: join(dir, "index") };
  try {
    await git.ok(["read-tree", "--end-of-options", parent], "cannot read the base tree", { env });
    for (const f of files) {
      const path = prefix + f.path;
      const blob = (
        await git.ok(["hash-object", "-w", "--stdin", `--path=${path}`], `cannot store ${f.path}`, {
          input: f.after,
        })
      ).trim();
      const listed = await git.ok(
        ["ls-tree", "--end-of-options", parent, "--", path],
        `cannot read ${f.path}`,
      );
      const mode = /^(100644|100755) /.exec(listed)?.[1] ?? "100644";
      await git.ok(
        ["update-index", "--add", "--cacheinfo", `${mode},${blob},${path}`],
        `cannot stage ${f.path}`,
        {
          env,
        },
      );
    }
    return (await git.ok(["write-tree"], "cannot write the promotion tree", { env })).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
