// Path → env × service, from the repository model: a path counts for the targets whose input
// graph holds it, never by fixed folder names.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { attributionOf } from "../../packages/changelog/src/index.js";
import { loadModel } from "../../packages/core/src/index.js";
import { writeFiles } from "../support/git.js";

const NS = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;
const app = (name: string, path: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\nspec:\n  project: default\n  source:\n    repoURL: https://example.com/infra.git\n    path: ${path}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: web\n`;

async function attribution(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "gitops-attr-"));
  writeFiles(dir, files);
  const of = attributionOf(await loadModel(dir));
  return (path: string) => of(path).map((c) => `${c.env}/${c.service}`);
}

const blueprint = {
  "apps/web/base/kustomization.yaml": "resources: [deployment.yaml]\n",
  "apps/web/base/deployment.yaml": NS("web"),
  "apps/web/components/ingress/kustomization.yaml":
    "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [ingress.yaml]\n",
  "apps/web/components/ingress/ingress.yaml": NS("ingress"),
  "apps/web/overlays/staging/kustomization.yaml": "resources: [../../base]\n",
  "apps/web/overlays/prod/kustomization.yaml":
    "resources: [../../base]\ncomponents: [../../components/ingress]\n",
  "apps/web/overlays/prod/README.md": "secrets: none\n",
  "argo-apps/staging/web.yaml": app("web-staging", "apps/web/overlays/staging"),
  "clusters/prod/namespaces.yaml": NS("prod"),
  "policies/kustomization.yaml": "resources: [require-limits.yaml]\n",
  "policies/require-limits.yaml": NS("p"),
  "README.md": "hello\n",
};

describe("attributionOf", () => {
  it("gives a file to the env and service of each target that reads it", async () => {
    const of = await attribution(blueprint);
    expect(of("apps/web/overlays/prod/kustomization.yaml")).toEqual(["prod/web"]);
    expect(of("apps/web/base/deployment.yaml")).toEqual(["prod/web", "staging/web"]);
    // Only the prod overlay uses the component: the staging render cannot change.
    expect(of("apps/web/components/ingress/ingress.yaml")).toEqual(["prod/web"]);
  });

  it("gives platform folders to their env, an Application to what it deploys, shared targets to every env", async () => {
    const of = await attribution(blueprint);
    expect(of("clusters/prod/namespaces.yaml")).toEqual(["prod/platform"]);
    expect(of("argo-apps/staging/web.yaml")).toEqual(["staging/web", "staging/platform"]);
    expect(of("policies/require-limits.yaml")).toEqual(["staging/platform", "prod/platform"]);
  });

  it("ignores files no render reads", async () => {
    const of = await attribution(blueprint);
    expect(of("README.md")).toEqual([]);
    expect(of("apps/web/overlays/prod/README.md")).toEqual([]);
    expect(of("changelog/prod/CHANGELOG.md")).toEqual([]);
  });

  it("attributes an env folder of a real layout to that env and service only", async () => {
    const fixture = fileURLToPath(new URL("../fixtures/repos/apps-envs-yml", import.meta.url));
    const dir = join(mkdtempSync(join(tmpdir(), "gitops-attr-")), "repo");
    cpSync(fixture, dir, { recursive: true });
    const of = attributionOf(await loadModel(dir));
    expect(of("apps/orders/envs/staging/version.yml").map((c) => `${c.env}/${c.service}`)).toEqual([
      "staging/orders",
    ]);
  });
});
