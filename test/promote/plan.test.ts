// What moves and what stays: promotable fields from the source overlay into the target's files.
import { describe, expect, it } from "vitest";
import { loadModel } from "../../packages/core/src/index.js";
import {
  checkRequest,
  planPromotion,
  workTree,
  type PromotionPlan,
} from "../../packages/promote/src/index.js";
import { exampleFiles, helmApplication, kustomizeService, tempRepo } from "./fixture.js";

async function plan(files: Record<string, string>, services: string[], from = "staging", to = "prod") {
  const dir = tempRepo(files);
  const layout = await loadModel(dir);
  const tree = workTree(dir);
  return planPromotion(layout, checkRequest(layout, from, to, services), tree, tree);
}

const fields = (p: PromotionPlan) =>
  p.changes.map((c) => `${c.service} ${c.file} ${c.field}: ${c.from} -> ${c.to}`);

/** Lines that differ, per file; files keep their line count when only scalars change. */
function changedLines(p: PromotionPlan): string[] {
  return p.files.flatMap((f) => {
    const a = f.before.split("\n");
    const b = f.after.split("\n");
    expect(b.length, f.path).toBe(a.length);
    return a.flatMap((line, i) =>
      line === b[i] ? [] : [`${f.path}:${i + 1}: ${line.trim()} => ${(b[i] ?? "").trim()}`],
    );
  });
}

describe("planPromotion on the example repo", () => {
  it("promotes cms and web image tags and queue's Helm image.tag, and nothing else", async () => {
    const p = await plan(exampleFiles(), ["cms", "web", "queue"]);
    expect(fields(p)).toEqual([
      "cms apps/cms/overlays/prod/kustomization.yaml images[ghcr.io/example-org/cms].newTag: 1.14.2 -> 1.15.0",
      "queue apps/queue/overlays/prod/values.yaml image.tag: 0.9.1 -> 0.9.3",
      "web apps/web/overlays/prod/kustomization.yaml images[ghcr.io/example-org/web].newTag: 2.7.4 -> 2.8.1",
    ]);
    expect(changedLines(p)).toEqual([
      "apps/cms/overlays/prod/kustomization.yaml:17: newTag: 1.14.2 => newTag: 1.15.0",
      'apps/queue/overlays/prod/values.yaml:8: tag: "0.9.1" => tag: "0.9.3"',
      "apps/web/overlays/prod/kustomization.yaml:21: newTag: 2.7.4 => newTag: 2.8.1",
    ]);
    expect(p.changes.map((c) => c.line)).toEqual([17, 8, 21]);
  });

  it("finds queue's values through the Application's valueFiles, not by guessing", async () => {
    const p = await plan(exampleFiles(), ["queue"]);
    const queue = p.services[0];
    expect(queue?.source.values).toBe("apps/queue/overlays/staging/values.yaml");
    expect(queue?.target.values).toBe("apps/queue/overlays/prod/values.yaml");
    expect(queue?.target.apps.map((a) => a.file)).toEqual(["argo-apps/prod/queue.yaml"]);
  });

  it("has nothing left to promote once the plan is applied", async () => {
    const files = exampleFiles();
    const first = await plan(files, ["cms", "web", "queue"]);
    for (const f of first.files) files[f.path] = f.after;
    const second = await plan(files, ["cms", "web", "queue"]);
    expect(second.changes).toEqual([]);
    expect(second.files).toEqual([]);
  });
});

describe("kustomize images", () => {
  it("moves newName, newTag and digest, matching entries by name, and removes what the source dropped", async () => {
    const p = await plan(
      kustomizeService(
        "api",
        `images:
  - name: api
    newName: ghcr.io/org/api-v2
    newTag: "2.0.0"
  - name: redis
    newTag: 7.2.4
`,
        `images:
  - name: redis
    newTag: 7.2.1
    digest: sha256:pinned
  - name: api
    newTag: "1.9.0"
replicas:
  - name: api
    count: 5
`,
      ),
      ["api"],
    );
    expect(fields(p)).toEqual([
      "api apps/api/overlays/prod/kustomization.yaml images[api].newName: null -> ghcr.io/org/api-v2",
      "api apps/api/overlays/prod/kustomization.yaml images[api].newTag: 1.9.0 -> 2.0.0",
      "api apps/api/overlays/prod/kustomization.yaml images[redis].newTag: 7.2.1 -> 7.2.4",
      "api apps/api/overlays/prod/kustomization.yaml images[redis].digest: sha256:pinned -> null",
    ]);
    expect(p.files[0]?.after).toBe(`images:
  - name: redis
    newTag: 7.2.4
  - name: api
    newName: ghcr.io/org/api-v2
    newTag: "2.0.0"
replicas:
  - name: api
    count: 5
`);
  });

  it("adds the images list to a target overlay that has none", async () => {
    const p = await plan(
      kustomizeService("api", "images:\n  - name: api\n    newTag: 1.2.0\n", "resources:\n  - ../../base\n"),
      ["api"],
    );
    expect(p.files[0]?.after).toBe("resources:\n  - ../../base\nimages:\n  - name: api\n    newTag: 1.2.0\n");
  });

  it("copies only the fields .gitops.yaml allows for the service", async () => {
    const p = await plan(
      {
        ".gitops.yaml": "promote:\n  services:\n    api:\n      images: [newTag]\n",
        ...kustomizeService(
          "api",
          "images:\n  - name: api\n    newName: other\n    newTag: 2.0.0\n    digest: sha256:a\n",
          "images:\n  - name: api\n    newTag: 1.0.0\n",
        ),
      },
      ["api"],
    );
    expect(fields(p)).toEqual([
      "api apps/api/overlays/prod/kustomization.yaml images[api].newTag: 1.0.0 -> 2.0.0",
    ]);
  });
});

