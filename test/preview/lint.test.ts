// Lint on repositories with previews (test/fixtures/repos/preview-basic, real kustomize): the two
// false positives a pullRequest ApplicationSet used to cause, and the real findings still made.
// - argo/unreferenced-overlay: the preview overlay is deployed by the set's template, although
//   with no pull request given the generator makes no Application;
// - argo/destination-namespace: a preview whose own render holds its destination's Namespace
//   needs no CreateNamespace=true.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/finding.js";
import { lint } from "../../packages/lint/src/index.js";
import { runPreview } from "../../packages/preview/src/index.js";
import { testBinaries } from "../support/binaries.js";
import { fixtureCopy, previewRepo, previewSet, request } from "./support.js";

const made: string[] = [];
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = { PATH: `${(await testBinaries()).dir}:/usr/bin:/bin` };
});
afterAll(() => {
  for (const d of made) rmSync(dirname(d), { recursive: true, force: true });
});

function copy(): string {
  const dir = fixtureCopy();
  made.push(dir);
  return dir;
}

function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
}

const rule = (fs: Finding[], name: string) => fs.filter((f) => f.rule === name);
const SET = "argo-apps/previews/web.yaml";

describe("lint on a repository with previews", () => {
  it("counts an overlay a pullRequest ApplicationSet deploys as deployed, and still warns about an orphan", async () => {
    const repo = copy();
    const clean = await lint({ repo, env });
    expect(rule(clean.findings, "argo/unreferenced-overlay")).toEqual([]);

    // An overlay nobody deploys is still reported, with the preview set present.
    mkdirSync(join(repo, "apps/web/overlays/orphan"));
    writeFileSync(
      join(repo, "apps/web/overlays/orphan/kustomization.yaml"),
      "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../../base]\n",
    );
    const orphan = await lint({ repo, env });
    expect(rule(orphan.findings, "argo/unreferenced-overlay").map((f) => f.file)).toEqual([
      "apps/web/overlays/orphan/kustomization.yaml",
    ]);
  });

  it("warns again when the set's template points somewhere else", async () => {
    const repo = copy();
    edit(repo, SET, "path: apps/web/overlays/preview", "path: apps/web/overlays/staging");
    const r = await lint({ repo, env });
    expect(rule(r.findings, "argo/unreferenced-overlay").map((f) => f.file)).toEqual([
      "apps/web/overlays/preview/kustomization.yaml",
    ]);
  });

  // The small repository of test/preview/support.ts, whose clusters/ namespaces all render here.
  const noCreate = previewSet({ appSyncPolicy: { automated: { prune: true, selfHeal: true } } });

  it("accepts a preview without CreateNamespace=true whose render holds its namespace", async () => {
    const repo = previewRepo(noCreate, {}, "web-pr-7");
    made.push(repo);
    const report = await runPreview({ repo, request: request(), env });
    expect(report.applications.map((a) => a.name)).toEqual(["web-pr-7"]);
    expect(rule(report.findings, "argo/destination-namespace")).toEqual([]);
  });

  it("reports a preview without CreateNamespace=true whose render holds another namespace, or none", async () => {
    for (const namespace of ["web-preview", false] as const) {
      const repo = previewRepo(noCreate, {}, namespace);
      made.push(repo);
      const report = await runPreview({ repo, request: request(), env });
      const found = rule(report.findings, "argo/destination-namespace");
      expect(found.map((f) => `${f.severity} ${f.file}`)).toEqual(["error argo-apps/previews.yaml"]);
      expect(found[0]?.message).toContain('destination namespace "web-pr-7" is not a Namespace in clusters/');
    }
  });
});
