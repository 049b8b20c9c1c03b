// The CLI bundle keeps V8's compiled code in the persistent cache (`<cache>/node-compile-cache`),
// so a second run skips compiling what it loads; `--no-cache` keeps the folder untouched, and an
// unusable folder changes nothing the command does.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(process.env.GITOPS_DIST ?? join(ROOT, "dist"), "cli", "index.js");

/** stdout of a run that must exit 0 and print nothing on stderr. */
function gitops(env: NodeJS.ProcessEnv, ...argv: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    env: { PATH: "/usr/bin:/bin", ...env },
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

/** Files below `dir`, recursively. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

describe("the compile cache", () => {
  it("is written under GITOPS_CACHE_DIR and leaves the output as it was", () => {
    const cache = mkdtempSync(join(tmpdir(), "gitops-ccache-"));
    const first = gitops({ GITOPS_CACHE_DIR: cache }, "targets", "--help");
    expect(files(join(cache, "node-compile-cache")).length).toBeGreaterThan(0);
    expect(gitops({ GITOPS_CACHE_DIR: cache }, "targets", "--help")).toBe(first);
  });

  it("follows XDG_CACHE_HOME like the rest of the cache", () => {
    const xdg = mkdtempSync(join(tmpdir(), "gitops-xdg-"));
    gitops({ XDG_CACHE_HOME: xdg, HOME: mkdtempSync(join(tmpdir(), "gitops-home-")) }, "--version");
    expect(files(join(xdg, "gitops-actions", "node-compile-cache")).length).toBeGreaterThan(0);
  });

  it("is not touched with --no-cache", () => {
    const cache = mkdtempSync(join(tmpdir(), "gitops-ccache-"));
    gitops({ GITOPS_CACHE_DIR: cache }, "render", "--help", "--no-cache");
    expect(existsSync(join(cache, "node-compile-cache"))).toBe(false);
  });

  it("changes nothing when the folder cannot be written", () => {
    const cache = mkdtempSync(join(tmpdir(), "gitops-ccache-"));
    // A file where the folder should be: unusable even for root.
    writeFileSync(join(cache, "node-compile-cache"), "not a folder");
    const plain = gitops({ GITOPS_CACHE_DIR: mkdtempSync(join(tmpdir(), "gitops-ccache-")) }, "--version");
    expect(gitops({ GITOPS_CACHE_DIR: cache }, "--version")).toBe(plain);
  });
});
