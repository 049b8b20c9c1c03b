import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { preciseNow } from "../../core/src/clock.js";

/** Thrown when an input cannot be hashed faithfully (a symlinked folder): the work is not cached. */
export class Unhashable extends Error {}

/**
 * Hashes repository files by content, each once per run: bases shared by many targets are read
 * once. Paths are relative to the repository, so the same content hashes the same in a
 * checkout, a CI workspace or the merge-base worktree. A missing file has a hash too ("absent"),
 * so creating it changes every key that named it.
 */
export class FileHasher {
  private readonly memo = new Map<string, string>();
  /** Folders that were missing when walked. */
  private readonly absentDirs = new Set<string>();

  constructor(
    readonly repo: string,
    /** Repo-relative folders never hashed (`render/`, `.git`): outputs are not inputs. */
    private readonly skipDirs: readonly string[] = [],
    /**
     * When the run began reading the files (epoch ms, sub-millisecond): the repository model's
     * load. A file changed after it may have been read in two states in one run.
     */
    readonly since: number = preciseNow(),
  ) {}

  /**
   * Whether none of `files`, and nothing under `dirs`, was created, changed or removed since
   * the run began: only then do a key hashed from them and a result computed from them (a
   * tool's render, a check's findings) describe the same bytes, and may the result be stored.
   * An edit while gitops runs (an editor saving, a checkout) is caught by the file's ctime,
   * which every write, rename and chmod moves and which no tool can set back.
   */
  unchangedDuringRun(files: Iterable<string>, dirs: Iterable<string>): boolean {
    try {
      for (const path of files) if (!this.fileUnchanged(path)) return false;
      for (const path of dirs) if (!this.dirUnchanged(path)) return false;
      return true;
    } catch {
      // A path that cannot be looked at now (a folder replaced by a file, no permission): changed.
      return false;
    }
  }

  private fileUnchanged(path: string): boolean {
    const abs = join(this.repo, path);
    const st = lstatSync(abs, { throwIfNoEntry: false });
    const hashed = this.memo.get(path);
    // Created or removed since it was hashed.
    if ((st === undefined) !== (hashed === "absent") && hashed !== undefined) return false;
    if (st === undefined) return true;
    if (st.ctimeMs >= this.since) return false;
    if (st.isSymbolicLink()) {
      const target = statSync(abs, { throwIfNoEntry: false });
      if (target && target.ctimeMs >= this.since) return false;
    }
    return st.isDirectory() ? this.dirUnchanged(path) : true;
  }

  private dirUnchanged(path: string): boolean {
    const st = statSync(join(this.repo, path), { throwIfNoEntry: false });
    // A folder's ctime moves when an entry is added, removed or renamed in it.
    if (st === undefined) return this.absentDirs.has(path) || !this.memo.has(`${path}/`);
    if (st.ctimeMs >= this.since) return false;
    let entries;
    try {
      entries = readdirSync(join(this.repo, path), { withFileTypes: true });
    } catch {
      return false;
    }
    for (const e of entries) {
      const rel = path === "" ? e.name : `${path}/${e.name}`;
      if (e.name === ".git" || this.skipDirs.includes(rel)) continue;
      if (!(e.isDirectory() ? this.dirUnchanged(rel) : this.fileUnchanged(rel))) return false;
    }
    return true;
  }

  /** `path`'s content hash; a symlink hashes as its link text plus what it points at. */
  file(path: string): string {
    const known = this.memo.get(path);
    if (known !== undefined) return known;
    const abs = join(this.repo, path);
    let h: string;
    try {
      // A missing file is common (a folder's kustomization.yaml or Chart.yaml): no exception for it.
      const st = lstatSync(abs, { throwIfNoEntry: false });
      if (st === undefined) h = "absent";
      else if (st.isSymbolicLink()) {
        const target = statSync(abs, { throwIfNoEntry: false });
        if (target?.isDirectory()) throw new Unhashable(`${path} is a symlinked folder`);
        h = sha(`link:${readlinkSync(abs)}:${target ? sha(readFileSync(abs)) : "absent"}`);
      } else if (st.isDirectory()) {
        h = this.dir(path);
      } else {
        h = contentHash(abs, st);
      }
    } catch (err) {
      if (err instanceof Unhashable) throw err;
      h = "absent";
    }
    this.memo.set(path, h);
    return h;
  }

  /** A folder's hash: every file below it by relative path and content (`.git` and outputs left out). */
  dir(path: string): string {
    const key = `${path}/`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const lines: string[] = [];
    this.walk(path, lines);
    const h = sha(lines.join("\n"));
    this.memo.set(key, h);
    return h;
  }

  /** Like {@link dir}, with the files `leaveOut` names left out (not remembered). */
  dirWithout(path: string, leaveOut: (rel: string) => boolean): string {
    const lines: string[] = [];
    this.walk(path, lines, leaveOut);
    return sha(lines.join("\n"));
  }

  private walk(path: string, lines: string[], leaveOut?: (rel: string) => boolean): void {
    let entries;
    try {
      entries = readdirSync(join(this.repo, path), { withFileTypes: true });
    } catch {
      lines.push(`${path}\0absent`);
      this.absentDirs.add(path);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const rel = path === "" ? e.name : `${path}/${e.name}`;
      if (e.name === ".git" || this.skipDirs.includes(rel)) continue;
      if (leaveOut?.(rel)) continue;
      if (e.isDirectory()) this.walk(rel, lines, leaveOut);
      else lines.push(`${rel}\0${this.file(rel)}`);
    }
  }
}

const perModel = new WeakMap<object, FileHasher>();

/**
 * The hasher of one repository model: validate's render, lint and policy key their targets
 * against the same model, so each file is stat'ed and each folder walked once per run. A model
 * is one run's view of the files (its input graphs do not follow later edits either), so its
 * hashes are too; a new run loads a new model and gets a new hasher.
 */
export function modelHasher(model: {
  repo: string;
  outputDirs: readonly string[];
  /** When the model began reading the repository. */
  loadedAt?: number;
}): FileHasher {
  let h = perModel.get(model);
  if (!h) {
    h = new FileHasher(model.repo, model.outputDirs, model.loadedAt);
    perModel.set(model, h);
  }
  return h;
}

/**
 * Content hashes by absolute path, shared by every hasher of the process: the render cache and
 * the check cache hash the same files in one run. An entry is reused only when the file's
 * identity, size and times are unchanged and it was last modified well before it was read (as
 * git treats "racily clean" files): a file written in the same instant as it was hashed could
 * change again without its time moving, so such a file is always read again.
 */
const contents = new Map<string, { stamp: string; hash: string; readAt: number }>();
const RACY_MS = 2000;

function contentHash(abs: string, st: Stats): string {
  const stamp = `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  const known = contents.get(abs);
  if (known?.stamp === stamp && Math.max(st.mtimeMs, st.ctimeMs) < known.readAt - RACY_MS) return known.hash;
  const readAt = Date.now();
  const hash = sha(readFileSync(abs));
  contents.set(abs, { stamp, hash, readAt });
  return hash;
}

function sha(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
