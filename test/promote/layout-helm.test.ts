// Helm images and chart versions wherever an env sets them: kustomize helmCharts and Application valuesObject.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../packages/core/src/index.js";
import {
  checkRequest,
  planPromotion,
  workTree,
  type PromotionPlan,
} from "../../packages/promote/src/index.js";
import { cli } from "../support/cli.js";
import { tempRepo } from "./fixture.js";
import { fixtureRepo } from "./layout-fixtures.js";

async function plan(files: Record<string, string>, services: string[], from = "staging", to = "prod") {
  const dir = tempRepo(files);
  const layout = await loadModel(dir);
  const tree = workTree(dir);
  return planPromotion(layout, checkRequest(layout, from, to, services), tree, tree);
}

const fields = (p: PromotionPlan) => p.changes.map((c) => `${c.file} ${c.field}: ${c.from} -> ${c.to}`);

const helmCharts = (
  version: string,
  tag: string,
  replicas: number,
) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
helmCharts:
  - name: podinfo
    repo: https://stefanprodan.github.io/podinfo
    version: ${version}
    releaseName: podinfo
    valuesInline:
      replicaCount: ${replicas}
      image:
        tag: ${tag}
`;

describe("kustomize helmCharts", () => {
  it("promotes the chart version and valuesInline image.tag; replicaCount stays", async () => {
    const p = await plan(
      {
        "apps/podinfo/overlays/staging/kustomization.yaml": helmCharts("6.7.1", "6.7.1", 1),
        "apps/podinfo/overlays/prod/kustomization.yaml": helmCharts("6.5.0", "6.5.0", 3),
      },
      ["podinfo"],
    );
    expect(fields(p)).toEqual([
      "apps/podinfo/overlays/prod/kustomization.yaml helmCharts[podinfo].version: 6.5.0 -> 6.7.1",
      "apps/podinfo/overlays/prod/kustomization.yaml helmCharts[podinfo].valuesInline.image.tag: 6.5.0 -> 6.7.1",
    ]);
    expect(p.unplaced).toEqual([]);
  });

  it("is what gitops bump --chart-version sets", async () => {
    const dir = tempRepo({
      "apps/podinfo/overlays/staging/kustomization.yaml": helmCharts("6.7.1", "6.7.1", 1),
      "apps/podinfo/overlays/prod/kustomization.yaml": helmCharts("6.5.0", "6.5.0", 3),
    });
    const r = await cli("bump", "staging", "podinfo", "--chart-version", "6.8.0", "--json", "--repo", dir);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { changes: unknown[] }).changes).toEqual([
      expect.objectContaining({ field: "helmCharts[podinfo].version", from: "6.7.1", to: "6.8.0" }),
    ]);
  });
});

describe("Application helm.valuesObject", () => {
  const app = (env: string, tag: string, host: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: api-${env}
spec:
  project: default
  source:
    repoURL: https://charts.example.com
    chart: api
    targetRevision: 1.0.0
    helm:
      valuesObject:
        image:
          tag: "${tag}"
        ingress:
          host: ${host}
  destination:
    server: https://kubernetes.default.svc
    namespace: api-${env}
`;

  it("promotes image.tag inside valuesObject and leaves the host", async () => {
    const p = await plan(
      {
        "argo-apps/staging/api.yaml": app("staging", "2.1.0", "api.staging.example.com"),
        "argo-apps/prod/api.yaml": app("prod", "2.0.0", "api.example.com"),
      },
      ["api"],
    );
    expect(fields(p)).toEqual([
      "argo-apps/prod/api.yaml spec.source.helm.valuesObject.image.tag: 2.0.0 -> 2.1.0",
    ]);
    expect(p.files[0]?.after).toBe(app("prod", "2.1.0", "api.example.com"));
  });
});

describe("ApplicationSet git-files generator configs", () => {
  it("promotes image.tag in clusters/<env>/config.json, and leaves the cluster's address", async () => {
    const dir = fixtureRepo("applicationsets");
    for (const [env, tag] of [
      ["staging", "1.3.0"],
      ["prod", "1.2.0"],
    ] as const) {
      const path = join(dir, `clusters/${env}/config.json`);
      writeFileSync(
        path,
        readFileSync(path, "utf8").replace('"owner"', `"image": { "tag": "${tag}" },\n  "owner"`),
      );
    }
    const before = readFileSync(join(dir, "clusters/prod/config.json"), "utf8");
    const run = await cli("promote", "staging", "prod", "guestbook", "--json", "--repo", dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { changes: unknown[] }).changes).toEqual([
      {
        service: "guestbook",
        file: "clusters/prod/config.json",
        field: "image.tag",
        from: "1.2.0",
        to: "1.3.0",
      },
    ]);
    expect(readFileSync(join(dir, "clusters/prod/config.json"), "utf8")).toBe(
      before.replace('"tag": "1.2.0"', '"tag": "1.3.0"'),
    );
  });
});
