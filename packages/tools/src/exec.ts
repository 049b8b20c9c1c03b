import { spawn } from "node:child_process";

/** How one external tool run ended. */
export interface ToolResult {
  /** Exit code; null when killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the timeout killed it. */
  timedOut: boolean;
  /** True when output exceeded `maxOutputBytes` and the process was killed. */
  overflowed: boolean;
  /** Wall time in milliseconds. */
  ms: number;
}

export interface RunToolOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the process (and its children) after this long. */
  timeoutMs: number;
  /** Kill it when stdout grows past this (default 512 MiB): a runaway render must not eat memory. */
  maxOutputBytes?: number;
  signal?: AbortSignal;
}

/**
 * Process groups of tools still running. Each tool runs in a group of its own
 * (so a timeout can kill its children too), which also means a signal sent to
 * gitops or to gitops' group does not reach it: when the runner cancels a job
 * or a user presses Ctrl-C, these groups are killed before gitops goes.
 */
const liveGroups = new Set<number>();
let stopHandlersInstalled = false;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

function installStopHandlers(): void {
  if (stopHandlersInstalled || process.platform === "win32") return;
  stopHandlersInstalled = true;
  process.on("exit", () => {
    for (const pid of liveGroups) killGroup(pid);
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      for (const pid of liveGroups) killGroup(pid);
      // Then end the way the signal would have ended us (exit status 128 + n).
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Runs an external binary with an argument array — never through a shell, so
 * no user text is ever interpreted — with a timeout that kills the whole
 * process group (helm and kustomize may start children of their own).
 */
export function runTool(file: string, args: readonly string[], options: RunToolOptions): Promise<ToolResult> {
  const started = performance.now();
  const maxOut = options.maxOutputBytes ?? 512 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32",
      signal: options.signal,
    });
    if (child.pid !== undefined && process.platform !== "win32") {
      installStopHandlers();
      liveGroups.add(child.pid);
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let timedOut = false;
    let overflowed = false;
    const kill = () => {
      try {
        if (child.pid !== undefined && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    child.stdout.on("data", (d: Buffer) => {
      outBytes += d.length;
      if (outBytes > maxOut) {
        overflowed = true;
        kill();
        return;
      }
      out.push(d);
    });
    child.stderr.on("data", (d: Buffer) => {
      // Keep the first 1 MiB of stderr: enough for any error message.
      if (errBytes < 1024 * 1024) err.push(d);
      errBytes += d.length;
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      if (child.pid !== undefined) liveGroups.delete(child.pid);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (child.pid !== undefined) liveGroups.delete(child.pid);
      resolve({
        code: timedOut || overflowed ? null : code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        timedOut,
        overflowed,
        ms: performance.now() - started,
      });
    });
  });
}