describe("Helm values and chart versions", () => {
  const chart = "apiVersion: v2\nname: queue\nversion: 0.1.0\n";

  it("promotes image.tag, image.digest and configured paths in the Application's env values file", async () => {
    const p = await plan(
      {
        ".gitops.yaml": "promote:\n  services:\n    queue:\n      extraValues: [worker.image.tag]\n",
        "apps/queue/base/Chart.yaml": chart,
        "apps/queue/overlays/staging/values-staging.yaml":
          'image:\n  tag: "0.9.3"\n  digest: sha256:new\nworker:\n  image:\n    tag: w-2\nreplicaCount: 1\n',
        "apps/queue/overlays/prod/values-prod.yaml": 'replicaCount: 4\nimage:\n  tag: "0.9.1"\n',
        "argo-apps/staging/queue.yaml": helmApplication("queue", "staging", [
          "../overlays/staging/values-staging.yaml",
        ]),
        "argo-apps/prod/queue.yaml": helmApplication("queue", "prod", ["../overlays/prod/values-prod.yaml"]),
      },
      ["queue"],
    );
    expect(fields(p)).toEqual([
      "queue apps/queue/overlays/prod/values-prod.yaml image.tag: 0.9.1 -> 0.9.3",
      "queue apps/queue/overlays/prod/values-prod.yaml image.digest: null -> sha256:new",
      "queue apps/queue/overlays/prod/values-prod.yaml worker.image.tag: null -> w-2",
    ]);
    expect(p.files[0]?.after).toBe(
      'replicaCount: 4\nimage:\n  tag: "0.9.3"\n  digest: sha256:new\nworker:\n  image:\n    tag: w-2\n',
    );
  });

  it("falls back to values.yaml in the overlay folder when no Application names a values file", async () => {
    const p = await plan(
      {
        "apps/svc/overlays/staging/Chart.yaml": chart,
        "apps/svc/overlays/staging/values.yaml": "image:\n  tag: b\n",
        "apps/svc/overlays/prod/Chart.yaml": chart,
        "apps/svc/overlays/prod/values.yaml": "image:\n  tag: a\n",
      },
      ["svc"],
    );
    expect(fields(p)).toEqual(["svc apps/svc/overlays/prod/values.yaml image.tag: a -> b"]);
  });

  it("promotes Chart.yaml dependency versions the target also has, and no other dependency", async () => {
    const deps = (redis: string, extra = "") =>
      `apiVersion: v2\nname: svc\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: ${redis}\n    repository: https://charts.example.com\n${extra}`;
    const p = await plan(
      {
        "apps/svc/overlays/staging/Chart.yaml": deps("18.2.0", "  - name: debug-tools\n    version: 0.1.0\n"),
        "apps/svc/overlays/prod/Chart.yaml": deps("18.1.0"),
      },
      ["svc"],
    );
    expect(fields(p)).toEqual([
      "svc apps/svc/overlays/prod/Chart.yaml dependencies[redis].version: 18.1.0 -> 18.2.0",
    ]);
  });

  it("promotes the chart version of the service's chart-repo Application and leaves other Applications alone", async () => {
    const app = (env: string, version: string, cache: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: redis-${env}
spec:
  sources:
    - repoURL: https://charts.bitnami.com/bitnami
      chart: redis
      targetRevision: ${version}
      helm:
        valueFiles:
          - $values/apps/redis/overlays/${env}/values.yaml
    - repoURL: https://github.com/acme/infra-gitops.git
      targetRevision: main
      ref: values
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: cache-${env}
spec:
  source:
    repoURL: https://charts.example.com
    chart: memcached
    targetRevision: ${cache}
    helm:
      valueFiles:
        - $values/apps/redis/overlays/${env}/values.yaml
`;
    const p = await plan(
      {
        "apps/redis/overlays/staging/values.yaml": "architecture: standalone\n",
        "apps/redis/overlays/prod/values.yaml": "architecture: replication\n",
        "argo-apps/staging/redis.yaml": app("staging", "18.2.0", "7.0.1"),
        "argo-apps/prod/redis.yaml": app("prod", "18.1.0", "7.0.0"),
      },
      ["redis"],
    );
    expect(fields(p)).toEqual([
      "redis argo-apps/prod/redis.yaml spec.sources[redis].targetRevision: 18.1.0 -> 18.2.0",
    ]);
  });

  it("does not promote chart versions when the service turns them off", async () => {
    const p = await plan(
      {
        ".gitops.yaml": "promote:\n  services:\n    svc:\n      chart: false\n",
        "apps/svc/overlays/staging/Chart.yaml":
          "apiVersion: v2\nname: s\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 2.0.0\n",
        "apps/svc/overlays/prod/Chart.yaml":
          "apiVersion: v2\nname: s\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n",
      },
      ["svc"],
    );
    expect(p.changes).toEqual([]);
  });
});
