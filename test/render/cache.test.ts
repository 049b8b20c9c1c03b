// The render cache: a warm run restores render/<id>.yaml and the index byte for byte, and a
// change renders exactly the targets whose inputs it touches.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateRepo } from "../../bench/generate.js";
import { CacheStore } from "../../packages/cache/src/index.js";
import { loadModel } from "../../packages/core/src/model/load.js";
import { pinned, RenderCache } from "../../packages/render/src/cache.js";
import { diffRendered, render } from "../../packages/render/src/index.js";
import { git } from "../support/git.js";
import { snapshot } from "../cache/snapshot.js";
import { toolEnv } from "./support.js";

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
});

function newStore(): CacheStore {
  return new CacheStore({ dir: mkdtempSync(join(tmpdir(), "gitops-cache-")), maxBytes: 1 << 28 });
}

function newRepo(seed: number): string {
  return generateRepo(join(mkdtempSync(join(tmpdir(), "gitops-cached-")), "repo"), {
    services: 4,
    helmRatio: 0.5,
    resourcesPerService: 3,
    seed,
  }).dir;
}

describe("render cache", () => {
  it("restores every target of an unchanged repo from the cache, byte-identical to a fresh render", async () => {
    const repo = newRepo(11);
    const fresh = await render({ repo, env, cache: false });
    const cold = snapshot(repo);
    expect(fresh.cached).toEqual([]);
    const store = newStore();
    rmSync(join(repo, "render"), { recursive: true });
    const first = await render({ repo, env, cache: store });
    expect(first.cached).toEqual([]);
    expect(snapshot(repo)).toEqual(cold);
    rmSync(join(repo, "render"), { recursive: true });
    const warm = await render({ repo, env, cache: store });
    const ok = warm.targets.filter((t) => t.status === "ok").map((t) => t.id);
    expect(ok.length).toBeGreaterThan(4);
    expect(warm.cached).toEqual([...ok].sort());
    expect(snapshot(repo)).toEqual(cold);
    expect(warm.findings).toEqual(fresh.findings);
  });

  it("renders again only the targets whose input files changed", async () => {
    const repo = newRepo(12);
    const store = newStore();
    await render({ repo, env, cache: store });
    const model = await loadModel(repo);
    const target = model.targets.find((t) => t.kind === "kustomize" && t.env === "prod" && t.service);
    if (!target?.service) throw new Error("the generated repo has no kustomize service");
    // The service's base feeds its staging and prod overlays, nothing else.
    const base = join(repo, "apps", target.service, "base", "kustomization.yaml");
    writeFileSync(base, readFileSync(base, "utf8") + 'commonAnnotations:\n  touched: "yes"\n');
    const warm = await render({ repo, env, cache: store });
    const missed = warm.targets
      .filter((t) => t.status === "ok" && !warm.cached.includes(t.id))
      .map((t) => t.id);
    expect(missed.sort()).toEqual(
      model.targets
        .filter((t) => t.service === target.service && t.kind === "kustomize")
        .map((t) => t.id)
        .sort(),
    );
    const afterWarm = snapshot(repo);
    rmSync(join(repo, "render"), { recursive: true });
    await render({ repo, env, cache: false });
    expect(afterWarm).toEqual(snapshot(repo));
    expect(afterWarm[`render/${target.id}.yaml`]).toContain("touched");
  });

  it("keys a change of tool version or render option apart", async () => {
    const repo = newRepo(13);
    const model = await loadModel(repo);
    const t = model.targets.find((x) => x.kind === "kustomize");
    if (!t) throw new Error("no kustomize target");
    const store = newStore();
    const tools = {
      kustomize: { kind: "kubectl" as const, path: join(env.PATH?.split(":")[0] ?? "", "kubectl") },
    };
    const open = (kubeVersion: string) =>
      RenderCache.open(store, {
        repo,
        outputDirs: model.outputDirs,
        tools,
        options: { kubeVersion, allowNetwork: false },
        timeoutMs: 30_000,
      });
    const a = (await open("1.30")).key(t, model.graph(t.id));
    const b = (await open("1.31")).key(t, model.graph(t.id));
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
    expect((await open("1.30")).key(t, model.graph(t.id))).toBe(a);
  });

  it("never caches a remote base or chart unless it is pinned by digest", async () => {
    expect(pinned("https://github.com/acme/shared//base?ref=v1")).toBe(false);
    expect(pinned("https://github.com/acme/shared//base?ref=main")).toBe(false);
    expect(pinned(`https://github.com/acme/shared//base?ref=${"a1".repeat(20)}`)).toBe(true);
    expect(pinned(`oci://ghcr.io/acme/chart@sha256:${"0f".repeat(32)}`)).toBe(true);
    expect(pinned("https://charts.example.com (chart web)")).toBe(false);
    const repo = newRepo(14);
    const model = await loadModel(repo);
    const t = model.targets.find((x) => x.kind === "kustomize");
    if (!t) throw new Error("no kustomize target");
    const cache = await RenderCache.open(newStore(), {
      repo,
      outputDirs: model.outputDirs,
      tools: {},
      options: { kubeVersion: "", allowNetwork: true },
      timeoutMs: 30_000,
    });
    const graph = model.graph(t.id);
    const remote = (r: string) => ({ ...graph, remote: [r], unresolved: true });
    expect(cache.key(t, remote("https://github.com/acme/shared//base?ref=v1"))).toBeUndefined();
    expect(cache.key(t, remote(`https://github.com/acme/shared//base?ref=${"a1".repeat(20)}`))).toBeDefined();
    expect(cache.key(t, { ...graph, unresolved: true })).toBeUndefined();
  });

  it("renders the merge-base of a diff from the cache that main's render filled", async () => {
    const repo = newRepo(15);
    git(repo, "init", "--quiet", "--initial-branch=main");
    git(repo, "add", "--all");
    git(repo, "commit", "--quiet", "-m", "base");
    const store = newStore();
    await render({ repo, env, cache: store });
    const model = await loadModel(repo);
    const target = model.targets.find((t) => t.kind === "kustomize" && t.env === "prod" && t.service);
    if (!target) throw new Error("no kustomize prod target");
    const k = join(target.dir, "kustomization.yaml");
    writeFileSync(k, readFileSync(k, "utf8").replace(/newTag: .*/, "newTag: 42.0.0"));
    const before = { ...store.stats };
    const diff = await diffRendered({ repo, base: "main", env, cache: store });
    expect(diff.head.rendered).toEqual([target.id]);
    // The head's changed target is new; the merge-base's, rendered in a worktree elsewhere, is not.
    expect(store.stats.misses - before.misses).toBe(1);
    expect(store.stats.hits - before.hits).toBeGreaterThanOrEqual(1);
    expect(diff.diffs.map((d) => d.id)).toEqual([target.id]);
    expect(diff.markdown).toContain("42.0.0");
  });
});
