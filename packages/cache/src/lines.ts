import { VERSION } from "../../core/src/version.js";
import type { KnownLines } from "../../core/src/yaml-lines.js";
import { codeIdentity } from "./code.js";
import { Unhashable, type FileHasher } from "./files.js";
import { cacheKey } from "./key.js";
import type { CacheStore } from "./store.js";

const KIND = "yaml-lines";

/**
 * Lines of fields in a set of files, kept between runs (`yaml-lines` entries). Findings in files
 * read by the fast reader, which keeps no positions, are placed by a careful parse of the file;
 * a warm run whose files are unchanged takes the lines from here instead. One entry for the
 * whole set, keyed by every file's content and the code, so a run reads it once; any change to
 * one of the files makes a new entry.
 */
export class FileLines {
  private added = false;

  private constructor(
    private readonly store: CacheStore,
    private readonly key: string,
    private readonly lines: Record<string, number>,
    private readonly hasher: FileHasher,
    private readonly files: readonly string[],
  ) {}

  /** The lines known for `files` (repo-relative); undefined when a file cannot be hashed faithfully. */
  static open(store: CacheStore, hasher: FileHasher, files: readonly string[]): FileLines | undefined {
    let key: string;
    try {
      key = cacheKey({
        gitops: VERSION,
        code: codeIdentity(),
        files: [...files].sort().map((f) => [f, hasher.file(f)]),
      });
    } catch (err) {
      if (err instanceof Unhashable) return undefined;
      throw err;
    }
    let lines: Record<string, number> = {};
    const text = store.get(KIND, key);
    if (text !== undefined) {
      try {
        const v: unknown = JSON.parse(text);
        if (isLines(v)) lines = v;
        else store.rejected(KIND);
      } catch {
        store.rejected(KIND);
      }
    }
    return new FileLines(store, key, lines, hasher, files);
  }

  /** The known lines of one file of the set. */
  of(file: string): KnownLines {
    const at = (docLine: number, path: readonly (string | number)[]) =>
      `${file}\0${docLine}\0${JSON.stringify(path)}`;
    return {
      get: (docLine, path) => this.lines[at(docLine, path)],
      set: (docLine, path, line) => {
        this.lines[at(docLine, path)] = line;
        this.added = true;
      },
    };
  }

  /** Stores the lines found in this run, when there are new ones and no file changed meanwhile. */
  save(): void {
    if (!this.added || !this.hasher.unchangedDuringRun(this.files, [])) return;
    this.store.put(KIND, this.key, JSON.stringify(this.lines));
  }
}

function isLines(v: unknown): v is Record<string, number> {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((n) => Number.isInteger(n) && (n as number) > 0)
  );
}
