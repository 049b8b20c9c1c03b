// Bundled schemas and the schema check, without rendering: documents in, findings out.
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../packages/core/src/config.js";
import { parseRenderedYaml } from "../../packages/core/src/rendered-yaml.js";
import {
  bundledVersions,
  checkSchemas,
  crdVersions,
  resolveKubeVersion,
  SchemaCatalog,
  type RenderedResource,
} from "../../packages/lint/src/index.js";
import type { IndexEntry } from "../../packages/render/src/output.js";

const target: IndexEntry = {
  id: "apps/web/overlays/prod",
  env: "prod",
  kind: "kustomize",
  source: "apps/web/overlays/prod",
  output: "render/apps/web/overlays/prod.yaml",
  status: "ok",
  resources: 1,
  sha256: "",
};

function resources(yaml: string): RenderedResource[] {
  return parseRenderedYaml(yaml, "render/x.yaml").map((document) => {
    const value = document.value as Record<string, unknown>;
    const meta = value.metadata as { name?: string };
    return {
      target,
      output: "render/x.yaml",
      line: document.line,
      value,
      apiVersion: value.apiVersion as string,
      kind: value.kind as string,
      name: meta.name ?? "",
    };
  });
}

const locate = () => ({ file: "apps/web/base/deployment.yaml", line: 7 });
const missing = DEFAULT_CONFIG.lint.missingSchema;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  creationTimestamp: null
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: web:1
          resources:
            limits: { cpu: 1, memory: 512Mi }
          ports:
            - containerPort: 8080
`;

describe("bundled schemas", () => {
  it("bundles three Kubernetes minors and defaults to the newest", () => {
    expect(bundledVersions()).toEqual(["1.32", "1.33", "1.34"]);
    expect(resolveKubeVersion(undefined)).toBe("1.34");
    expect(resolveKubeVersion("v1.33.4")).toBe("1.33");
    expect(resolveKubeVersion(undefined, "1.32")).toBe("1.32");
    expect(() => resolveKubeVersion("1.20")).toThrow(/1\.20.*1\.32, 1\.33, 1\.34/);
  });

  it("knows the kinds each minor serves", () => {
    expect(new SchemaCatalog("1.34").lookup("resource.k8s.io", "v1")).toBeUndefined();
    expect(new SchemaCatalog("1.34").lookup("resource.k8s.io/v1", "DeviceClass")).toBeDefined();
    expect(new SchemaCatalog("1.32").lookup("resource.k8s.io/v1", "DeviceClass")).toBeUndefined();
    for (const kind of ["Application", "ApplicationSet", "AppProject"])
      expect(new SchemaCatalog("1.34").lookup("argoproj.io/v1alpha1", kind)).toBeDefined();
    const c = new SchemaCatalog("1.34");
    expect(c.lookup("external-secrets.io/v1beta1", "ClusterSecretStore")).toBeDefined();
    expect(c.lookup("bitnami.com/v1alpha1", "SealedSecret")).toBeDefined();
    expect(c.lookup("cert-manager.io/v1", "Certificate")).toBeDefined();
    expect(c.lookup("monitoring.coreos.com/v1", "ServiceMonitor")).toBeDefined();
  });
});

describe("checkSchemas", () => {
  it("passes a valid Deployment, with a numeric CPU quantity and a null timestamp", () => {
    expect(checkSchemas(resources(DEPLOYMENT), new SchemaCatalog("1.34"), missing, locate)).toEqual([]);
  });

  it("reports an unknown field with the source file and line", () => {
    const yaml = DEPLOYMENT.replace("image: web:1", "image: web:1\n          imagePullPolcy: Always");
    const [f, ...rest] = checkSchemas(resources(yaml), new SchemaCatalog("1.34"), missing, locate);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "schema/unknown-field",
      severity: "error",
      file: "apps/web/base/deployment.yaml",
      line: 7,
      target: "apps/web/overlays/prod",
      message: 'Deployment web: unknown field "spec.template.spec.containers[0].imagePullPolcy"',
    });
  });

  it("lets unknown fields pass when not strict", () => {
    const yaml = DEPLOYMENT.replace("image: web:1", "image: web:1\n          imagePullPolcy: Always");
    expect(
      checkSchemas(resources(yaml), new SchemaCatalog("1.34", { strict: false }), missing, locate),
    ).toEqual([]);
  });

  it("reports missing required fields and wrong types", () => {
    const yaml = DEPLOYMENT.replace(/ {2}selector:\n.*\n/, "  replicas: two\n");
    const rules = checkSchemas(resources(yaml), new SchemaCatalog("1.34"), missing, locate).map(
      (f) => f.message,
    );
    expect(rules).toEqual(
      expect.arrayContaining([
        'Deployment web: missing required field "spec.selector"',
        'Deployment web: "spec.replicas" must be integer',
      ]),
    );
  });

  it("reports a kind without a schema once, at the configured severity per kind", () => {
    const yaml =
      "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: a}\n---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: b}\n";
    const warn = checkSchemas(resources(yaml), new SchemaCatalog("1.34"), missing, locate);
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatchObject({ rule: "schema/missing", severity: "warning" });
    expect(warn[0]?.message).toMatch(/Widget \(example\.com\/v1\)/);
    const error = { default: "warning" as const, kinds: { "example.com/v1/Widget": "error" as const } };
    expect(checkSchemas(resources(yaml), new SchemaCatalog("1.34"), error, locate)[0]?.severity).toBe(
      "error",
    );
    const off = { default: "warning" as const, kinds: { Widget: "off" as const } };
    expect(checkSchemas(resources(yaml), new SchemaCatalog("1.34"), off, locate)).toEqual([]);
  });

  it("validates custom resources against the CRDs the repo renders, strictly", () => {
    const crd = resources(`apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size]
              properties:
                size: {x-kubernetes-int-or-string: true}
                extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
`)[0]!;
    const catalog = new SchemaCatalog("1.34");
    catalog.addRepoCrds(crdVersions(crd.value, "clusters/prod"));
    const ok = resources(
      "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: a}\nspec: {size: 3, extra: {any: 1}}\n",
    );
    expect(checkSchemas(ok, catalog, missing, locate)).toEqual([]);
    const bad = resources(
      "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: a, labelz: {}}\nspec: {sise: 3}\n",
    );
    expect(
      checkSchemas(bad, catalog, missing, locate)
        .map((f) => f.message)
        .sort(),
    ).toEqual([
      'Widget a: missing required field "spec.size"',
      'Widget a: unknown field "metadata.labelz"',
      'Widget a: unknown field "spec.sise"',
    ]);
  });
});
