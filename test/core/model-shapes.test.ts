// Zero-config discovery on the shapes public GitOps repositories use (test/fixtures/repos/<shape>,
// each with a SOURCE.md naming the repository it follows). No .gitops.yaml anywhere: each line is
// `target env service kind <- Applications`, as `gitops targets` reports it.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModel } from "../../packages/core/src/index.js";
import type { RepoModel } from "../../packages/core/src/index.js";
import { toolEnv } from "../render/support.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/repos", import.meta.url));

/** A private copy of a fixture repo. */
function copy(shape: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-shape-")), shape);
  cpSync(join(FIXTURES, shape), dir, { recursive: true });
  return dir;
}

function lines(model: RepoModel): string[] {
  return model.targets.map((t) => {
    const apps = t.applications.map((a) => a.name).join(",");
    return `${t.id} ${t.env || "-"} ${t.service ?? "-"} ${t.kind}${apps ? ` <- ${apps}` : ""}`;
  });
}

const EXPECTED: Record<string, { targets: string[]; environments: string[] }> = {
  "env-base-single-app": {
    environments: ["dev", "staging", "prod"],
    targets: ["env/dev dev - kustomize", "env/prod prod - kustomize", "env/staging staging - kustomize"],
  },
  "envs-variants": {
    environments: ["qa", "staging", "prod-eu", "prod-us"],
    targets: [
      "envs/prod-eu prod-eu - kustomize",
      "envs/prod-us prod-us - kustomize",
      "envs/qa qa - kustomize",
      "envs/staging staging - kustomize",
    ],
  },
  "apps-envs-yml": {
    environments: ["qa", "staging", "prod"],
    targets: [
      "apps/invoices/envs/prod prod invoices kustomize <- invoices-prod",
      "apps/invoices/envs/qa qa invoices kustomize <- invoices-qa",
      "apps/invoices/envs/staging staging invoices kustomize <- invoices-staging",
      "apps/orders/envs/prod prod orders kustomize <- orders-prod",
      "apps/orders/envs/qa qa orders kustomize <- orders-qa",
      "apps/orders/envs/staging staging orders kustomize <- orders-staging",
      "apps/payments/envs/prod prod payments kustomize <- payments-prod",
      "apps/payments/envs/qa qa payments kustomize <- payments-qa",
    ],
  },
  "operator-catalog": {
    // Channels and variants under overlays/ are not environments: these are shared.
    environments: [],
    targets: [
      "openshift-gitops-operator/instance/overlays/default - openshift-gitops-operator kustomize",
      "openshift-gitops-operator/operator/overlays/gitops-1.16 - openshift-gitops-operator kustomize",
      "openshift-gitops-operator/operator/overlays/latest - openshift-gitops-operator kustomize",
      "web-terminal/instance/overlays/default - web-terminal kustomize",
      "web-terminal/operator/overlays/fast - web-terminal kustomize",
      "web-terminal/operator/overlays/stable - web-terminal kustomize",
    ],
  },
  "flux-style": {
    environments: ["staging", "production"],
    targets: [
      "apps/production production - kustomize",
      "apps/staging staging - kustomize",
      "clusters/production production - directory",
      "clusters/production/flux-system production - kustomize",
      "clusters/staging staging - directory",
      "clusters/staging/flux-system staging - kustomize",
      "infrastructure/configs - - kustomize",
      "infrastructure/controllers - - kustomize",
    ],
  },
  "apps-at-root": {
    // apps/ is an app-of-apps chart: rendered, and the Applications it creates followed.
    environments: [],
    targets: [
      "applications/_/helm-guestbook - helm-guestbook helm <- helm-guestbook",
      "apps - - helm",
      "guestbook - - directory <- guestbook",
      "kustomize-guestbook - - kustomize <- kustomize-guestbook",
    ],
  },
  "example-apps-dir": {
    environments: ["staging", "prod"],
    targets: [
      "applications/_/root-app - root-app directory <- root-app",
      "applications/prod/web-prod prod web helm <- web-prod",
      "applications/staging/web-staging staging web helm <- web-staging",
      "apps/api/overlays/prod prod api kustomize <- api-prod",
      "apps/api/overlays/staging staging api kustomize <- api-staging",
      "apps/worker/overlays/prod prod worker kustomize <- worker-prod",
      "apps/worker/overlays/staging staging worker kustomize <- worker-staging",
    ],
  },
  applicationsets: {
    environments: ["staging", "prod"],
    targets: [
      "addons/cert-manager/overlays/prod prod cert-manager kustomize <- cert-manager-prod",
      "addons/cert-manager/overlays/staging staging cert-manager kustomize <- cert-manager-staging",
      "addons/metrics-server/overlays/prod prod metrics-server kustomize <- metrics-server-prod",
      "addons/metrics-server/overlays/staging staging metrics-server kustomize <- metrics-server-staging",
      // One folder deployed as is by Applications of two envs: a target per env.
      "applications/prod/prod-guestbook prod guestbook directory <- prod-guestbook",
      "applications/staging/staging-guestbook staging guestbook directory <- staging-guestbook",
      "apps/podinfo/overlays/prod prod podinfo kustomize <- prod-podinfo",
      "apps/podinfo/overlays/staging staging podinfo kustomize <- staging-podinfo",
    ],
  },
};

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = await toolEnv();
});

describe("zero-config discovery on real repository shapes", () => {
  it.each(Object.keys(EXPECTED))("%s", async (shape) => {
    const model = await loadModel(copy(shape), { env });
    const expected = EXPECTED[shape];
    expect(lines(model)).toEqual(expected?.targets);
    expect(model.environments).toEqual(expected?.environments);
    expect(model.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("says why each target was found", async () => {
    const model = await loadModel(copy("apps-envs-yml"), { env });
    const t = model.targets.find((x) => x.id === "apps/orders/envs/staging");
    expect(t?.reasons).toEqual([
      "apps/orders/envs/staging: a kustomization that no other kustomization uses",
      'env "staging": the folder under apps/orders/envs/',
      'service "orders": the folder under apps/',
    ]);
    expect(t?.applications[0]).toMatchObject({ name: "orders-staging", applicationSet: "my-staging-appset" });
  });

  it("gives the Applications with file, line and the ApplicationSet that made them", async () => {
    const model = await loadModel(copy("applicationsets"), { env });
    const app = model.applications.find((a) => a.name === "prod-guestbook");
    expect(app).toMatchObject({
      file: "applicationsets/guestbook-git-files.yaml",
      applicationSet: "guestbook",
      targets: ["applications/prod/prod-guestbook"],
      destination: { server: "https://10.30.0.1:6443", namespace: "guestbook" },
    });
    // The git-files generator's config is an input: a change to it re-renders the target.
    expect([...model.graph("applications/prod/prod-guestbook").files]).toContain("clusters/prod/config.json");
  });
});
