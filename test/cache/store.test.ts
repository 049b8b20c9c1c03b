// The persistent cache's store: whole entries or none, corruption is a miss, LRU under a bound.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CacheStore, cacheKey, openCache } from "../../packages/cache/src/index.js";
import { UserError } from "../../packages/core/src/errors.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function store(maxBytes = 1 << 20): CacheStore {
  return new CacheStore({ dir: mkdtempSync(join(tmpdir(), "gitops-cache-")), maxBytes });
}

/** Every file under the store, relative to it. */
function files(s: CacheStore): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else out.push(`${rel}${e.name}`);
    }
  };
  walk(s.dir, "");
  return out.sort();
}

function entryPath(s: CacheStore, kind: string, key: string): string {
  return join(s.dir, kind, key.slice(0, 2), key);
}

describe("cache store", () => {
  it("gives back what was stored under a key, and nothing under another", () => {
    const s = store();
    const key = cacheKey({ a: 1 });
    s.put("render", key, "payload ✓\n");
    expect(s.get("render", key)).toBe("payload ✓\n");
    expect(s.get("render", cacheKey({ a: 2 }))).toBeUndefined();
    expect(s.get("lint", key)).toBeUndefined();
    expect(s.stats).toMatchObject({ hits: 1, misses: 2, writes: 1 });
  });

  it("keys the same parts the same whatever their order, and different parts differently", () => {
    expect(cacheKey({ a: 1, b: [1, 2] })).toBe(cacheKey({ b: [1, 2], a: 1 }));
    expect(cacheKey({ a: 1, b: [1, 2] })).not.toBe(cacheKey({ a: 1, b: [2, 1] }));
    expect(cacheKey({ a: "1" })).not.toBe(cacheKey({ a: 1 }));
  });

  it("treats a changed, truncated or foreign entry as a miss and removes it", () => {
    const s = store();
    const cases: [string, (text: string) => string][] = [
      ["flipped", (t) => t.replace("payload", "paylaod")],
      ["truncated", (t) => t.slice(0, t.length - 3)],
      ["no header", () => "payload"],
      ["empty", () => ""],
    ];
    for (const [name, damage] of cases) {
      const key = cacheKey(name);
      s.put("render", key, `payload of ${name}`);
      const path = entryPath(s, "render", key);
      writeFileSync(path, damage(readFileSync(path, "utf8")));
      expect(s.get("render", key), name).toBeUndefined();
      expect(() => statSync(path), name).toThrow();
    }
  });

  it("evicts the least recently used entries past its bound, keeping one read since", () => {
    const s = store(3000);
    const keys = ["a", "b", "c", "d"].map((k) => cacheKey(k));
    const old = Date.now() / 1000 - 1000;
    keys.slice(0, 3).forEach((k, i) => {
      s.put("render", k, "x".repeat(900));
      utimesSync(entryPath(s, "render", k), old + i, old + i);
    });
    // Reading the oldest makes it the most recently used.
    expect(s.get("render", keys[0] ?? "")).toBeDefined();
    s.put("render", keys[3] ?? "", "x".repeat(900));
    s.prune();
    expect(s.stats.evicted).toBe(2);
    expect(s.get("render", keys[0] ?? "")).toBeDefined();
    expect(s.get("render", keys[1] ?? "")).toBeUndefined();
    expect(s.get("render", keys[2] ?? "")).toBeUndefined();
    expect(s.get("render", keys[3] ?? "")).toBeDefined();
  });

  it("leaves no file behind when a write fails, stops writing and says why", () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-cache-"));
    let calls = 0;
    const s = new CacheStore({
      dir,
      maxBytes: 1 << 20,
      writeFile: (path, data) => {
        calls++;
        // Half the entry reaches the disk, then the disk is full.
        writeFileSync(path, data.slice(0, data.length >> 1));
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      },
    });
    s.put("render", cacheKey(1), "a payload that will not fit");
    s.put("render", cacheKey(2), "another");
    expect(calls).toBe(1);
    expect(files(s)).toEqual([]);
    expect(s.stats.writeProblem).toMatch(/cannot write to the cache .*ENOSPC/);
    expect(s.get("render", cacheKey(1))).toBeUndefined();
  });

  it("stays whole under concurrent writers and readers in separate processes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-cache-"));
    const script = join(dir, "hammer.ts");
    writeFileSync(
      script,
      `import { CacheStore, cacheKey } from ${JSON.stringify(join(ROOT, "packages/cache/src/index.ts"))};
const s = new CacheStore({ dir: ${JSON.stringify(dir)}, maxBytes: 1 << 30 });
const me = process.argv[2];
let bad = 0;
for (let i = 0; i < 300; i++) {
  const key = cacheKey(i % 7);
  // Every writer stores the same payload for a key: content-addressed.
  s.put("k", key, String(i % 7).repeat(20000));
  const got = s.get("k", cacheKey((i + 3) % 7));
  if (got !== undefined && got !== String((i + 3) % 7).repeat(20000)) bad++;
}
console.log(me, bad);
`,
    );
    const run = promisify(execFile);
    const bin = join(ROOT, "node_modules", ".bin", "vite-node");
    const outs = await Promise.all(["w1", "w2", "w3"].map((n) => run(bin, [script, n], { cwd: ROOT })));
    for (const o of outs) expect(o.stdout.trim()).toMatch(/^w\d 0$/);
    const s = new CacheStore({ dir, maxBytes: 1 << 30 });
    for (let i = 0; i < 7; i++) expect(s.get("k", cacheKey(i))).toBe(String(i).repeat(20000));
    expect(files(s).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
});

describe("where the cache lives", () => {
  it("is GITOPS_CACHE_DIR, else XDG_CACHE_HOME/gitops-actions for the CLI, else none for packages", () => {
    expect(openCache({ GITOPS_CACHE_DIR: "/x/c" })?.dir).toBe("/x/c/v1");
    expect(openCache({ XDG_CACHE_HOME: "/x/xdg" }, { fallback: true })?.dir).toBe("/x/xdg/gitops-actions/v1");
    expect(openCache({ HOME: "/home/u" }, { fallback: true })?.dir).toBe("/home/u/.cache/gitops-actions/v1");
    expect(openCache({ XDG_CACHE_HOME: "/x/xdg" })).toBeUndefined();
    expect(openCache({ GITOPS_CACHE_DIR: "/x/c", GITOPS_CACHE_MAX_MB: "2" })?.maxBytes).toBe(2 << 20);
  });

  it("refuses a relative GITOPS_CACHE_DIR and a size that is not a number, naming the variable", () => {
    expect(() => openCache({ GITOPS_CACHE_DIR: "cache" })).toThrow(UserError);
    expect(() => openCache({ GITOPS_CACHE_DIR: "cache" })).toThrow(/GITOPS_CACHE_DIR .*"cache"/);
    expect(() => openCache({ GITOPS_CACHE_DIR: "/c", GITOPS_CACHE_MAX_MB: "lots" })).toThrow(
      /GITOPS_CACHE_MAX_MB .*"lots"/,
    );
  });
});
