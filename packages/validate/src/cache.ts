import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cacheKey, codeIdentity, FileHasher, Unhashable, type CacheStore } from "../../cache/src/index.js";
import type { Finding } from "../../core/src/finding.js";
import type { RepoModel } from "../../core/src/model/types.js";
import { VERSION } from "../../core/src/version.js";
import { INDEX_FILE, type RenderReport } from "../../render/src/index.js";

/** A check's result as validate keeps it: its findings and its `--json` summary. */
export interface CheckResult<S> {
  findings: Finding[];
  summary: S;
}

/**
 * The cache of whole lint and policy results. lint and policy check across targets (Argo CD
 * references between targets, the repo's own CRDs, an env's Namespaces, unused waivers), so
 * their results are not per target: a result is keyed by everything the check reads, the
 * rendered bytes (render/index.json and every output), every file of the repository outside
 * render/ (sources, policies, waivers, .gitops.yaml), the options and the suite's version.
 */
export class CheckCache {
  private constructor(
    private readonly store: CacheStore,
    private readonly base: unknown,
  ) {}

  /** The cache for this run's checks; undefined when the repository cannot be hashed faithfully. */
  static open(
    store: CacheStore,
    rendered: RenderReport,
    options: Record<string, unknown>,
  ): CheckCache | undefined {
    const layout: RepoModel = rendered.layout;
    const hasher = new FileHasher(layout.repo, layout.outputDirs);
    let tree: string;
    try {
      tree = hasher.dir("");
    } catch (err) {
      if (err instanceof Unhashable) return undefined;
      throw err;
    }
    return new CheckCache(store, {
      gitops: VERSION,
      code: codeIdentity(),
      tree,
      index: readOr(join(rendered.outDir, INDEX_FILE)),
      // Every listed output as it is on disk: a skipped target's older output is read by lint too.
      outputs: rendered.targets.map((t) => [t.output, readOr(join(layout.repo, t.output))]),
      options,
    });
  }

  /** The cached result of `check` with these extra key parts, or the fresh one (then stored). */
  async through<S>(
    check: "lint" | "policy",
    extra: Record<string, unknown>,
    run: () => Promise<CheckResult<S> & { cacheable: boolean }>,
  ): Promise<CheckResult<S>> {
    const key = cacheKey({ check, base: this.base, extra });
    const text = this.store.get(check, key);
    if (text !== undefined) {
      try {
        const v = JSON.parse(text) as Partial<CheckResult<S>>;
        if (Array.isArray(v.findings) && v.summary !== undefined)
          return { findings: v.findings, summary: v.summary };
      } catch {
        // A checksum-valid entry of another shape is a miss.
      }
    }
    const fresh = await run();
    if (fresh.cacheable)
      this.store.put(check, key, JSON.stringify({ findings: fresh.findings, summary: fresh.summary }));
    return { findings: fresh.findings, summary: fresh.summary };
  }
}

/** A file's bytes as a hash part; an unreadable file keys as such (and so never as a real one). */
function readOr(path: string): string {
  try {
    return cacheKey(readFileSync(path, "utf8"));
  } catch {
    return "absent";
  }
}
