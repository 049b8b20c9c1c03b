// Network and external tools: remote bases and charts without network, a hung
// kustomize or helm, and a missing one. Each ends in bounded time with one clear
// message naming the target (or tool) at fault, and leaves nothing running.
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { writeFiles } from "../support/git.js";
import { BIN, emptyDir, expectHardened, gitops, partialFiles, snapshot, toolPath } from "./harness.js";

const CM = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n";

/** An Argo CD Application under argo-apps/prod/ with the given `spec.source` lines. */
const application = (name: string, source: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\nspec:\n  project: default\n  destination:\n    namespace: ${name}\n  source:\n${source}`;

/** A fresh repo with `files` plus one healthy target, so a failure is always a per-target one. */
function repoWith(files: Record<string, string>): string {
  const repo = join(emptyDir(), "infra");
  writeFiles(repo, {
    "apps/ok/overlays/prod/kustomization.yaml": "resources:\n  - cm.yaml\n",
    "apps/ok/overlays/prod/cm.yaml": CM,
    ...files,
  });
  return repo;
}

/** The `--json` render report's status per target id. */
function statuses(stdout: string): Record<string, string> {
  const report = JSON.parse(stdout) as { targets: { id: string; status: string }[] };
  return Object.fromEntries(report.targets.map((t) => [t.id, t.status]));
}

/** True while `pid` runs (a zombie waiting for its reaper counts as gone). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** A folder holding `name` scripts that record their pid and a child's, then hang. */
function hangingTools(names: string[]): { dir: string; pids: () => number[] } {
  const dir = emptyDir();
  const pidFile = join(dir, "pids");
  writeFileSync(pidFile, "");
  for (const name of names) {
    const script = join(dir, name);
    // A child of its own, like helm's plugins or kustomize's git: the group kill must reach it.
    writeFileSync(script, `#!/bin/sh\necho $$ >> '${pidFile}'\nsleep 300 &\necho $! >> '${pidFile}'\nwait\n`);
    chmodSync(script, 0o755);
  }
  const pids = () => readFileSync(pidFile, "utf8").split("\n").filter(Boolean).map(Number);
  return { dir, pids };
}

