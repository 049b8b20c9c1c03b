import { mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModel } from "../../packages/core/src/model/load.js";
import type { RepoModel } from "../../packages/core/src/model/types.js";
import { buildPlan } from "../../packages/core/src/plan.js";
import { writeFiles } from "../support/git.js";

const KUSTOMIZATION = "resources: []\n";
const NAMESPACE = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n";

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-layout-"));
  writeFiles(dir, files);
  return dir;
}

const OVERLAY = "resources: [../../base]\n";

const standard = {
  "apps/cms/overlays/staging/kustomization.yaml": OVERLAY,
  "apps/cms/overlays/prod/kustomization.yaml": OVERLAY,
  "apps/cms/base/kustomization.yaml": KUSTOMIZATION,
  "apps/queue/base/Chart.yaml": "apiVersion: v2\nname: queue\nversion: 1.0.0\n",
  "apps/queue/overlays/prod/values.yaml": "replicaCount: 3\nimage:\n  tag: 1.2.3\n",
  "apps/reports/overlays/prod/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
  "clusters/prod/namespaces.yaml": NAMESPACE,
  "clusters/staging/README.md": "nothing to render\n",
  "environments/staging/kustomization.yml": KUSTOMIZATION,
  "argo-apps/prod/app.json": '{"apiVersion": "argoproj.io/v1alpha1", "kind": "Application"}',
};

const view = (m: RepoModel) => m.targets.map(({ id, env, service, kind }) => ({ id, env, service, kind }));

describe("loadModel with no config", () => {
  it("finds the deployable leaves with env, service and kind", async () => {
    const layout = await loadModel(fixture(standard));
    expect(layout.environments).toEqual(["staging", "prod"]);
    expect(layout.environmentsConfigured).toBe(false);
    expect(view(layout)).toEqual([
      { id: "apps/cms/overlays/prod", env: "prod", service: "cms", kind: "kustomize" },
      { id: "apps/cms/overlays/staging", env: "staging", service: "cms", kind: "kustomize" },
      { id: "apps/queue/base", env: "", service: "queue", kind: "helm" },
      { id: "apps/reports/overlays/prod", env: "prod", service: "reports", kind: "helm" },
      { id: "argo-apps/prod", env: "prod", service: undefined, kind: "directory" },
      { id: "clusters/prod", env: "prod", service: undefined, kind: "directory" },
      { id: "environments/staging", env: "staging", service: undefined, kind: "kustomize" },
    ]);
    expect(layout.findings).toEqual([]);
  });

  it("treats a folder of Helm values alone as an input, and a used base as part of its overlays", async () => {
    const layout = await loadModel(fixture(standard));
    const ids = layout.targets.map((t) => t.id);
    expect(ids).not.toContain("apps/queue/overlays/prod");
    expect(ids).not.toContain("apps/cms/base");
    expect(ids).not.toContain("clusters/staging");
  });

  it("never reads render/ or an output folder as input", async () => {
    const dir = fixture({
      ...standard,
      "render/apps/cms/overlays/prod.yaml": NAMESPACE,
      "render/prod/kustomization.yaml": KUSTOMIZATION,
      "out/prod/ns.yaml": NAMESPACE,
    });
    const layout = await loadModel(dir, { outDir: join(dir, "out") });
    expect(layout.targets.filter((t) => t.id.startsWith("render") || t.id.startsWith("out"))).toEqual([]);
    expect(layout.outputDirs).toEqual(["render", "out"]);
  });

  it("orders found environments by promotion order, not by name", async () => {
    const layout = await loadModel(
      fixture({
        "envs/prod-eu/ns.yaml": NAMESPACE,
        "envs/qa/ns.yaml": NAMESPACE,
        "envs/staging/ns.yaml": NAMESPACE,
        "envs/prod-us/ns.yaml": NAMESPACE,
      }),
    );
    expect(layout.environments).toEqual(["qa", "staging", "prod-eu", "prod-us"]);
  });

  it("warns once per env that is not configured, naming the config key", async () => {
    const layout = await loadModel(
      fixture({
        ".gitops.yaml": "environments: [staging, prod]\n",
        "apps/web/overlays/dev/kustomization.yaml": KUSTOMIZATION,
        "apps/api/overlays/dev/kustomization.yaml": KUSTOMIZATION,
      }),
    );
    expect(layout.targets.map((t) => t.env)).toEqual(["dev", "dev"]);
    expect(layout.findings).toHaveLength(1);
    expect(layout.findings[0]).toMatchObject({ rule: "unknown-env", severity: "warning" });
    expect(layout.findings[0]?.message).toContain('"environments" in .gitops.yaml');
    expect(layout.findings[0]?.message).toContain("2 target(s)");
  });

  it("follows roots and excludes from .gitops.yaml", async () => {
    const dir = fixture({
      ".gitops.yaml":
        "environments: [dev, prod]\ntargets:\n  roots: ['services/{service}/{env}', 'platform/*/{env}']\n  exclude: ['platform/legacy/**']\n",
      "services/api/dev/kustomization.yaml": KUSTOMIZATION,
      "services/api/prod/kustomization.yaml": KUSTOMIZATION,
      "platform/net/prod/np.yaml": NAMESPACE,
      "platform/legacy/prod/np.yaml": NAMESPACE,
      "apps/cms/overlays/prod/kustomization.yaml": KUSTOMIZATION,
    });
    const layout = await loadModel(dir);
    expect(layout.targets.map((t) => `${t.id}@${t.env}:${t.service ?? ""}`)).toEqual([
      "platform/net/prod@prod:",
      "services/api/dev@dev:api",
      "services/api/prod@prod:api",
    ]);
  });

  it("skips names that are not plain ids where {env} or {service} stand", async () => {
    const layout = await loadModel(
      fixture({
        ".gitops.yaml": "targets:\n  roots: ['apps/{service}/overlays/{env}']\n",
        "apps/Bad Name/overlays/prod/kustomization.yaml": KUSTOMIZATION,
      }),
    );
    expect(layout.targets).toEqual([]);
  });

  it("gives a root without {env} shared targets", async () => {
    const layout = await loadModel(
      fixture({
        ".gitops.yaml": "targets:\n  roots: ['infrastructure/*', 'apps/{service}/overlays/{env}']\n",
        "infrastructure/controllers/kustomization.yaml": KUSTOMIZATION,
        "apps/web/overlays/prod/kustomization.yaml": KUSTOMIZATION,
      }),
    );
    expect(view(layout)).toEqual([
      { id: "apps/web/overlays/prod", env: "prod", service: "web", kind: "kustomize" },
      { id: "infrastructure/controllers", env: "", service: undefined, kind: "kustomize" },
    ]);
  });

  it("ignores symlinked folders that point outside the repo and survives loops", async () => {
    const outside = fixture({ "prod/kustomization.yaml": KUSTOMIZATION });
    const dir = fixture({ "clusters/staging/ns.yaml": NAMESPACE });
    symlinkSync(join(outside, "prod"), join(dir, "clusters", "prod"));
    mkdirSync(join(dir, "apps", "loop", "overlays"), { recursive: true });
    symlinkSync(join(dir, "apps", "loop", "overlays"), join(dir, "apps", "loop", "overlays", "prod"));
    const layout = await loadModel(dir);
    expect(layout.targets.map((t) => t.id)).toEqual(["clusters/staging"]);
  });

  it.each([
    ["/abs/{env}", "must be relative to the repository"],
    ["../up/{env}", 'must not contain ".."'],
    ["apps/**/{env}", 'must not use "**"'],
    ["apps/{team}/{env}", 'has an unknown placeholder in "{team}"'],
  ])("rejects the root %s", async (root, why) => {
    const dir = fixture({ ".gitops.yaml": `targets:\n  roots: ["${root}"]\n` });
    await expect(loadModel(dir)).rejects.toThrow(`.gitops.yaml: targets.roots entry "${root}" ${why}`);
  });

  it("names a repository folder that does not exist", async () => {
    await expect(loadModel("/nonexistent/repo")).rejects.toThrow(
      "repository folder /nonexistent/repo does not exist",
    );
  });
});

