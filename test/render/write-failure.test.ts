// An output that cannot be written stops the run cleanly: no new target starts, no partial
// file is left, and render/index.json lists exactly what is on disk.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateRepo } from "../../bench/generate.js";
import { CacheStore } from "../../packages/cache/src/index.js";
import { UserError } from "../../packages/core/src/errors.js";
import { readIndex, render } from "../../packages/render/src/index.js";
import { snapshot } from "../cache/snapshot.js";
import { toolEnv } from "./support.js";

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
});

function newRepo(): string {
  return generateRepo(join(mkdtempSync(join(tmpdir(), "gitops-stop-")), "repo"), {
    services: 4,
    helmRatio: 0.25,
    resourcesPerService: 2,
    seed: 21,
  }).dir;
}

/** Every output on disk is listed as ok with its hash; every ok entry is on disk; nothing half-written. */
function expectConsistent(repo: string): void {
  const files = snapshot(repo);
  expect(Object.keys(files).filter((f) => f.includes(".tmp-"))).toEqual([]);
  const index = readIndex(join(repo, "render"));
  const listed = new Map(index.targets.filter((t) => t.status !== "failed").map((t) => [t.output, t]));
  for (const [path, text] of Object.entries(files)) {
    // index.json itself, and the test's blocker (a file where a folder belongs), are not outputs.
    if (!path.endsWith(".yaml")) continue;
    const entry = listed.get(path);
    expect(entry, `${path} is on disk but not listed`).toBeDefined();
    expect(entry?.sha256).toBe(createHash("sha256").update(text).digest("hex"));
  }
  for (const t of index.targets.filter((x) => x.status === "ok"))
    expect(files[t.output], `${t.output} is listed but not on disk`).toBeDefined();
  for (const t of index.targets.filter((x) => x.status === "failed"))
    expect(existsSync(join(repo, t.output)), `${t.output} failed but is on disk`).toBe(false);
}

describe("a render whose output cannot be written", () => {
  for (const concurrency of [1, 2]) {
    it(`stops at the first failed write and leaves render/ consistent (concurrency ${concurrency})`, async () => {
      const repo = newRepo();
      const first = await render({ repo, env, cache: false });
      const ids = first.targets.filter((t) => t.status === "ok").map((t) => t.id);
      const blocked = ids.find((id) => id.startsWith("apps/"));
      if (!blocked) throw new Error("no app target");
      const service = blocked.split("/")[1] ?? "";
      // A file where the service's output folder must be: every write under it fails (ENOTDIR).
      rmSync(join(repo, "render", "apps", service), { recursive: true });
      writeFileSync(join(repo, "render", "apps", service), "not a folder\n");
      // Change every target so a stale old output would show.
      for (const s of ["clusters", "environments"]) rmSync(join(repo, "render", s), { recursive: true });

      const err = await render({ repo, env, cache: false, concurrency }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(
        new RegExp(
          `^render/apps/${service}/[^:]+\\.yaml: cannot write: .*the run stopped \\(\\d+ of \\d+ target\\(s\\) written`,
        ),
      );
      expectConsistent(repo);
      const index = readIndex(join(repo, "render"));
      const notWritten = index.targets.filter((t) => t.status === "failed");
      expect(notWritten.map((t) => t.id)).toContain(blocked);
      // Targets after the failure in the queue never started: they are failed, not stale.
      const after = ids.slice(ids.indexOf(blocked) + concurrency);
      expect(after.length).toBeGreaterThan(0);
      for (const id of after)
        expect(index.targets.find((t) => t.id === id)?.error).toMatch(
          /^not written: the run stopped because/,
        );

      // Once the folder is writable again, the next run renders everything.
      rmSync(join(repo, "render", "apps", service));
      const again = await render({ repo, env, cache: false });
      expect(again.targets.every((t) => t.status === "ok")).toBe(true);
      expectConsistent(repo);
    });
  }

  it("goes on without the cache when the cache cannot be written, leaving no partial entry", async () => {
    const repo = newRepo();
    const dir = mkdtempSync(join(tmpdir(), "gitops-cache-"));
    let failed = 0;
    const store = new CacheStore({
      dir,
      maxBytes: 1 << 28,
      writeFile: (path, data) => {
        failed++;
        writeFileSync(path, data.slice(0, 10));
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      },
    });
    const report = await render({ repo, env, cache: store });
    expect(report.targets.every((t) => t.status === "ok")).toBe(true);
    expect(report.cache?.writeProblem).toMatch(/ENOSPC/);
    expect(failed).toBe(1);
    expect(Object.keys(snapshot(dir, "v1"))).toEqual([]);
    const rendered = snapshot(repo);
    rmSync(join(repo, "render"), { recursive: true });
    await render({ repo, env, cache: false });
    expect(snapshot(repo)).toEqual(rendered);
    expect(readFileSync(join(repo, "render", "index.json"), "utf8")).toBe(rendered["render/index.json"]);
  });
});
