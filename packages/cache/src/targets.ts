import { createHash } from "node:crypto";
import { posix } from "node:path";
import { VERSION } from "../../core/src/version.js";
import { codeIdentity } from "./code.js";
import { FileHasher, Unhashable } from "./files.js";
import { cacheKey } from "./key.js";
import type { CacheStore } from "./store.js";

/** What a target's result is keyed by besides the check's shared parts. */
export interface TargetKeyParts {
  id: string;
  /** The folder it renders from: a finding without a better place names its kustomization or chart. */
  source: string;
  /**
   * The SHA-256 of the rendered bytes the check read ({@link outputDigest}). The check's own
   * bytes, not a second read of the file: a render writing the file between the two reads would
   * otherwise store the old bytes' findings under the new bytes' key.
   */
  renderedSha256: string;
  /**
   * The files findings are located in: the target's input graph. Files keep the caller's
   * order, since a locator that takes the first match depends on it.
   */
  inputs?: { files: Iterable<string>; dirs: Iterable<string> };
  /** Anything else the result depends on for this target only (its env ...). */
  extra?: unknown;
}

/**
 * One check's per-target results in the persistent cache (`lint-target`, `policy-target`): a
 * result is keyed by the target's rendered bytes, the source files its findings point into,
 * the check's shared parts (config, schemas, policies, the cross-target facts it reads) and the
 * code's identity. A miss, a corrupt entry or one of another shape all mean "check it again".
 */
export class TargetResults<T> {
  private readonly shared: string;

  constructor(
    private readonly store: CacheStore,
    private readonly kind: string,
    private readonly hasher: FileHasher,
    shared: unknown,
    /** Whether a parsed entry has the shape of a result. */
    private readonly valid: (v: unknown) => v is T,
  ) {
    this.shared = cacheKey({ gitops: VERSION, code: codeIdentity(), kind, shared });
  }

  /** The key of a target's result; undefined when its inputs cannot be hashed faithfully. */
  key(t: TargetKeyParts): string | undefined {
    try {
      return cacheKey({
        shared: this.shared,
        id: t.id,
        // A finding without a better place names the folder's kustomization or Chart.yaml.
        source: [t.source, sourceFiles(t.source).map((f) => this.hasher.file(f))],
        rendered: t.renderedSha256,
        files: t.inputs ? [...t.inputs.files].map((f) => [f, this.hasher.file(f)]) : null,
        dirs: t.inputs ? [...t.inputs.dirs].sort().map((d) => [d, this.hasher.dir(d)]) : null,
        extra: t.extra,
      });
    } catch (err) {
      if (err instanceof Unhashable) return undefined;
      throw err;
    }
  }

  /** Every file and folder a target's key hashes. */
  private inputsOf(t: TargetKeyParts): { files: string[]; dirs: string[] } {
    return {
      files: [...sourceFiles(t.source), ...(t.inputs ? t.inputs.files : [])],
      dirs: t.inputs ? [...t.inputs.dirs] : [],
    };
  }

  get(key: string): T | undefined {
    const text = this.store.get(this.kind, key);
    if (text === undefined) return undefined;
    try {
      const v: unknown = JSON.parse(text);
      if (this.valid(v)) return v;
    } catch {
      // Not JSON: handled below.
    }
    // A checksum-valid entry of another shape: a miss like any other.
    this.store.rejected(this.kind);
    return undefined;
  }

  put(key: string, value: T): void {
    this.store.put(this.kind, key, JSON.stringify(value));
  }

  /** The cached result of a target, else `run()`'s (then stored); uncached when unkeyable. */
  through(parts: TargetKeyParts, run: () => T): T {
    const key = this.key(parts);
    if (key === undefined) return run();
    const known = this.get(key);
    if (known !== undefined) return known;
    const fresh = run();
    // Findings name lines of these files: one edited meanwhile may have been read twice, differently.
    const { files, dirs } = this.inputsOf(parts);
    if (this.hasher.unchangedDuringRun(files, dirs)) this.put(key, fresh);
    return fresh;
  }
}

/** The files a locator names for a target's folder when no input file holds the object. */
const SOURCE_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"];

function sourceFiles(source: string): string[] {
  return SOURCE_FILES.map((f) => posix.join(source, f));
}

/** The key part of a rendered output: the SHA-256 of the bytes a check parsed. */
export function outputDigest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
