// The scheduler hands CPUs to tool processes and does its own work in between; none of that may
// change a byte of the result. kustomize and helm run under our Go runtime settings unless the
// user set their own.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { toolSlots } from "../../packages/render/src/pool.js";
import { render } from "../../packages/render/src/index.js";
import { DEFAULT_GOGC } from "../../packages/tools/src/go-env.js";
import { testBinaries } from "../support/binaries.js";
import { exampleCopy, toolEnv } from "./support.js";

/**
 * `kubectl` and `helm` that note the Go settings they were started with in `log`, wait a random
 * 0-0.3 s (so tools finish in an order unrelated to the order they started), then run the real
 * binary with the same arguments.
 */
async function delayingTools(log: string): Promise<NodeJS.ProcessEnv> {
  const bins = await testBinaries();
  const dir = mkdtempSync(join(tmpdir(), "gitops-delaying-tools-"));
  for (const [name, real] of [
    ["kubectl", bins.kubectl],
    ["helm", bins.helm],
  ] as const) {
    const script = [
      "#!/usr/bin/env bash",
      `echo "${name} GOGC=\${GOGC-unset} GOMEMLIMIT=\${GOMEMLIMIT-unset}" >> '${log}'`,
      'sleep "0.$((RANDOM % 4))"',
      `exec '${real}' "$@"`,
      "",
    ].join("\n");
    writeFileSync(join(dir, name), script);
    chmodSync(join(dir, name), 0o755);
  }
  return { PATH: `${dir}:/usr/bin:/bin` };
}

/** A promise and the function that settles it. */
function gate(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Every file under `dir` (path relative to it → bytes). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path).toString("base64"));
    }
  };
  walk(dir);
  return out;
}

describe("tool slots", () => {
  it("hands a freed slot to the next waiter before the releasing caller resumes", async () => {
    const slot = toolSlots(1);
    const log: string[] = [];
    const a = (async () => {
      await slot(async () => {
        log.push("a runs");
        await Promise.resolve();
      });
      log.push("a post-processes");
    })();
    const b = slot(() => {
      log.push("b runs");
      return Promise.resolve();
    });
    await Promise.all([a, b]);
    expect(log).toEqual(["a runs", "b runs", "a post-processes"]);
  });

  it("never runs more than the limit at once, and serves waiters in arrival order", async () => {
    const slot = toolSlots(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const gates = Array.from({ length: 6 }, () => gate());
    const runs = gates.map((g, i) =>
      slot(async () => {
        started.push(i);
        most = Math.max(most, ++running);
        await g.promise;
        running--;
      }),
    );
    // Release in reverse order of start: slots still go to waiters first come, first served.
    for (const i of [1, 0, 3, 2, 5, 4]) {
      gates[i]?.resolve();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(runs);
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe("render with tools finishing in random order", () => {
  let repo: string;
  let reference: Map<string, string>;

  beforeAll(async () => {
    repo = exampleCopy();
    await render({ repo, env: await toolEnv(), concurrency: 1, cache: false });
    reference = snapshot(join(repo, "render"));
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("writes the same bytes, index included, as a one-at-a-time run", async () => {
    expect(reference.size).toBeGreaterThan(10);
    for (let run = 0; run < 2; run++) {
      rmSync(join(repo, "render"), { recursive: true, force: true });
      const log = join(mkdtempSync(join(tmpdir(), "gitops-tool-log-")), "log");
      const report = await render({ repo, env: await delayingTools(log), concurrency: 4, cache: false });
      expect(report.targets.filter((t) => t.status !== "ok")).toEqual([]);
      expect(snapshot(join(repo, "render"))).toEqual(reference);
    }
  });

  it("runs kustomize and helm with our GOGC and a GOMEMLIMIT when the user set neither", async () => {
    vi.stubEnv("GOGC", undefined);
    vi.stubEnv("GOMEMLIMIT", undefined);
    const log = join(mkdtempSync(join(tmpdir(), "gitops-tool-log-")), "log");
    await render({ repo, env: await delayingTools(log), concurrency: 2, cache: false });
    const lines = new Set(readFileSync(log, "utf8").trim().split("\n"));
    expect([...lines].map((l) => l.replace(/GOMEMLIMIT=\d+MiB$/, "GOMEMLIMIT=<n>MiB")).sort()).toEqual([
      `helm GOGC=${DEFAULT_GOGC} GOMEMLIMIT=<n>MiB`,
      `kubectl GOGC=${DEFAULT_GOGC} GOMEMLIMIT=<n>MiB`,
    ]);
  });

  it("keeps a GOGC the user set and adds no GOMEMLIMIT beside it", async () => {
    vi.stubEnv("GOGC", "150");
    vi.stubEnv("GOMEMLIMIT", undefined);
    const log = join(mkdtempSync(join(tmpdir(), "gitops-tool-log-")), "log");
    await render({ repo, env: await delayingTools(log), concurrency: 2, cache: false });
    expect(new Set(readFileSync(log, "utf8").trim().split("\n"))).toEqual(
      new Set(["kubectl GOGC=150 GOMEMLIMIT=unset", "helm GOGC=150 GOMEMLIMIT=unset"]),
    );
    expect(snapshot(join(repo, "render"))).toEqual(reference);
  });
});
