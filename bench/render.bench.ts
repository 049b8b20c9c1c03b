// The render benchmark on a generated 60-service repo:
// 1. a full `gitops render` against the blueprint's `make render-all`, a sequential
//    loop of `kustomize build` (and `helm template` for Helm services), same run;
// 2. a one-service change with --changed-since against the full render.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { render } from "../packages/render/src/index.js";
import { goRuntimeEnv } from "../packages/tools/src/go-env.js";
import { testBinaries } from "../test/support/binaries.js";
import { withGeneratedRepo } from "./fixtures.js";
import { compare, duration, type Benchmark, type BenchResult } from "./harness.js";

const SERVICES = 60;

/** The blueprint's render-all: every overlay, cluster, environment and app folder, one after another. */
function sequentialLoop(repo: string, kubectl: string, helm: string, out: string): number {
  let n = 0;
  const write = (name: string, text: string) => {
    writeFileSync(join(out, name.replace(/\//g, "_") + ".yaml"), text);
    n++;
  };
  const kustomize = (dir: string) =>
    execFileSync(kubectl, ["kustomize", "--load-restrictor", "LoadRestrictionsRootOnly", dir], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
  for (const svc of readdirSync(join(repo, "apps")).sort()) {
    const overlays = join(repo, "apps", svc, "overlays");
    for (const env of readdirSync(overlays).sort()) {
      const dir = join(overlays, env);
      if (existsSync(join(dir, "kustomization.yaml"))) write(`${svc}-${env}`, kustomize(dir));
      else {
        const args = [
          "template",
          svc,
          join(repo, "apps", svc, "base"),
          "-f",
          join(dir, "values.yaml"),
          "--namespace",
          `${svc}-${env}`,
        ];
        write(`${svc}-${env}`, execFileSync(helm, args, { encoding: "utf8", maxBuffer: 1 << 28 }));
      }
    }
  }
  for (const root of ["clusters", "environments", "argo-apps"]) {
    for (const env of readdirSync(join(repo, root)).sort()) {
      const dir = join(repo, root, env);
      // A plain folder is what `cat *.yaml` would give.
      const text = existsSync(join(dir, "kustomization.yaml"))
        ? kustomize(dir)
        : readdirSync(dir)
            .filter((f) => f.endsWith(".yaml"))
            .sort()
            .map((f) => `---\n${readFileSync(join(dir, f), "utf8")}`)
            .join("");
      write(`${root}-${env}`, text);
    }
  }
  return n;
}

export const benchmark: Benchmark = {
  name: "render",
  description: `full and changed-only render of a ${SERVICES}-service repo`,
  run: ({ runs }) =>
    withGeneratedRepo({ services: SERVICES, seed: 3 }, async (repo): Promise<BenchResult> => {
      const bins = await testBinaries();
      const env = { PATH: `${bins.dir}:/usr/bin:/bin` };
      const scratch = mkdtempSync(join(tmpdir(), "gitops-bench-render-"));
      try {
        const full = () => render({ repo: repo.dir, env, outDir: join(scratch, "ours") });
        const loopOut = join(scratch, "loop");
        mkdirSync(loopOut, { recursive: true });
        const loop = () => sequentialLoop(repo.dir, bins.kubectl, bins.helm, loopOut);
        const first = await full();
        const failed = first.targets.filter((t) => t.status !== "ok");
        if (failed.length > 0) throw new Error(`render failed for ${failed.map((t) => t.id).join(", ")}`);
        const looped = loop();
        // Ratios on a shared machine: a busy one favours the parallel side, so say how busy it was.
        const loadBefore = loadavg()[0] ?? 0;
        const fullVsLoop = await compare(full, loop, Math.min(runs, 3));
        const loadAfter = loadavg()[0] ?? 0;

        // One service changes: bump its prod image tag and render only what changed.
        execFileSync("git", ["init", "--quiet", "--initial-branch=main"], { cwd: repo.dir });
        execFileSync("git", ["add", "--all"], { cwd: repo.dir });
        execFileSync(
          "git",
          ["-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "--quiet", "-m", "base"],
          { cwd: repo.dir },
        );
        const svc = repo.services.find((s) => s.kind === "kustomize")?.name ?? "";
        const k = join(repo.dir, "apps", svc, "overlays", "prod", "kustomization.yaml");
        writeFileSync(k, readFileSync(k, "utf8").replace(/newTag: "?([\d.]+)"?/, 'newTag: "99.0.0"'));
        const changed = () =>
          render({ repo: repo.dir, env, outDir: join(scratch, "changed"), changedSince: "HEAD" });
        const partial = await changed();
        const changedVsFull = await compare(changed, full, Math.min(runs, 3));
        return {
          lines: [
            duration("full render vs sequential kustomize/helm loop", fullVsLoop, 1.8),
            duration("one-service change: --changed-since vs full render", changedVsFull, 10),
          ],
          notes: [
            `${first.targets.length} targets, ${first.targets.reduce((n, t) => n + t.resources, 0)} resources; the loop rendered ${looped} folders`,
            `--changed-since rendered ${partial.rendered.length} target(s): ${partial.rendered.join(", ")}`,
            `concurrency: ${availableParallelism()} tool processes (one per CPU); 1-minute load average ${loadBefore.toFixed(1)} before the full-render runs, ${loadAfter.toFixed(1)} after`,
            `our kustomize and helm run with GOGC=${goRuntimeEnv(process.env).GOGC ?? "100 (Go's default)"}; the loop with the environment as it is`,
          ],
        };
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    }),
};