describe("buildPlan", () => {
  let layout: RepoModel;
  beforeAll(async () => {
    layout = await loadModel(fixture(standard));
  });

  it("deals targets round-robin into shards that cover each target once", () => {
    const plan = buildPlan(layout, { shards: 4 });
    expect(plan.shards).toHaveLength(4);
    expect(plan.shards.flat().sort()).toEqual(layout.targets.map((t) => t.id).sort());
    expect(plan.matrix.include.map((m) => [m.shard, m.of, m.targets.length])).toEqual([
      [1, 4, 2],
      [2, 4, 2],
      [3, 4, 2],
      [4, 4, 1],
    ]);
  });

  it("never makes empty shards", () => {
    expect(buildPlan(layout, { shards: 50 }).shards).toHaveLength(layout.targets.length);
  });

  it("filters by env and service and rejects unknown names", () => {
    expect(buildPlan(layout, { shards: 1, environments: ["staging"], services: ["cms"] }).shards).toEqual([
      ["apps/cms/overlays/staging"],
    ]);
    expect(() => buildPlan(layout, { shards: 1, environments: ["qa"] })).toThrow(
      'unknown environment "qa"; known: staging, prod',
    );
    expect(() => buildPlan(layout, { shards: 1, services: ["nope"] })).toThrow(
      'unknown service "nope"; known: cms, queue, reports',
    );
  });

  it("rejects a shard count out of range", () => {
    expect(() => buildPlan(layout, { shards: 0 })).toThrow(
      "shard count must be an integer from 1 to 256, got 0",
    );
  });
});
