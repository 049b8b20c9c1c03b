// A result is stored only when none of the files it was keyed by changed while the run went on:
// FileHasher.unchangedDuringRun, by ctime against the moment the run began reading.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileHasher } from "../../packages/cache/src/files.js";
import { preciseNow } from "../../packages/core/src/clock.js";

/**
 * A repository written before the run, and a hasher whose run begins after it. File times come
 * from the kernel's coarse clock, up to a tick behind the precise one: the waits make an edit
 * "after the start" land on a later tick than the start.
 */
async function begun(): Promise<{ repo: string; hasher: FileHasher; at: (p: string) => string }> {
  const repo = mkdtempSync(join(tmpdir(), "gitops-unchanged-"));
  const at = (p: string) => join(repo, p);
  mkdirSync(at("apps/web/base"), { recursive: true });
  mkdirSync(at("render"));
  writeFileSync(at("apps/web/kustomization.yaml"), "resources: [base]\n");
  writeFileSync(at("apps/web/base/deploy.yaml"), "kind: Deployment\n");
  await tick();
  const hasher = new FileHasher(repo, ["render"], preciseNow());
  await tick();
  // What a key hashed: one file, one folder, one file that does not exist.
  hasher.file("apps/web/kustomization.yaml");
  hasher.file("apps/web/values.yaml");
  hasher.dir("apps/web/base");
  return { repo, hasher, at };
}

function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 30));
}

const FILES = ["apps/web/kustomization.yaml", "apps/web/values.yaml"];
const DIRS = ["apps/web/base"];

describe("FileHasher.unchangedDuringRun", () => {
  it("holds when nothing the key names was touched, whatever happens in output folders", async () => {
    const { hasher, at } = await begun();
    writeFileSync(at("render/apps-web.yaml"), "kind: Deployment\n");
    writeFileSync(at("unrelated.yaml"), "a: 1\n");
    expect(hasher.unchangedDuringRun(FILES, DIRS)).toBe(true);
  });

  for (const [what, edit] of [
    [
      "a hashed file rewritten",
      (at: (p: string) => string) => {
        writeFileSync(at("apps/web/kustomization.yaml"), "x\n");
      },
    ],
    [
      "a hashed file removed",
      (at: (p: string) => string) => {
        rmSync(at("apps/web/kustomization.yaml"));
      },
    ],
    [
      "a file hashed as absent created",
      (at: (p: string) => string) => {
        writeFileSync(at("apps/web/values.yaml"), "a\n");
      },
    ],
    [
      "a file added to a hashed folder",
      (at: (p: string) => string) => {
        writeFileSync(at("apps/web/base/svc.yaml"), "a\n");
      },
    ],
    [
      "a file in a hashed folder rewritten",
      (at: (p: string) => string) => {
        writeFileSync(at("apps/web/base/deploy.yaml"), "b\n");
      },
    ],
    [
      "a file removed from a hashed folder",
      (at: (p: string) => string) => {
        rmSync(at("apps/web/base/deploy.yaml"));
      },
    ],
    [
      "a hashed folder removed",
      (at: (p: string) => string) => {
        rmSync(at("apps/web/base"), { recursive: true });
      },
    ],
    [
      "a hashed file's mode changed",
      (at: (p: string) => string) => {
        chmodSync(at("apps/web/kustomization.yaml"), 0o600);
      },
    ],
  ] as const) {
    it(`fails after ${what}`, async () => {
      const { hasher, at } = await begun();
      edit(at);
      expect(hasher.unchangedDuringRun(FILES, DIRS)).toBe(false);
    });
  }

  it("fails, without throwing, when a hashed path's folder became a file", async () => {
    const { hasher, at } = await begun();
    hasher.file("apps/api/kustomization.yaml");
    writeFileSync(at("apps/api"), "not a folder\n");
    expect(hasher.unchangedDuringRun(["apps/api/kustomization.yaml"], [])).toBe(false);
  });

  it("holds for a file and a folder that were missing when hashed and still are", async () => {
    const { hasher } = await begun();
    hasher.dir("apps/api");
    expect(hasher.unchangedDuringRun(["apps/web/values.yaml"], ["apps/api"])).toBe(true);
  });
});
