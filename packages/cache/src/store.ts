/**
 * A content-addressed store kept between runs (and CI jobs): entries are named by the hash of
 * everything that decides them, so a key is never "stale", only absent. Every failure here is
 * a miss: a cache must never fail a run or change its result.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { messageOf } from "../../core/src/errors.js";

/** Bumped when the entry format or a key's meaning changes: old entries are then never read. */
export const CACHE_FORMAT = "v1";
const MAGIC = "gitops-cache-1";

/** What one run did with the cache, for `--json` and the job log. */
export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
  /** Entries evicted to keep the store under its size bound. */
  evicted: number;
  /** Why writing stopped (a full disk, a read-only folder); the run went on without storing. */
  writeProblem?: string;
  /** Hits and misses by entry kind, where a report gives them (validate's `--json`). */
  kinds?: Record<string, { hits: number; misses: number }>;
}

export interface CacheStoreOptions {
  dir: string;
  /** The size bound; the oldest-used entries go first when it is passed. */
  maxBytes: number;
  /** Writes entries: replaced in tests to inject a failing disk. */
  writeFile?: (path: string, data: string) => void;
}

/**
 * Entries are `<dir>/v1/<kind>/<aa>/<key>`: a header line with the payload's SHA-256, then the
 * payload. A write goes to a temp file beside the entry and is renamed over it, so concurrent
 * writers (two CI jobs, two shards) and readers only ever see whole entries. A hit touches the
 * entry's mtime: eviction removes the least recently used.
 */
export class CacheStore {
  readonly dir: string;
  readonly maxBytes: number;
  readonly stats: CacheStats = { hits: 0, misses: 0, writes: 0, evicted: 0 };
  /** Hits and misses by entry kind (`render`, `lint-target` ...): what each layer reused. */
  readonly byKind = new Map<string, { hits: number; misses: number }>();
  private readonly writeFile: (path: string, data: string) => void;
  private writable = true;

  constructor(o: CacheStoreOptions) {
    this.dir = join(o.dir, CACHE_FORMAT);
    this.maxBytes = o.maxBytes;
    this.writeFile =
      o.writeFile ??
      ((p, d) => {
        writeFileSync(p, d);
      });
  }

  /** The payload stored under `kind`/`key`, or undefined (absent, unreadable or corrupt). */
  get(kind: string, key: string): string | undefined {
    const path = this.entryPath(kind, key);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      this.count(kind, false);
      return undefined;
    }
    const nl = text.indexOf("\n");
    const [magic, sum] = text.slice(0, Math.max(nl, 0)).split(" ");
    const payload = text.slice(nl + 1);
    if (nl < 0 || magic !== MAGIC || sum !== digest(payload)) {
      // A torn or tampered entry: drop it so the next run stores a good one.
      rmSync(path, { force: true });
      this.count(kind, false);
      return undefined;
    }
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // Evicted meanwhile, or a read-only cache: the hit stands.
    }
    this.count(kind, true);
    return payload;
  }

  /**
   * Takes back a hit whose payload the reader could not use (valid checksum, wrong shape): it is
   * counted as the miss it turned out to be.
   */
  rejected(kind: string): void {
    const k = this.byKind.get(kind);
    if (!k || k.hits === 0) return;
    k.hits--;
    k.misses++;
    this.stats.hits--;
    this.stats.misses++;
  }

  private count(kind: string, hit: boolean): void {
    let k = this.byKind.get(kind);
    if (!k) this.byKind.set(kind, (k = { hits: 0, misses: 0 }));
    if (hit) {
      this.stats.hits++;
      k.hits++;
    } else {
      this.stats.misses++;
      k.misses++;
    }
  }

  /** Stores `payload`; a failure leaves no file behind and turns further writes off for this run. */
  put(kind: string, key: string, payload: string): void {
    if (!this.writable) return;
    const path = this.entryPath(kind, key);
    const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    try {
      mkdirSync(join(path, ".."), { recursive: true });
      this.writeFile(tmp, `${MAGIC} ${digest(payload)}\n${payload}`);
      renameSync(tmp, path);
      this.stats.writes++;
    } catch (err) {
      rmSync(tmp, { force: true });
      this.writable = false;
      this.stats.writeProblem = `cannot write to the cache ${this.dir}: ${messageOf(err)}`;
    }
  }

  /**
   * Keeps the store under `maxBytes`: removes least recently used entries (and temp files left
   * by killed writers) until it is at 80% of the bound. Runs after a run's writes.
   */
  prune(): void {
    if (this.stats.writes === 0) return;
    const entries: { path: string; size: number; used: number }[] = [];
    let total = 0;
    const hour = Date.now() - 3_600_000;
    for (const path of listFiles(this.dir)) {
      try {
        const st = statSync(path);
        if (path.includes(".tmp-") && st.mtimeMs < hour) {
          rmSync(path, { force: true });
          continue;
        }
        entries.push({ path, size: st.size, used: st.mtimeMs });
        total += st.size;
      } catch {
        // Removed by another run meanwhile.
      }
    }
    if (total <= this.maxBytes) return;
    entries.sort((a, b) => a.used - b.used);
    const target = this.maxBytes * 0.8;
    for (const e of entries) {
      if (total <= target) break;
      rmSync(e.path, { force: true });
      total -= e.size;
      this.stats.evicted++;
    }
  }

  private entryPath(kind: string, key: string): string {
    return join(this.dir, kind, key.slice(0, 2), key);
  }
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function listFiles(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) listFiles(path, out);
    else if (e.isFile()) out.push(path);
  }
  return out;
}
