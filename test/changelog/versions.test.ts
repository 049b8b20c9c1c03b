// What a file pins, read as written, and version order for rollbacks.
import { describe, expect, it } from "vitest";
import {
  compareVersions,
  fileChanges,
  pinnedIn,
  repositoryOf,
  tagOf,
  tidyChanges,
} from "../../packages/changelog/src/index.js";

const pins = (path: string, text: string) => Object.fromEntries(pinnedIn(path, text));

describe("pinnedIn", () => {
  it("reads kustomize images with newName, tag as written and digest", () => {
    const text =
      "images:\n  - name: web\n    newName: ghcr.io/o/web\n    newTag: 1.10\n    digest: sha256:abc\n";
    expect(pins("apps/web/overlays/prod/kustomization.yaml", text)).toEqual({
      "kustomize:web": { kind: "image", name: "web", ref: "ghcr.io/o/web:1.10@sha256:abc", tag: "1.10" },
    });
  });

  it("reads Helm image blocks at any depth up to three, with registry and repository", () => {
    const text = 'image: {registry: ghcr.io, repository: o/q, tag: "2.0"}\nworker:\n  image: {tag: v3}\n';
    expect(pins("apps/q/overlays/prod/values-prod.yaml", text)).toEqual({
      "values:image": { kind: "image", name: "ghcr.io/o/q", ref: "ghcr.io/o/q:2.0", tag: "2.0" },
      "values:worker.image": { kind: "image", name: "worker.image", ref: "v3", tag: "v3" },
    });
  });

  it("reads Chart.yaml versions and dependencies, and Application target revisions", () => {
    expect(
      pins(
        "apps/q/base/Chart.yaml",
        "name: q\nversion: 1.2.0\ndependencies:\n  - {name: redis, version: 18.1.0}\n",
      ),
    ).toEqual({
      "chart:q": { kind: "chart", name: "q", ref: "1.2.0" },
      "dependency:redis": { kind: "chart", name: "redis", ref: "18.1.0" },
    });
    const app =
      "kind: Application\nmetadata: {name: q-prod}\nspec:\n  sources:\n    - {chart: q, targetRevision: 1.2.0}\n";
    expect(pins("argo-apps/prod/q.yaml", app)).toEqual({
      "app:q-prod[0]": { kind: "chart", name: "q", ref: "1.2.0" },
    });
  });

  it("reads container images of plain manifests, and nothing from a file that does not parse", () => {
    const deploy =
      "kind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - {name: app, image: 'ghcr.io/o/web:1.0'}\n";
    expect(pins("apps/web/base/deployment.yaml", deploy)).toEqual({
      "container:Deployment/web/app": {
        kind: "image",
        name: "ghcr.io/o/web",
        ref: "ghcr.io/o/web:1.0",
        tag: "1.0",
      },
    });
    expect(pins("apps/q/base/templates/d.yaml", "image: {{ .Values.image }}\n  bad: [")).toEqual({});
  });
});

describe("image references and versions", () => {
  it("splits repository and tag, keeping registry ports", () => {
    expect(repositoryOf("localhost:5000/web:1.2@sha256:x")).toBe("localhost:5000/web");
    expect(tagOf("localhost:5000/web:1.2@sha256:x")).toBe("1.2");
    expect(tagOf("localhost:5000/web")).toBeUndefined();
  });

  it("orders semantic versions, pre-releases before releases, and refuses non-versions", () => {
    expect(compareVersions("1.10.0", "1.9.9")).toBe(1);
    expect(compareVersions("v2.0.0", "2.0.0")).toBe(0);
    expect(compareVersions("1.0.0-rc.1", "1.0.0")).toBe(-1);
    expect(compareVersions("1.0.0-rc.2", "1.0.0-rc.10")).toBe(-1);
    expect(compareVersions("1.0.0-alpha", "1.0.0-1")).toBe(1);
    expect(compareVersions("latest", "1.0.0")).toBeUndefined();
  });
});

describe("fileChanges and tidyChanges", () => {
  it("reports a version moving back as a rollback, and one image moved by two files once", () => {
    const deploy = (tag: string) =>
      `kind: Deployment\nmetadata: {name: web}\nspec: {template: {spec: {containers: [{name: app, image: "ghcr.io/o/web:${tag}"}]}}}\n`;
    const kustomization = (tag: string) => `images:\n  - {name: ghcr.io/o/web, newTag: "${tag}"}\n`;
    const base = fileChanges(
      { status: "modified", path: "apps/web/base/deployment.yaml" },
      deploy("2.0.0"),
      deploy("1.9.0"),
    );
    const overlay = fileChanges(
      { status: "modified", path: "apps/web/overlays/prod/kustomization.yaml" },
      kustomization("2.0.0"),
      kustomization("1.9.0"),
    );
    expect(base.rollback).toBe(true);
    expect(overlay.rollback).toBe(true);
    const tidy = tidyChanges([...base.changes, ...overlay.changes]);
    expect(tidy.map((c) => [c.kind, c.name, c.from, c.to])).toEqual([
      ["image", "ghcr.io/o/web", "ghcr.io/o/web:2.0.0", "ghcr.io/o/web:1.9.0"],
      ["config", "apps/web/base/deployment.yaml", null, null],
      ["config", "apps/web/overlays/prod/kustomization.yaml", null, null],
    ]);
  });

  it("reads an added file as coming from nothing, and a non-YAML file as a config change only", () => {
    const added = fileChanges(
      { status: "added", path: "apps/q/base/Chart.yaml" },
      undefined,
      "name: q\nversion: 1.0.0\n",
    );
    expect(added.changes[0]).toMatchObject({ kind: "chart", name: "q", from: null, to: "1.0.0" });
    const readme = fileChanges(
      { status: "deleted", path: "apps/q/overlays/prod/README.md" },
      "image: x:1\n",
      undefined,
    );
    expect(readme.changes).toEqual([
      {
        kind: "config",
        name: "apps/q/overlays/prod/README.md",
        from: null,
        to: null,
        file: "apps/q/overlays/prod/README.md",
        status: "deleted",
      },
    ]);
  });
});
