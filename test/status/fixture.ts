// A copy of the example repository with real commits, and a fake Argo CD that runs parts of it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";

import { copyExample } from "../support/example.js";
import { startFakeArgoCD, type FakeArgoCD, type SeedApp } from "../support/fake-argocd/index.js";
import { createTestRepo, type TestRepo } from "../support/git.js";

export const REPO_URL = "https://github.com/example-org/infra-gitops.git";
const VARS = ["ARGOCD_SERVER", "ARGOCD_AUTH_TOKEN"];

export interface StatusFixture {
  repo: TestRepo;
  fake: FakeArgoCD;
  /** The commit with the example as it is. */
  base: string;
  /** Changes web's prod overlay (an input of web-prod only). */
  webProdChange: string;
  /** Changes cms's base (an input of cms-staging and cms-prod). */
  cmsChange: string;
}

/** Per test: a fresh repository and fake, ARGOCD_* pointing at it, and both cleaned up after. */
export function useStatusFixture(): { current: StatusFixture } {
  const holder = {} as { current: StatusFixture };
  const saved: Record<string, string | undefined> = {};
  beforeEach(async () => {
    const repo = createTestRepo();
    copyExample(repo.dir);
    const base = repo.commit("the example infra-gitops repository");
    // Comments in kustomization.yaml files: inputs of the targets, without changing what renders.
    const webProdChange = repo.commit(
      "web prod: a note",
      appendTo(repo, "apps/web/overlays/prod/kustomization.yaml"),
    );
    const cmsChange = repo.commit("cms: a note", appendTo(repo, "apps/cms/base/kustomization.yaml"));
    const fake = await startFakeArgoCD();
    for (const v of VARS) saved[v] = process.env[v];
    process.env.ARGOCD_SERVER = fake.url;
    process.env.ARGOCD_AUTH_TOKEN = fake.token;
    holder.current = { repo, fake, base, webProdChange, cmsChange };
  });
  afterEach(async () => {
    for (const v of VARS) {
      if (saved[v] === undefined) Reflect.deleteProperty(process.env, v);
      else process.env[v] = saved[v];
    }
    holder.current.fake.assertClean();
    await holder.current.fake.close();
  });
  return holder;
}

function appendTo(repo: TestRepo, file: string): Record<string, string> {
  return { [file]: `${readFileSync(join(repo.dir, file), "utf8")}# changed by the test\n` };
}

/** An Application of the example, deployed at `revision`. */
export function exampleApp(
  name: string,
  project: string,
  path: string,
  revision: string,
  more: Partial<SeedApp> = {},
): SeedApp {
  return {
    name,
    project,
    source: { repoURL: REPO_URL, path, targetRevision: "main" },
    history: [{ revision, deployedAt: "2026-11-30T10:00:00Z", deployStartedAt: "2026-11-30T09:59:30Z" }],
    ...more,
  };
}