describe("hardening: network and tools", () => {
  it("a remote kustomize base without network fails its target, naming it and the URL", async () => {
    const url = "https://github.com/org/repo//base?ref=v1";
    // Port 9 on loopback refuses at once: "network allowed but unreachable", with no DNS involved.
    const unreachable = "https://127.0.0.1:9/org/repo//base?ref=v1";
    const repo = repoWith({
      "apps/remote/overlays/prod/kustomization.yaml": `resources:\n  - ${url}\n`,
      "apps/nested/overlays/prod/kustomization.yaml": "resources:\n  - ../../base\n",
      "apps/nested/base/kustomization.yaml": `resources:\n  - ${url}\n`,
    });
    const before = snapshot(repo);
    const refused = await gitops(["render", "--json", "--repo", repo], { timeoutMs: 20_000 });
    expectHardened(refused, {
      code: 1,
      names: ["apps/remote/overlays/prod", "apps/nested/overlays/prod", url, "render.allowNetwork"],
      repo,
      before,
    });
    expect(statuses(refused.stdout)).toMatchObject({
      "apps/ok/overlays/prod": "ok",
      "apps/remote/overlays/prod": "failed",
      "apps/nested/overlays/prod": "failed",
    });

    // Network allowed but unreachable: kustomize tries, fails fast, and the message still names the URL.
    writeFiles(repo, {
      ".gitops.yaml": "render:\n  allowNetwork: true\n",
      "apps/remote/overlays/prod/kustomization.yaml": `resources:\n  - ${unreachable}\n`,
    });
    const allowed = snapshot(repo);
    const failed = await gitops(["render", "--repo", repo], { timeoutMs: 20_000 });
    expectHardened(failed, {
      code: 1,
      names: [`apps/remote/overlays/prod: remote ${unreachable} could not be fetched: Failed to connect`],
      repo,
      before: allowed,
    });
    expect(failed.stderr).not.toContain(repo);
  });

  it("a remote Helm chart without network: kustomize helmCharts fail their target; an Application's is named", async () => {
    const chartRepo = "https://charts.example.com/stable";
    const repo = repoWith({
      "apps/charted/overlays/prod/kustomization.yaml": `helmCharts:\n  - name: redis\n    repo: ${chartRepo}\n    version: 1.2.3\n    releaseName: redis\n`,
      "argo-apps/prod/kustomization.yaml": "resources:\n  - cert-manager.yaml\n",
      "argo-apps/prod/cert-manager.yaml": application(
        "cert-manager-prod",
        "    repoURL: https://charts.jetstack.io\n    chart: cert-manager\n    targetRevision: v1.14.0\n",
      ),
    });
    const before = snapshot(repo);
    const refused = await gitops(["render", "--repo", repo], { timeoutMs: 20_000 });
    expectHardened(refused, {
      code: 1,
      names: [
        /apps\/charted\/overlays\/prod: .*https:\/\/charts\.example\.com\/stable.*redis/,
        "render.allowNetwork",
        // An Application deploying an upstream chart is not this repo's to render: a notice, naming it.
        /cert-manager-prod.*https:\/\/charts\.jetstack\.io/,
      ],
      repo,
      before,
    });

    // Network allowed but unreachable: helm fails fast; kustomize would pull into the repo, and must not leave a folder.
    writeFiles(repo, {
      ".gitops.yaml": "render:\n  allowNetwork: true\n",
      "apps/charted/overlays/prod/kustomization.yaml": `helmCharts:\n  - name: redis\n    repo: https://127.0.0.1:9/charts\n    version: 1.2.3\n    releaseName: redis\n`,
    });
    const allowed = snapshot(repo);
    const failed = await gitops(["render", "--repo", repo], { timeoutMs: 20_000 });
    expectHardened(failed, {
      code: 1,
      names: [
        "apps/charted/overlays/prod: remote https://127.0.0.1:9/charts (chart redis) could not be fetched",
        "connection refused",
      ],
      repo,
      before: allowed,
    });
    expect(failed.stderr).not.toContain(repo);
  });

  it("a hung kustomize or helm is killed at render.timeout with its children; each target fails as timed out", async () => {
    const fake = hangingTools(["kustomize", "helm"]);
    const repo = repoWith({
      ".gitops.yaml": "render:\n  timeout: 1\n",
      "apps/hang/overlays/prod/kustomization.yaml": "resources:\n  - cm.yaml\n",
      "apps/hang/overlays/prod/cm.yaml": CM,
      "charts/hang/Chart.yaml": "apiVersion: v2\nname: hang\nversion: 0.1.0\n",
      "charts/hang/templates/cm.yaml": CM,
      "argo-apps/prod/kustomization.yaml": "resources:\n  - hang.yaml\n",
      "argo-apps/prod/hang.yaml": application(
        "hang-prod",
        "    path: charts/hang\n    helm:\n      releaseName: hang\n",
      ),
    });
    const before = snapshot(repo);
    const r = await gitops(["render", "--repo", repo], {
      env: { PATH: `${fake.dir}:${await toolPath()}` },
      timeoutMs: 30_000,
    });
    expectHardened(r, {
      code: 1,
      names: [
        /apps\/hang\/overlays\/prod: kustomize build timed out after 1 s .*render\.timeout/,
        /applications\/prod\/hang-prod: helm template timed out after 1 s .*render\.timeout/,
      ],
      repo,
      before,
    });
    const pids = fake.pids();
    // Every target ran the fake kustomize (apps/ok and argo-apps too) or helm: a script and its sleep each.
    expect(pids.length).toBeGreaterThanOrEqual(4);
    expect(pids.filter(running)).toEqual([]);
  });

  it.each(["SIGTERM", "SIGINT"] as const)(
    "gitops stopped by %s (a cancelled job, Ctrl-C) leaves no kustomize running",
    async (signal) => {
      const fake = hangingTools(["kustomize"]);
      const repo = repoWith({});
      const before = snapshot(repo);
      const child = spawn(process.execPath, [BIN, "render", "--repo", repo], {
        env: { ...process.env, PATH: `${fake.dir}:${await toolPath()}` },
        stdio: "ignore",
      });
      const ended = new Promise<NodeJS.Signals | null>((resolve) => {
        child.on("close", (_code, sig) => {
          resolve(sig);
        });
      });
      // The tool has started (its pid and its child's are written) before the signal.
      await vi.waitFor(
        () => {
          expect(fake.pids().length).toBeGreaterThanOrEqual(2);
        },
        { timeout: 20_000, interval: 50 },
      );
      child.kill(signal);
      expect(await ended).toBe(signal);
      // SIGKILL reaches a process group asynchronously: on a busy machine a killed tool may still be
      // scheduled for a moment after gitops is gone. It must be gone soon after, not linger.
      await vi.waitFor(
        () => {
          expect(fake.pids().filter(running)).toEqual([]);
        },
        { timeout: 5_000, interval: 50 },
      );
      expect(snapshot(repo)).toEqual(before);
      expect(partialFiles(repo)).toEqual([]);
    },
  );

  it("kustomize or helm missing: exit 2 naming the tool and the setup-tools action", async () => {
    // Only git on PATH: this machine's /usr/bin may hold a kubectl or helm of its own.
    const bin = emptyDir();
    symlinkSync("/usr/bin/git", join(bin, "git"));
    const home = emptyDir(); // no tool cache either
    const env = { PATH: bin, HOME: home, XDG_CACHE_HOME: join(home, "cache") };
    const kustomize = repoWith({});
    const before = snapshot(kustomize);
    const noKustomize = await gitops(["render", "--repo", kustomize], { env, timeoutMs: 20_000 });
    expectHardened(noKustomize, {
      code: 2,
      names: [/kustomize is needed/, "setup-tools", "gitops tools install kustomize"],
      repo: kustomize,
      before,
    });

    const helm = join(emptyDir(), "infra");
    mkdirSync(helm);
    writeFiles(helm, {
      "charts/web/Chart.yaml": "apiVersion: v2\nname: web\nversion: 0.1.0\n",
      "charts/web/templates/cm.yaml": CM,
      "argo-apps/prod/web.yaml": application(
        "web-prod",
        "    path: charts/web\n    helm:\n      releaseName: web\n",
      ),
    });
    const helmBefore = snapshot(helm);
    const noHelm = await gitops(["render", "--repo", helm], { env, timeoutMs: 20_000 });
    expectHardened(noHelm, {
      code: 2,
      names: [/helm is needed/, "setup-tools", "gitops tools install helm"],
      repo: helm,
      before: helmBefore,
    });
  });
});
