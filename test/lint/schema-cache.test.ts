// Compiled schema validators kept in the persistent cache: a validator read back from the cache
// reports exactly what a freshly compiled one does, and a broken entry is a miss, not an error.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CacheStore } from "../../packages/cache/src/index.js";
import { DEFAULT_CONFIG } from "../../packages/core/src/config.js";
import { parseRenderedYaml } from "../../packages/core/src/rendered-yaml.js";
import {
  checkSchemas,
  crdVersions,
  SchemaCatalog,
  type RenderedResource,
} from "../../packages/lint/src/index.js";
import { useCompiledSchemaCache } from "../../packages/cache/src/validators.js";
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

// Errors of many keywords (unknown field, required, type, enum, maxLength via a CRD) and a
// repo CRD, so the standalone code exercises ajv's runtime helpers as well.
const YAML = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: two
  template:
    spec:
      containers:
        - name: web
          image: web:1
          imagePullPolcy: Always
          ports: [{ containerPort: 8080, protocol: SCTPX }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  type: Nowhere
  ports: [{ port: "80" }]
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  scope: Namespaced
  names: { kind: Widget, plural: widgets }
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
                size: { type: string, maxLength: 3, enum: [s, m, l, xxxxl] }
                tags: { type: array, uniqueItems: true, items: { type: object } }
---
apiVersion: example.com/v1
kind: Widget
metadata: { name: w }
spec:
  size: xxxxl
  tags: [{ a: 1 }, { a: 1 }]
  extra: 1
`;

function resources(): RenderedResource[] {
  return parseRenderedYaml(YAML, "render/x.yaml").map((document) => {
    const value = document.value as Record<string, unknown>;
    return {
      target,
      output: "render/x.yaml",
      line: document.line,
      value,
      apiVersion: value.apiVersion as string,
      kind: value.kind as string,
      name: (value.metadata as { name: string }).name,
    };
  });
}

function check(strict = true) {
  const rs = resources();
  const catalog = new SchemaCatalog("1.34", { strict });
  catalog.addRepoCrds(rs.flatMap((r) => crdVersions(r.value, r.target.id)));
  return checkSchemas(rs, catalog, DEFAULT_CONFIG.lint.missingSchema, () => ({ file: "x.yaml", line: 1 }));
}

function entries(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(join(d, e.name));
  };
  walk(dir);
  return out;
}

afterEach(() => {
  useCompiledSchemaCache(undefined);
});

describe("compiled schema validators in the cache", () => {
  it("give the same findings from the cache as freshly compiled, strict and not", () => {
    for (const strict of [true, false]) {
      const fresh = check(strict);
      expect(fresh.length).toBeGreaterThan(3);
      const store = new CacheStore({
        dir: mkdtempSync(join(tmpdir(), "gitops-schema-cache-")),
        maxBytes: 1e9,
      });
      useCompiledSchemaCache(store);
      expect(check(strict)).toEqual(fresh);
      // Deployment, Service, CRD and the repo's Widget: one entry each, written by the first run.
      expect(store.stats).toMatchObject({ hits: 0, misses: 4, writes: 4 });
      expect(check(strict)).toEqual(fresh);
      expect(store.stats).toMatchObject({ hits: 4, misses: 4, writes: 4 });
    }
  });

  it("keys a repo CRD's validator by its schema: a changed CRD is compiled again", () => {
    const store = new CacheStore({ dir: mkdtempSync(join(tmpdir(), "gitops-schema-cache-")), maxBytes: 1e9 });
    useCompiledSchemaCache(store);
    check();
    const rs = resources();
    const crd = rs.find((r) => r.kind === "CustomResourceDefinition")?.value as {
      spec: { versions: { schema: { openAPIV3Schema: { properties: { spec: { required: string[] } } } } }[] };
    };
    const version = crd.spec.versions[0];
    if (!version) throw new Error("fixture has no CRD version");
    version.schema.openAPIV3Schema.properties.spec.required = [];
    const catalog = new SchemaCatalog("1.34");
    catalog.addRepoCrds(rs.flatMap((r) => crdVersions(r.value, r.target.id)));
    const before = { ...store.stats };
    catalog.lookup("example.com/v1", "Widget");
    expect(store.stats.misses - before.misses).toBe(1);
    catalog.lookup("apps/v1", "Deployment");
    expect(store.stats.hits - before.hits).toBe(1);
  });

  it("treats an entry that is not a validator as a miss and replaces it", () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-schema-cache-"));
    const fresh = check();
    useCompiledSchemaCache(new CacheStore({ dir, maxBytes: 1e9 }));
    check();
    // Well-formed entries (valid checksum) whose code throws, or requires an unknown module.
    const files = entries(dir);
    files.forEach((file, i) => {
      const payload = i % 2 === 0 ? 'throw new Error("boom")' : 'module.exports = require("fs")';
      const sum = readFileSync(file, "utf8").split("\n")[0]?.split(" ")[0] ?? "";
      writeFileSync(file, `${sum} ${sha256(payload)}\n${payload}`);
    });
    const store = new CacheStore({ dir, maxBytes: 1e9 });
    useCompiledSchemaCache(store);
    expect(check()).toEqual(fresh);
    expect(store.stats.writes).toBe(files.length);
    expect(check()).toEqual(fresh);
  });
});

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
