// Applications render the way Argo CD's repo-server renders them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { render, type RenderReport } from "../../packages/render/src/index.js";
import { writeFiles } from "../support/git.js";
import { objects, readOutput, toolEnv } from "./support.js";

const REPO_URL = "https://github.com/acme/infra.git";

function app(name: string, env: string, spec: string): string {
  return `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n  namespace: argocd\nspec:\n  project: ${env}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: ${name}\n${spec}`;
}

const CHART = {
  "charts/api/Chart.yaml": "apiVersion: v2\nname: api\nversion: 1.0.0\n",
  "charts/api/values.yaml": "a: chart\nb: chart\nc: chart\nd: chart\nport: 80\n",
  "charts/api/templates/cm.yaml":
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-values\n  namespace: {{ .Release.Namespace }}\ndata:\n  a: {{ .Values.a | quote }}\n  b: {{ .Values.b | quote }}\n  c: {{ .Values.c | quote }}\n  d: {{ .Values.d | quote }}\n  port: {{ .Values.port | quote }}\n  portType: {{ kindOf .Values.port | quote }}\n",
};

let repo: string;
let report: RenderReport;

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), "gitops-argo-"));
  writeFiles(repo, {
    ".gitops.yaml": `render:\n  repoURLs: ["${REPO_URL}"]\n`,
    ...CHART,
    "envs/prod/api.yaml": "a: file\nb: file\nc: file\n",
    "apps/web/base/kustomization.yaml": "resources: [deploy.yaml]\n",
    "apps/web/base/deploy.yaml":
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:1.0.0\n",
    "manifests/plain/a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n",
    "manifests/plain/skip.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: skip\n",
    "manifests/plain/nested/b.yml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n",
    "manifests/plain/notes.txt": "not a manifest\n",
    "argo-apps/prod/helm.yaml": app(
      "api-prod",
      "prod",
      `  source:\n    repoURL: ${REPO_URL}\n    path: charts/api\n    targetRevision: main\n    helm:\n      releaseName: api\n      valueFiles: [../../envs/prod/api.yaml]\n      values: |\n        b: values\n        c: values\n      valuesObject:\n        c: object\n      parameters:\n        - name: d\n          value: param\n        - name: port\n          value: "8080"\n          forceString: true\n`,
    ),
    "argo-apps/prod/kustomize.yaml": app(
      "web-prod",
      "prod",
      `  source:\n    repoURL: git@github.com:acme/infra\n    path: apps/web/base\n    kustomize:\n      images: ["ghcr.io/acme/web=ghcr.io/acme/web-next:2.0.0"]\n      namePrefix: prod-\n      commonLabels: {env: prod}\n      namespace: web-prod\n      patches:\n        - target: {kind: Deployment}\n          patch: |-\n            - op: replace\n              path: /spec/replicas\n              value: 3\n`,
    ),
    "argo-apps/prod/dir.yaml": app(
      "plain-prod",
      "prod",
      `  source:\n    repoURL: ${REPO_URL}\n    path: manifests/plain\n    directory:\n      recurse: true\n      exclude: "skip.yaml"\n`,
    ),
    "argo-apps/prod/multi.yaml": app(
      "multi-prod",
      "prod",
      `  sources:\n    - repoURL: ${REPO_URL}\n      path: charts/api\n      helm:\n        valueFiles: [$values/envs/prod/api.yaml]\n    - repoURL: ${REPO_URL}\n      ref: values\n`,
    ),
    "argo-apps/prod/external.yaml": app(
      "ext-prod",
      "prod",
      `  source:\n    repoURL: https://charts.example.com\n    chart: redis\n    targetRevision: 1.0.0\n`,
    ),
  });
  report = await render({ repo, env: await toolEnv() });
});

function data(id: string, name: string): Record<string, string> {
  const cm = [...objects(readOutput(repo, id)).values()].find(
    (o) => (o as { metadata: { name: string } }).metadata.name === name,
  );
  return (cm as { data: Record<string, string> }).data;
}

describe("Application rendering", () => {
  it("layers Helm valueFiles, values, valuesObject and parameters in Argo CD's order", () => {
    expect(data("applications/prod/api-prod", "api-values")).toEqual({
      a: "file",
      b: "values",
      c: "object",
      d: "param",
      port: "8080",
      portType: "string",
    });
  });

  it("uses the destination namespace and the release name", () => {
    const cm = objects(readOutput(repo, "applications/prod/api-prod"));
    expect([...cm.keys()]).toEqual(["v1/ConfigMap/api-prod/api-values"]);
  });

  it("applies kustomize images, namePrefix, commonLabels, namespace and patches", () => {
    const [deploy] = [...objects(readOutput(repo, "applications/prod/web-prod")).values()] as {
      metadata: { name: string; namespace: string; labels: Record<string, string> };
      spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
    }[];
    expect(deploy?.metadata).toMatchObject({
      name: "prod-web",
      namespace: "web-prod",
      labels: { env: "prod" },
    });
    expect(deploy?.spec.replicas).toBe(3);
    expect(deploy?.spec.template.spec.containers[0]?.image).toBe("ghcr.io/acme/web-next:2.0.0");
  });

  it("recurses a directory source and honours exclude", () => {
    expect([...objects(readOutput(repo, "applications/prod/plain-prod")).keys()]).toEqual([
      "v1/ConfigMap//a",
      "v1/ConfigMap//b",
    ]);
  });

  it("resolves $values refs of multi-source Applications", () => {
    expect(data("applications/prod/multi-prod", "multi-prod-values")).toMatchObject({
      a: "file",
      b: "file",
      d: "chart",
    });
  });

  it("notes an Application that renders from another repository instead of failing", () => {
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: "external-source",
        severity: "notice",
        file: "argo-apps/prod/external.yaml",
        line: 1,
      }),
    ]);
    // The Application stays in the model (its values and version are here), listed as skipped.
    const ext = report.targets.find((t) => t.id === "applications/prod/ext-prod");
    expect(ext).toMatchObject({ status: "skipped", service: "ext", env: "prod" });
    expect(ext?.error).toContain("chart redis 1.0.0 from https://charts.example.com");
    expect(report.targets.filter((t) => t !== ext).every((t) => t.status === "ok")).toBe(true);
  });

  it("knows each Application target's env and source", () => {
    expect(report.targets.find((t) => t.id === "applications/prod/web-prod")).toMatchObject({
      env: "prod",
      source: "apps/web/base",
      service: "web",
      kind: "kustomize",
    });
  });
});
