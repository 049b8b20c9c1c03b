import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, onTestFinished, vi } from "vitest";

/**
 * Snapshots process.env (and process.exitCode) before each test and restores
 * them after, so INPUT_* and GITHUB_* set by one test never leak into another.
 */
export function isolateEnv(): void {
  let saved: NodeJS.ProcessEnv = {};
  beforeEach(() => {
    saved = { ...process.env };
  });
  afterEach(() => {
    for (const key of Object.keys(process.env)) {
      if (!(key in saved)) Reflect.deleteProperty(process.env, key);
    }
    Object.assign(process.env, saved);
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });
}

/** Captures what is written to stdout (where workflow commands go) until the test ends. */
export function captureStdout(): { text: () => string; lines: () => string[] } {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  });
  const text = () => chunks.join("");
  return {
    text,
    lines: () =>
      text()
        .split(/\r?\n/)
        .filter((l) => l !== ""),
  };
}

/** A fresh temporary directory, removed when the calling test finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-github-"));
  onTestFinished(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Undoes the runner's `escapeData` on a workflow command's message. */
export function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

/** The values of every `::<command>::value` line, unescaped. */
export function commandValues(lines: string[], command: string): string[] {
  const prefix = `::${command}::`;
  return lines.filter((l) => l.startsWith(prefix)).map((l) => unescapeData(l.slice(prefix.length)));
}
