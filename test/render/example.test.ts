// Every target of examples/infra-gitops rendered by `gitops render` must equal what
// kustomize and helm give when run by hand, object for object.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { render, type RenderReport } from "../../packages/render/src/index.js";
import { testBinaries } from "../support/binaries.js";
import { exampleCopy, objects, readOutput, toolEnv } from "./support.js";

let repo: string;
let report: RenderReport;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  env = await toolEnv();
  repo = exampleCopy();
  report = await render({ repo, env });
});

describe("render on examples/infra-gitops", () => {
  it("renders every target with no failure and no finding", () => {
    expect(report.findings).toEqual([]);
    expect(report.targets.map((t) => `${t.id}:${t.status}`)).toEqual(report.targets.map((t) => `${t.id}:ok`));
    expect(report.targets.map((t) => t.id)).toEqual([
      "applications/prod/queue-prod",
      "applications/staging/queue-staging",
      "apps/cms/overlays/prod",
      "apps/cms/overlays/staging",
      "apps/web/overlays/prod",
      "apps/web/overlays/staging",
      "argo-apps/prod",
      "argo-apps/staging",
      "clusters/prod",
      "clusters/staging",
      "environments/prod",
      "environments/staging",
      // The admission policies the platform bootstrap applies: a kustomization nothing else uses.
      "policies",
    ]);
    expect(report.targets.find((t) => t.id === "policies")).toMatchObject({ env: "", kind: "kustomize" });
  });

  it("matches kubectl kustomize for every kustomize target", async () => {
    const { kubectl } = await testBinaries();
    for (const t of report.targets.filter((x) => x.kind === "kustomize")) {
      const direct = execFileSync(kubectl, ["kustomize", join(repo, t.source)], { encoding: "utf8" });
      expect(objects(readOutput(repo, t.id)), t.id).toEqual(objects(direct));
      expect(t.resources).toBe(objects(direct).size);
    }
  });

  it("renders the Helm service through its Application's valueFiles, release name and namespace", async () => {
    const { helm } = await testBinaries();
    for (const env2 of ["staging", "prod"]) {
      const id = `applications/${env2}/queue-${env2}`;
      const direct = execFileSync(
        helm,
        [
          "template",
          "queue",
          join(repo, "apps/queue/base"),
          "--namespace",
          `queue-${env2}`,
          "--values",
          join(repo, `apps/queue/overlays/${env2}/values.yaml`),
          "--include-crds",
        ],
        { encoding: "utf8" },
      );
      expect(objects(readOutput(repo, id)), id).toEqual(objects(direct));
      const t = report.targets.find((x) => x.id === id);
      expect(t).toMatchObject({
        env: env2,
        service: "queue",
        kind: "helm",
        source: "apps/queue/base",
        applications: [`argo-apps/${env2}/queue.yaml#queue-${env2}`],
      });
    }
  });

  it("marks overlays that Applications deploy as is, without a second target", () => {
    const cms = report.targets.find((t) => t.id === "apps/cms/overlays/prod");
    expect(cms?.applications).toEqual(["argo-apps/prod/cms.yaml#cms-prod"]);
    expect(
      report.targets.some((t) => t.id.startsWith("applications/") && t.source === "apps/cms/overlays/prod"),
    ).toBe(false);
  });

  it("writes index.json in the DESIGN shape, and identical bytes on a re-run", async () => {
    const first = readFileSync(join(repo, "render/index.json"), "utf8");
    const outputs = report.targets.map((t) => readOutput(repo, t.id));
    const index = JSON.parse(first) as { targets: Record<string, unknown>[] };
    expect(Object.keys(index.targets[2] ?? {})).toEqual([
      "id",
      "env",
      "service",
      "kind",
      "source",
      "output",
      "status",
      "resources",
      "sha256",
      "applications",
    ]);
    expect(index.targets[2]).toMatchObject({
      id: "apps/cms/overlays/prod",
      output: "render/apps/cms/overlays/prod.yaml",
      status: "ok",
    });
    await render({ repo, env });
    expect(readFileSync(join(repo, "render/index.json"), "utf8")).toBe(first);
    expect(report.targets.map((t) => readOutput(repo, t.id))).toEqual(outputs);
  });

  it("removes the output of a target that no longer exists", async () => {
    rmSync(join(repo, "apps/web/overlays/staging"), { recursive: true });
    const again = await render({ repo, env });
    expect(again.removed).toEqual(["render/apps/web/overlays/staging.yaml"]);
    expect(() => readOutput(repo, "apps/web/overlays/staging")).toThrow();
    expect(again.targets.some((t) => t.id === "apps/web/overlays/staging")).toBe(false);
  });
});
