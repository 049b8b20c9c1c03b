// gitops status on the repository shapes real repos use (ApplicationSets, Applications in
// appsets/ or example-apps/, envs/ layouts), not only the example: every Application Argo CD
// reports is mapped to the same targets, env and service that `gitops targets` gives it, so the
// two commands agree. Real git, the swagger-checked fake Argo CD.
import { cpSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { cli } from "../support/cli.js";
import { startFakeArgoCD, type FakeArgoCD } from "../support/fake-argocd/index.js";
import { createTestRepo } from "../support/git.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "repos");
const SHAPES = ["applicationsets", "apps-envs-yml", "example-apps-dir", "preview-basic"];

interface ModelJson {
  targets: { id: string; env: string; service?: string | null }[];
  applications: { name: string; project: string; targets: string[] }[];
}
interface StatusApp {
  name: string;
  env: string;
  service: string | null;
  targets: string[];
  current: boolean | null;
}

let fake: FakeArgoCD | undefined;
afterEach(async () => {
  for (const v of ["ARGOCD_SERVER", "ARGOCD_AUTH_TOKEN"]) Reflect.deleteProperty(process.env, v);
  fake?.assertClean();
  await fake?.close();
  fake = undefined;
});

describe.each(SHAPES)("gitops status on the %s shape", (shape) => {
  it("maps every Application to the targets, env and service gitops targets gives it, current at HEAD", async () => {
    const repo = createTestRepo();
    cpSync(join(FIXTURES, shape), repo.dir, { recursive: true });
    const head = repo.commit(`the ${shape} shape`);
    const model = JSON.parse((await cli("targets", "--json", "--repo", repo.dir)).stdout) as ModelJson;
    const apps = model.applications.filter((a) => a.targets.length > 0);
    expect(apps.length).toBeGreaterThan(0);
    fake = await startFakeArgoCD();
    process.env.ARGOCD_SERVER = fake.url;
    process.env.ARGOCD_AUTH_TOKEN = fake.token;
    for (const app of apps) {
      fake.app({
        name: app.name,
        project: app.project,
        history: [
          { revision: head, deployedAt: "2026-11-30T10:00:00Z", deployStartedAt: "2026-11-30T09:59:30Z" },
        ],
      });
    }
    const run = await cli("status", "--json", "--grace", "3650d", "--repo", repo.dir);
    expect(run.stderr).not.toMatch(/unexpected error|\n\s+at /);
    const status = JSON.parse(run.stdout) as { applications: StatusApp[] };
    const byName = new Map(status.applications.map((a) => [a.name, a]));
    for (const app of apps) {
      const got = byName.get(app.name);
      expect(got, app.name).toBeDefined();
      expect([...(got?.targets ?? [])].sort(), app.name).toEqual([...app.targets].sort());
      const target = model.targets.find((t) => t.id === app.targets[0]);
      expect(got?.env, app.name).toBe(target?.env);
      expect(got?.service ?? null, app.name).toBe(target?.service ?? null);
      expect(got?.current, app.name).toBe(true);
    }
    expect(run.code).toBe(0);
  });
});
