/**
 * The local checkout as the repo-server sees it for git generators: every
 * folder (skipping those whose name starts with `.`, like GetGitDirectories)
 * and the files under a folder (like `git ls-files`, dotfiles included). Paths
 * the caller excludes are never listed or read, and symbolic links are not
 * followed, so nothing outside the checkout is read.
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LIMITS } from "../budget.js";
import { compareStrings } from "../gotemplate/values.js";
import { ExpansionError } from "./run.js";

export class RepoIndex {
  private dirList: string[] | undefined;
  private readonly fileLists = new Map<string, string[]>();
  private readonly excluded: string[];

  constructor(
    private readonly root: string,
    excluded: readonly string[] = [],
  ) {
    this.excluded = excluded.map((e) => e.replace(/^\.\/+/, "").replace(/\/+$/, "")).filter((e) => e !== "");
  }

  isExcluded(rel: string): boolean {
    return this.excluded.some((e) => rel === e || rel.startsWith(e + "/"));
  }

  /** All folders, depth first in name order (filepath.WalkDir's order). */
  directories(): string[] {
    if (this.dirList) return this.dirList;
    const out: string[] = [];
    const walk = (rel: string): void => {
      for (const e of this.entries(rel)) {
        if (!e.isDirectory() || e.name.startsWith(".")) continue;
        const child = rel === "" ? e.name : `${rel}/${e.name}`;
        if (this.isExcluded(child)) continue;
        out.push(child);
        if (out.length > LIMITS.maxRepoEntries) {
          throw new ExpansionError(`the repository has more than ${LIMITS.maxRepoEntries} folders to list`);
        }
        walk(child);
      }
    };
    walk("");
    this.dirList = out;
    return out;
  }

  /** Files under a folder ("" for the whole checkout), sorted as git sorts paths. */
  filesUnder(dir: string): string[] {
    const cached = this.fileLists.get(dir);
    if (cached) return cached;
    const out: string[] = [];
    const walk = (rel: string): void => {
      for (const e of this.entries(rel)) {
        const child = rel === "" ? e.name : `${rel}/${e.name}`;
        if (e.name === ".git" || this.isExcluded(child)) continue;
        if (e.isDirectory()) walk(child);
        else if (e.isFile()) {
          out.push(child);
          if (out.length > LIMITS.maxRepoEntries) {
            throw new ExpansionError(`the repository has more than ${LIMITS.maxRepoEntries} files to list`);
          }
        }
      }
    };
    if (dir === "" || (!this.isExcluded(dir) && this.isRealDirectory(dir))) walk(dir);
    out.sort(compareStrings);
    this.fileLists.set(dir, out);
    return out;
  }

  /** A file's text; the caller parses it with the YAML limits. */
  read(rel: string, maxBytes: number): string {
    const abs = join(this.root, rel);
    const size = lstatSync(abs).size;
    if (size > maxBytes)
      throw new ExpansionError(
        `${rel}: ${size} bytes exceed the ${maxBytes}-byte limit for a generator file`,
      );
    return readFileSync(abs, "utf8");
  }

  /** A folder inside the checkout reached without a symbolic link or `..` on the way. */
  private isRealDirectory(rel: string): boolean {
    const parts = rel.split("/");
    if (parts.some((p) => p === "" || p === "." || p === "..")) return false;
    try {
      for (let i = 1; i <= parts.length; i++) {
        const st = lstatSync(join(this.root, ...parts.slice(0, i)));
        if (!st.isDirectory() || st.isSymbolicLink()) return false;
      }
      return true;
    } catch {
      return false;
    }
  }

  private entries(rel: string) {
    try {
      return readdirSync(join(this.root, rel), { withFileTypes: true }).sort((a, b) =>
        compareStrings(a.name, b.name),
      );
    } catch {
      return [];
    }
  }
}
