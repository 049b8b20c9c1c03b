import { mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLayout } from "../../packages/core/src/layout.js";
import { buildPlan } from "../../packages/core/src/plan.js";
import { writeFiles } from "../support/git.js";

const KUSTOMIZATION = "resources: []\n";
const NAMESPACE = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n";

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-layout-"));
  writeFiles(dir, files);
  return dir;
}

const standard = {
  "apps/cms/overlays/staging/kustomization.yaml": KUSTOMIZATION,
  "apps/cms/overlays/prod/kustomization.yaml": KUSTOMIZATION,
  "apps/cms/base/kustomization.yaml": KUSTOMIZATION,
  "apps/queue/base/Chart.yaml": "apiVersion: v2\nname: queue\nversion: 1.0.0\n",
  "apps/queue/overlays/prod/values.yaml": "replicaCount: 3\nimage:\n  tag: 1.2.3\n",
  "apps/chart/overlays/prod/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
  "clusters/prod/namespaces.yaml": NAMESPACE,
  "clusters/staging/README.md": "nothing to render\n",
  "environments/staging/kustomization.yml": KUSTOMIZATION,
  "argo-apps/prod/app.json": '{"apiVersion": "argoproj.io/v1alpha1", "kind": "Application"}',
};

describe("loadLayout", () => {
  it("discovers targets under the default roots with env, service and kind", () => {
    const layout = loadLayout(fixture(standard));
    expect(layout.environments).toEqual(["staging", "prod"]);
    expect(layout.targets.map(({ id, env, service, kind }) => ({ id, env, service, kind }))).toEqual([
      { id: "apps/chart/overlays/prod", env: "prod", service: "chart", kind: "helm" },
      { id: "apps/cms/overlays/prod", env: "prod", service: "cms", kind: "kustomize" },
      { id: "apps/cms/overlays/staging", env: "staging", service: "cms", kind: "kustomize" },
      { id: "argo-apps/prod", env: "prod", service: undefined, kind: "directory" },
      { id: "clusters/prod", env: "prod", service: undefined, kind: "directory" },
      { id: "environments/staging", env: "staging", service: undefined, kind: "kustomize" },
    ]);
    expect(layout.findings).toEqual([]);
  });

  it("treats a folder of Helm values alone as an input, not a target", () => {
    const layout = loadLayout(fixture(standard));
    expect(layout.skipped.map((s) => s.id)).toEqual(["apps/queue/overlays/prod", "clusters/staging"]);
    expect(layout.targets.some((t) => t.id === "apps/queue/overlays/prod")).toBe(false);
  });

  it("warns about an env that is not configured, naming the config key", () => {
    const layout = loadLayout(fixture({ "apps/web/overlays/dev/kustomization.yaml": KUSTOMIZATION }));
    expect(layout.targets.map((t) => t.env)).toEqual(["dev"]);
    expect(layout.findings).toHaveLength(1);
    expect(layout.findings[0]).toMatchObject({
      rule: "unknown-env",
      severity: "warning",
      target: "apps/web/overlays/dev",
    });
    expect(layout.findings[0]?.message).toContain('"environments" in .gitops.yaml');
  });

  it("follows roots and excludes from .gitops.yaml", () => {
    const dir = fixture({
      ".gitops.yaml":
        "environments: [dev, prod]\ntargets:\n  roots: ['services/{service}/{env}', 'platform/*/{env}']\n  exclude: ['platform/legacy/**']\n",
      "services/api/dev/kustomization.yaml": KUSTOMIZATION,
      "services/api/prod/kustomization.yaml": KUSTOMIZATION,
      "platform/net/prod/np.yaml": NAMESPACE,
      "platform/legacy/prod/np.yaml": NAMESPACE,
      "apps/cms/overlays/prod/kustomization.yaml": KUSTOMIZATION,
    });
    const layout = loadLayout(dir);
    expect(layout.targets.map((t) => `${t.id}@${t.env}:${t.service ?? ""}`)).toEqual([
      "platform/net/prod@prod:",
      "services/api/dev@dev:api",
      "services/api/prod@prod:api",
    ]);
  });

  it("skips names that are not plain ids where {env} or {service} stand", () => {
    const layout = loadLayout(fixture({ "apps/Bad Name/overlays/prod/kustomization.yaml": KUSTOMIZATION }));
    expect(layout.targets).toEqual([]);
  });

  it("ignores symlinked folders that point outside the repo and survives loops", () => {
    const outside = fixture({ "prod/kustomization.yaml": KUSTOMIZATION });
    const dir = fixture({ "clusters/staging/ns.yaml": NAMESPACE });
    symlinkSync(join(outside, "prod"), join(dir, "clusters", "prod"));
    mkdirSync(join(dir, "apps", "loop", "overlays"), { recursive: true });
    symlinkSync(join(dir, "apps", "loop", "overlays"), join(dir, "apps", "loop", "overlays", "prod"));
    const layout = loadLayout(dir);
    expect(layout.targets.map((t) => t.id)).toEqual(["clusters/staging"]);
  });

  it.each([
    ["/abs/{env}", "must be relative to the repository"],
    ["../up/{env}", 'must not contain ".."'],
    ["apps/**/{env}", 'must not use "**"'],
    ["apps/{service}", "must contain the {env} segment"],
    ["apps/{team}/{env}", 'has an unknown placeholder in "{team}"'],
  ])("rejects the root %s", (root, why) => {
    const dir = fixture({ ".gitops.yaml": `targets:\n  roots: ["${root}"]\n` });
    expect(() => loadLayout(dir)).toThrow(`.gitops.yaml: targets.roots entry "${root}" ${why}`);
  });

  it("names a repository folder that does not exist", () => {
    expect(() => loadLayout("/nonexistent/repo")).toThrow(
      "repository folder /nonexistent/repo does not exist",
    );
  });
});

describe("buildPlan", () => {
  const layout = loadLayout(fixture(standard));

  it("deals targets round-robin into shards that cover each target once", () => {
    const plan = buildPlan(layout, { shards: 4 });
    expect(plan.shards).toHaveLength(4);
    expect(plan.shards.flat().sort()).toEqual(layout.targets.map((t) => t.id).sort());
    expect(plan.matrix.include.map((m) => [m.shard, m.of, m.targets.length])).toEqual([
      [1, 4, 2],
      [2, 4, 2],
      [3, 4, 1],
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
      'unknown service "nope"; known: chart, cms',
    );
  });

  it("rejects a shard count out of range", () => {
    expect(() => buildPlan(layout, { shards: 0 })).toThrow(
      "shard count must be an integer from 1 to 256, got 0",
    );
  });
});
