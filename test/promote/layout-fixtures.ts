// Copies of test/fixtures/repos shapes for promotion tests, and a snapshot to see what a run changed.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const FIXTURES = fileURLToPath(new URL("../fixtures/repos", import.meta.url));

/** A fresh copy of test/fixtures/repos/<name> (the folder keeps the fixture's name). */
export function fixtureRepo(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-promote-layout-")), name);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** Every file under `dir` (relative path → content). */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = join(e.parentPath, e.name).slice(dir.length + 1);
    out.set(rel, readFileSync(join(dir, rel), "utf8"));
  }
  return out;
}

/** Per changed file, its changed lines as `old => new` (files keep their line count). */
export function changedLines(
  before: Map<string, string>,
  after: Map<string, string>,
): Record<string, string[]> {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const out: Record<string, string[]> = {};
  for (const [path, text] of after) {
    const old = before.get(path) ?? "";
    if (old === text) continue;
    const a = old.split("\n");
    const b = text.split("\n");
    expect(b.length, path).toBe(a.length);
    out[path] = a.flatMap((line, i) => (line === b[i] ? [] : [`${line.trim()} => ${(b[i] ?? "").trim()}`]));
  }
  return out;
}
