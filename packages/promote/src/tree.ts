/**
 * Where promotion reads files from: the working tree, or a commit (when a
 * promotion is re-applied onto a branch that moved). Paths are relative to
 * the infra-gitops repo, with `/` separators.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { DEFAULT_YAML_LIMITS, decodeUtf8, UserError } from "../../core/src/index.js";
import type { Git } from "./git.js";

export interface Tree {
  /** The file's text, or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  /** Files under `dir`, at any depth, sorted. */
  list(dir: string): Promise<string[]>;
}

/** The checkout on disk. A file that resolves outside the repo (a symlink) is refused. */
export function workTree(repo: string): Tree {
  const realRepo = realpathSync(repo);
  return {
    read(path) {
      const full = join(repo, path);
      let real: string;
      try {
        real = realpathSync(full);
      } catch {
        return Promise.resolve(undefined);
      }
      const rel = relative(realRepo, real);
      if (rel === ".." || rel.startsWith(`..${sep}`)) {
        throw new UserError(
          `${path}: resolves outside the repository; promotion will not read or write it`,
          path,
        );
      }
      const st = statSync(real);
      if (!st.isFile()) return Promise.resolve(undefined);
      checkSize(path, st.size);
      return Promise.resolve(decodeUtf8(readFileSync(real), path));
    },
    list(dir) {
      const out: string[] = [];
      const walk = (rel: string, depth: number) => {
        if (depth > 8) return;
        let entries;
        try {
          entries = readdirSync(join(repo, rel), { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          if (e.name.startsWith(".")) continue;
          const child = `${rel}/${e.name}`;
          if (e.isDirectory()) walk(child, depth + 1);
          else if (e.isFile()) out.push(child);
        }
      };
      walk(dir, 0);
      return Promise.resolve(out.sort());
    },
  };
}

/** The files of `commit`; `prefix` is the repo's folder inside the git work tree ("" at the top). */
export function commitTree(git: Git, commit: string, prefix: string): Tree {
  return {
    async read(path) {
      const r = await git.run(["cat-file", "blob", `${commit}:${prefix}${path}`]);
      if (r.code !== 0) return undefined;
      checkSize(path, Buffer.byteLength(r.stdout));
      return r.stdout;
    },
    async list(dir) {
      const r = await git.run(["ls-tree", "-r", "--name-only", "-z", commit, "--", `${prefix}${dir}/`]);
      if (r.code !== 0) return [];
      return r.stdout
        .split("\0")
        .filter(Boolean)
        .map((p) => p.slice(prefix.length))
        .sort();
    },
  };
}

function checkSize(path: string, size: number): void {
  if (size > DEFAULT_YAML_LIMITS.maxBytes) {
    throw new UserError(`${path}: ${size} bytes is more than promotion reads from one file`, path);
  }
}
