import { realpathSync, statSync } from "node:fs";
import { relative } from "node:path";
import { CONFIG_FILE } from "../../core/src/config.js";
import { VERSION } from "../../core/src/version.js";
import { cacheKey, codeIdentity, FileHasher, Unhashable, type CacheStore } from "../../cache/src/index.js";
import { runTool } from "../../tools/src/exec.js";
import type { InputGraph } from "./graph.js";
import type { RenderTarget } from "./spec.js";
import type { RenderTools } from "./tools.js";

/** What a cached render holds: exactly what a fresh one returns when it succeeds. */
interface CachedRender {
  yaml: string;
  resources: number;
}

/** One run's view of the cache for renders: the store, the file hashes and what every key shares. */
export class RenderCache {
  private constructor(
    private readonly store: CacheStore,
    private readonly hasher: FileHasher,
    private readonly repo: string,
    /** Tool versions, render options and the config file: parts of every key. */
    private readonly shared: unknown,
  ) {}

  /**
   * Opens the cache for a run: asks each located tool its version (remembered per binary, so a
   * warm run starts no process for it).
   */
  static async open(
    store: CacheStore,
    o: {
      repo: string;
      outputDirs: readonly string[];
      tools: RenderTools;
      options: { kubeVersion: string; allowNetwork: boolean };
      /** The run's file hasher (the model's), shared with the other layers. */
      hasher?: FileHasher;
      /** render.timeout: a tool that hangs on `version` hangs on a build too, and must not hold the run longer. */
      timeoutMs: number;
    },
  ): Promise<RenderCache> {
    // The model's hasher when there is one: lint and policy key the same files in this run.
    const hasher = o.hasher ?? new FileHasher(o.repo, o.outputDirs);
    const k = o.tools.kustomize;
    const [kustomize, helm] = await Promise.all([
      k
        ? toolVersion(
            store,
            k.path,
            k.kind === "kubectl" ? ["version", "--client"] : ["version"],
            o.timeoutMs,
          )
        : "",
      o.tools.helm ? toolVersion(store, o.tools.helm, ["version", "--short"], o.timeoutMs) : "",
    ]);
    const shared = {
      gitops: VERSION,
      code: codeIdentity(),
      tools: { kustomize: k ? `${k.kind} ${kustomize}` : "", helm },
      options: o.options,
      config: hasher.file(CONFIG_FILE),
    };
    return new RenderCache(store, hasher, o.repo, shared);
  }

  /**
   * The key of a target's render: the content of every file in its input graph, its render
   * specs (the Application's source options, paths relative to the repo), and the shared parts.
   * Undefined when the render depends on something the graph cannot name: an unresolved part,
   * a remote base or chart not pinned by digest, a symlinked folder.
   */
  key(target: RenderTarget, graph: InputGraph): string | undefined {
    if (graph.unresolved && !(graph.remote.length > 0 && graph.remote.every(pinned))) return undefined;
    try {
      const files = inputFiles(graph);
      return cacheKey({
        shared: this.shared,
        id: target.id,
        kind: target.kind,
        specs: JSON.parse(JSON.stringify(target.specs, (_, v: unknown) => this.relative(v))) as unknown,
        helmCharts: graph.helmCharts,
        remote: graph.remote,
        files: files.map((f) => [f, this.hasher.file(f)]),
        dirs: [...graph.dirs].sort().map((d) => [d, this.hasher.dir(d)]),
      });
    } catch (err) {
      if (err instanceof Unhashable) return undefined;
      throw err;
    }
  }

  get(key: string): CachedRender | undefined {
    const text = this.store.get("render", key);
    if (text === undefined) return undefined;
    try {
      const v = JSON.parse(text) as Partial<CachedRender>;
      if (typeof v.yaml === "string" && typeof v.resources === "number")
        return { yaml: v.yaml, resources: v.resources };
    } catch {
      // A checksum-valid entry of another shape: a miss like any other.
    }
    return undefined;
  }

  /**
   * Stores a fresh render under `key`, unless one of the files it was keyed by changed while
   * the run went on: the tool may then have read other bytes than the key names.
   */
  put(key: string, value: CachedRender, graph: InputGraph): void {
    if (!this.hasher.unchangedDuringRun([CONFIG_FILE, ...inputFiles(graph)], graph.dirs)) return;
    this.store.put("render", key, JSON.stringify(value));
  }

  /** Absolute paths in specs, relative to the repo: a worktree elsewhere keys the same. */
  private relative(v: unknown): unknown {
    if (typeof v !== "string" || !(v === this.repo || v.startsWith(`${this.repo}/`))) return v;
    const rel = relative(this.repo, v);
    return rel.startsWith("..") ? v : `<repo>/${rel.split("\\").join("/")}`;
  }
}

/** The files a target's render reads, sorted. */
function inputFiles(graph: InputGraph): string[] {
  return [...new Set([...graph.files, ...graph.yamlFiles.keys()])].sort();
}

/**
 * A remote base or chart is cached only when pinned by digest: an OCI digest or a full git
 * commit. A tag or a branch can move under the same text.
 */
export function pinned(remote: string): boolean {
  return /@sha256:[0-9a-f]{64}\b/.test(remote) || /[?&]ref=[0-9a-f]{40}\b/.test(remote);
}

/** A tool's version string, remembered by the binary's identity (path, size, mtime). */
async function toolVersion(
  store: CacheStore,
  path: string,
  args: string[],
  timeoutMs: number,
): Promise<string> {
  let identity: string;
  try {
    const real = realpathSync(path);
    const st = statSync(real);
    identity = cacheKey({ real, size: st.size, mtime: st.mtimeMs, ino: st.ino, args });
  } catch {
    return "unknown";
  }
  const known = store.get("tool", identity);
  if (known !== undefined) return known;
  const result = await runTool(path, args, { timeoutMs: Math.min(timeoutMs, 30_000) });
  // A version that cannot be read keys as the binary itself: never shared with another, and not
  // remembered, so a tool that hung once is asked again next run.
  if (result.code !== 0) return `unreadable ${identity}`;
  const version = result.stdout.trim();
  store.put("tool", identity, version);
  return version;
}
