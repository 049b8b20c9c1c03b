// The hardening harness: runs the `gitops` bundle (as users run it) on a repo
// and checks what every hostile-input case must hold: the documented exit code,
// one message naming the file or value at fault, no stack trace, an end within
// a time bound, and nothing written outside render/ and no partial files.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  lstatSync,
  openSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { GIT_ENV } from "../support/git.js";
import { copyExample } from "../support/example.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The bundle under test; GITOPS_DIST points at another build (`node scripts/build.mjs --out DIR`). */
export const BIN = join(process.env.GITOPS_DIST ?? join(ROOT, "dist"), "cli", "index.js");
export const EXAMPLE = join(ROOT, "examples", "infra-gitops");

/** A V8/Node stack frame line: "    at fn (file:1:2)" or "    at file:1:2". */
export const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the harness killed the run at its time bound. */
  timedOut: boolean;
}

export interface RunOptions {
  /** Extra environment; PATH defaults to the real helm and kubectl plus /usr/bin:/bin. */
  env?: NodeJS.ProcessEnv;
  /** The time bound: the run is killed (and the case fails) past it. Default 60 s. */
  timeoutMs?: number;
  cwd?: string;
  /** Bytes written to stdin (default: none, stdin closed). */
  stdin?: string;
  /** Send stdout to this file, as `gitops ... > FILE` does (the result's stdout is then empty). */
  stdoutFile?: string;
}

/** PATH with the real helm and kubectl first; nothing else from this machine's tools. */
export async function toolPath(): Promise<string> {
  const bins = await testBinaries();
  return `${bins.dir}:/usr/bin:/bin`;
}

/** Runs `node dist/cli/index.js ...args` and returns what a user would see. */
export async function gitops(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    HOME: process.env.HOME ?? tmpdir(),
    PATH: await toolPath(),
    ...GIT_ENV,
    ...options.env,
  };
  const stdoutFd = options.stdoutFile === undefined ? undefined : openSync(options.stdoutFile, "w");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: [options.stdin === undefined ? "ignore" : "pipe", stdoutFd ?? "pipe", "pipe"],
      detached: true,
    });
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      // As the runner cancels a step: SIGTERM (gitops stops its tools), then SIGKILL for the group.
      child.kill("SIGTERM");
      setTimeout(() => {
        try {
          process.kill(-(child.pid ?? 0), "SIGKILL");
        } catch {
          // Already gone.
        }
      }, 3_000).unref();
    }, options.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (stdoutFd !== undefined) closeSync(stdoutFd);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** A private copy of the example repo, or of `from`. */
export function repoCopy(from = EXAMPLE): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-hardening-")), "infra");
  copyExample(dir, from, { verbatimSymlinks: true });
  return dir;
}

/** An empty folder under a fresh temp folder. */
export function emptyDir(): string {
  return mkdtempSync(join(tmpdir(), "gitops-hardening-empty-"));
}

/** path → content hash (or link target) for every entry under `dir`, render/ and .git/ left out. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (rel === "" && (e.name === "render" || e.name === ".git")) continue;
      const a = join(abs, e.name);
      if (e.isSymbolicLink()) out.set(r, `link:${readlinkSync(a)}`);
      else if (e.isDirectory()) {
        out.set(r, "dir");
        walk(a, r);
      } else out.set(r, createHash("sha256").update(readFileSync(a)).digest("hex"));
    }
  };
  walk(dir, "");
  return out;
}

/** Names that only a half-finished write leaves behind. */
const PARTIAL = /(\.tmp|\.partial|\.part|~)$|\.tmp-|^\.gitops-tmp/;

/** Every file under `dir` (render/ included, .git/ not) whose name looks half-written. */
export function partialFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (abs: string, rel: string) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (rel === "" && e.name === ".git") continue;
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (PARTIAL.test(e.name)) found.push(r);
      if (e.isDirectory() && !lstatSync(join(abs, e.name)).isSymbolicLink()) walk(join(abs, e.name), r);
    }
  };
  walk(dir, "");
  return found;
}

export interface Expectation {
  /** The documented exit code. */
  code: 0 | 1 | 2;
  /** Each must appear in the output (stderr, or stdout with --json): the file or value at fault. */
  names?: (string | RegExp)[];
  /** The repo whose tree must be unchanged outside render/ (snapshot taken before the run). */
  repo?: string;
  before?: Map<string, string>;
}

/**
 * Asserts the hardening contract on one run: exit code, the names, no stack
 * trace, no "bug" message, the time bound held, and (given a repo and its
 * snapshot) nothing changed outside render/ and no partial files anywhere.
 */
export function expectHardened(result: CliResult, want: Expectation): void {
  const output = `${result.stderr}\n${result.stdout}`;
  expect(result.timedOut, `the run passed its time bound\n${output}`).toBe(false);
  expect(result.code, output).toBe(want.code);
  expect(output).not.toMatch(STACK_FRAME);
  expect(output).not.toMatch(/unexpected error|This is a bug/);
  for (const name of want.names ?? []) {
    if (typeof name === "string") expect(output).toContain(name);
    else expect(output).toMatch(name);
  }
  if (want.repo !== undefined) {
    if (want.before !== undefined) expect(snapshot(want.repo)).toEqual(want.before);
    expect(partialFiles(want.repo)).toEqual([]);
  }
}
