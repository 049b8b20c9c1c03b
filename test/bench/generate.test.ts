import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRepo, type GenerateOptions, type GeneratedRepo } from "../../bench/generate.js";
import { loadModel } from "../../packages/core/src/model/load.js";
import { parseYaml } from "../../packages/core/src/yaml.js";
import { relativePath, yamlFiles } from "../../bench/fixtures.js";
import { testBinaries, type TestBinaries } from "../support/binaries.js";

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

function generate(opts: GenerateOptions): GeneratedRepo {
  return generateRepo(tempDir("gitops-gen-"), opts);
}

/** Every file of a generated repo, path → content. */
function snapshot(repo: GeneratedRepo): Map<string, string> {
  const out = new Map<string, string>();
  const walk = execFileSync("find", [".", "-type", "f"], { cwd: repo.dir, encoding: "utf8" });
  for (const path of walk.split("\n").filter(Boolean).sort())
    out.set(path, readFileSync(join(repo.dir, path), "utf8"));
  return out;
}

/** The `kind` of every document in a YAML stream, sorted. */
function kindsOf(text: string): string[] {
  return parseYaml(text, "rendered")
    .documents.map((d) => (d.value as { kind?: string } | null)?.kind)
    .filter((k): k is string => k !== undefined)
    .sort();
}

describe("generateRepo", () => {
  it("writes the same bytes for the same seed, and different ones for another seed", () => {
    const a = generate({ services: 12, seed: 42 });
    const b = generate({ services: 12, seed: 42 });
    const c = generate({ services: 12, seed: 43 });
    expect(snapshot(b)).toEqual(snapshot(a));
    expect([b.files, b.bytes]).toEqual([a.files, a.bytes]);
    expect(snapshot(c)).not.toEqual(snapshot(a));
  });

  it("makes the requested number of services with round(n × helmRatio) Helm charts", () => {
    const repo = generate({ services: 10, helmRatio: 0.3, seed: 5 });
    expect(repo.services).toHaveLength(10);
    expect(new Set(repo.services.map((s) => s.name)).size).toBe(10);
    expect(repo.services.filter((s) => s.kind === "helm")).toHaveLength(3);
    expect(generate({ services: 60 }).services.filter((s) => s.kind === "helm")).toHaveLength(18);
    expect(generate({ services: 4, helmRatio: 0 }).services.every((s) => s.kind === "kustomize")).toBe(true);
    expect(generate({ services: 4, helmRatio: 1 }).services.every((s) => s.kind === "helm")).toBe(true);
  });

  it("counts the files and bytes it wrote", () => {
    const repo = generate({ services: 3 });
    const files = snapshot(repo);
    expect(repo.files).toBe(files.size);
    expect(repo.bytes).toBe([...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0));
  });

  it("gives every service and platform folder the layout discovery expects; Helm values folders are not targets", async () => {
    const environments = ["dev", "staging", "prod"];
    const repo = generate({ services: 8, helmRatio: 0.5, environments, seed: 3 });
    const layout = await loadModel(repo.dir);
    const expected = environments.flatMap((env) => [
      ...repo.services
        .filter((s) => s.kind === "kustomize")
        .map((s) => ({ id: `apps/${s.name}/overlays/${env}`, env, service: s.name, kind: "kustomize" })),
      // Helm services render through their Application, with the overlay's values.
      ...repo.services
        .filter((s) => s.kind === "helm")
        .map((s) => ({ id: `applications/${env}/${s.name}-${env}`, env, service: s.name, kind: "helm" })),
      { id: `argo-apps/${env}`, env, service: undefined, kind: "directory" },
      { id: `clusters/${env}`, env, service: undefined, kind: "kustomize" },
      { id: `environments/${env}`, env, service: undefined, kind: "kustomize" },
    ]);
    const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
    expect(layout.targets.map(({ id, env, service, kind }) => ({ id, env, service, kind }))).toEqual(
      expected.sort(byId),
    );
    const helmOverlays = repo.services.filter((s) => s.kind === "helm").flatMap((s) => s.overlays);
    const ids = layout.targets.map((t) => t.id);
    for (const folder of helmOverlays) expect(ids).not.toContain(folder);
    expect(layout.environments).toEqual(environments);
    expect(layout.findings).toEqual([]);
  });

  it("writes only YAML that our strict loader accepts", () => {
    const repo = generate({ services: 6, resourcesPerService: 12 });
    for (const file of yamlFiles(repo.dir)) {
      expect(() => parseYaml(readFileSync(file, "utf8"), relativePath(repo.dir, file))).not.toThrow();
    }
  });
});

