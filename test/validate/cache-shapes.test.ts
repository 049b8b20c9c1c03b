// This stop's sharing and caching on the repository shapes real repos use, not only on the
// example: the render's input screen reads through the model's reader, a validate with a warm
// cache (Argo CD lines, compiled validators, per-target results) says what a run without one
// says, and the secrets check beside the render finds what a scan on its own finds.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { CacheStore } from "../../packages/cache/src/index.js";
import { loadModel } from "../../packages/core/src/model/load.js";
import type { DocumentReader } from "../../packages/core/src/model/read.js";
import { render } from "../../packages/render/src/index.js";
import { scanRepository } from "../../packages/secrets/src/index.js";
import { runValidate } from "../../packages/validate/src/index.js";
import { toolEnv } from "../render/support.js";

const SHAPES = fileURLToPath(new URL("../fixtures/repos", import.meta.url));

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
});

function copy(shape: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-cache-shape-")), shape);
  cpSync(join(SHAPES, shape), dir, { recursive: true });
  return dir;
}

/** Hits and misses so far, by entry kind. */
function perKind(store: CacheStore): Record<string, { hits: number; misses: number }> {
  return Object.fromEntries([...store.byKind].map(([kind, n]) => [kind, { ...n }]));
}

async function checks(repo: string, cache: CacheStore | false) {
  rmSync(join(repo, "render"), { recursive: true, force: true });
  const r = await runValidate({ repo, env, failOn: "error", cache });
  return r.checks.map((c) => [c.name, c.findings]);
}

describe.each(readdirSync(SHAPES).sort())("the %s shape", (shape) => {
  it("screens every YAML input through the model's reader", async () => {
    const repo = copy(shape);
    const model = await loadModel(repo, { env });
    const asked = new Set<string>();
    const inner: DocumentReader = model.read;
    model.read = (path, file) => {
      asked.add(file);
      return inner(path, file);
    };
    const report = await render({ repo, env, model, cache: false });
    for (const t of report.targets.filter((x) => x.status === "ok")) {
      for (const file of model.graph(t.id).yamlFiles.keys())
        expect(asked, `${t.id} reads ${file}`).toContain(file);
    }
  });

  it("validates with a warm cache as without one, and scans for secrets as a scan alone does", async () => {
    const repo = copy(shape);
    const store = new CacheStore({
      dir: mkdtempSync(join(tmpdir(), "gitops-cache-shape-")),
      maxBytes: 1 << 28,
    });
    const cold = await checks(repo, false);
    await checks(repo, store);
    const filled = perKind(store);
    const warm = await checks(repo, store);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
    expect(store.byKind.get("render")?.hits ?? 0).toBeGreaterThan(0);
    // Nothing the filling run computed was kept from the store (no file changed during it):
    // the warm run misses no render and no per-target result.
    for (const kind of ["render", "lint-target", "policy-target"])
      expect(perKind(store)[kind]?.misses, kind).toBe(filled[kind]?.misses);
    const secrets = cold.find(([name]) => name === "secrets")?.[1];
    expect(secrets).toEqual((await scanRepository(repo)).findings);
  });
});