describe("generated repos render with the real kustomize and helm", () => {
  let bin: TestBinaries;
  beforeAll(async () => {
    bin = await testBinaries();
  });

  const cases: [string, GenerateOptions][] = [
    ["defaults", { services: 4, helmRatio: 0.5 }],
    [
      "every base kind, three envs",
      {
        services: 4,
        helmRatio: 0.5,
        resourcesPerService: 12,
        environments: ["dev", "staging", "prod"],
        seed: 9,
      },
    ],
  ];

  it.each(cases)("%s", (_name, opts) => {
    const repo = generate(opts);
    const helmHome = tempDir("gitops-helm-");
    const run = (cmd: string, args: string[]) =>
      execFileSync(cmd, args, {
        cwd: repo.dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        // Helm must not read or write the user's config and cache.
        env: {
          ...process.env,
          HELM_CACHE_HOME: helmHome,
          HELM_CONFIG_HOME: helmHome,
          HELM_DATA_HOME: helmHome,
        },
      });
    const kustomize = (dir: string) =>
      run(bin.kubectl, ["kustomize", "--load-restrictor", "LoadRestrictionsRootOnly", dir]);
    const environments = opts.environments ?? ["staging", "prod"];

    for (const svc of repo.services) {
      for (const [i, overlay] of svc.overlays.entries()) {
        const env = environments[i]!;
        const out =
          svc.kind === "kustomize"
            ? kustomize(overlay)
            : run(bin.helm, ["template", svc.name, `apps/${svc.name}/base`, "-f", `${overlay}/values.yaml`]);
        expect(kindsOf(out), overlay).toEqual(svc.kinds);
        expect(out).toContain(`key: platform/${svc.name}/${env}`);
        if (svc.kind === "kustomize") expect(out).toContain(`namespace: ${svc.name}-${env}`);
      }
    }
    const n = repo.services.length;
    for (const env of environments) {
      expect(kindsOf(kustomize(`clusters/${env}`))).toEqual([
        "ClusterSecretStore",
        ...Array<string>(n).fill("Namespace"),
      ]);
      expect(kindsOf(kustomize(`environments/${env}`))).toEqual([
        ...Array<string>(n).fill("NetworkPolicy"),
        ...Array<string>(n).fill("ResourceQuota"),
      ]);
    }
  });

  it("points every Argo CD Application at a folder and values files that exist", () => {
    const repo = generate({ services: 6, environments: ["staging", "prod"] });
    for (const file of yamlFiles(join(repo.dir, "argo-apps"))) {
      const app = parseYaml(readFileSync(file, "utf8"), file).documents[0]?.value as {
        kind: string;
        spec: { source: { path: string; helm?: { valueFiles: string[] } } };
      };
      expect(app.kind).toBe("Application");
      const path = app.spec.source.path;
      expect(existsSync(join(repo.dir, path)), path).toBe(true);
      for (const values of app.spec.source.helm?.valueFiles ?? []) {
        expect(existsSync(join(repo.dir, posix.join(path, values))), values).toBe(true);
      }
    }
    expect(yamlFiles(join(repo.dir, "argo-apps"))).toHaveLength(2 * (6 + 2));
  });
});
