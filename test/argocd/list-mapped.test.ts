// listRepoApplications: the one Argo CD list that status, the metrics (changelog) and the gates
// share. Against the swagger-checked fake Argo CD: the scope and the fields go into the query, and
// only the Applications that deploy part of the repository are mapped.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArgoClient } from "../../packages/argocd/src/client.js";
import { listRepoApplications } from "../../packages/argocd/src/list-mapped.js";
import { loadModel } from "../../packages/core/src/index.js";
import type { RepoModel } from "../../packages/core/src/model/types.js";
import { copyExample } from "../support/example.js";
import { startFakeArgoCD, type FakeArgoCD } from "../support/fake-argocd/index.js";
import { exampleApp } from "../status/fixture.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
let fake: FakeArgoCD;
let client: ArgoClient;
let model: RepoModel;

beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), "gitops-list-mapped-"));
  copyExample(dir);
  model = await loadModel(dir);
  fake = await startFakeArgoCD();
  client = new ArgoClient({ baseUrl: fake.url, token: fake.token });
  fake.app(exampleApp("web-prod", "prod", "apps/web/overlays/prod", SHA));
  fake.app(exampleApp("web-staging", "staging", "apps/web/overlays/staging", SHA, { namespace: "team-a" }));
  fake.app({
    name: "someone-else",
    project: "prod",
    source: { repoURL: "https://github.com/other/repo.git", path: "x" },
  });
});

afterEach(async () => {
  fake.assertClean();
  await fake.close();
});

describe("listRepoApplications", () => {
  it("lists every Application and maps those of the repository to its targets", async () => {
    const { live, mapped } = await listRepoApplications(client, model, {}, [
      "items.metadata.name",
      "items.spec.source",
    ]);
    expect(live.map((a) => a.metadata?.name).sort()).toEqual(["someone-else", "web-prod", "web-staging"]);
    expect(mapped.map((m) => [m.name, m.env, m.service, m.targets.map((t) => t.id)])).toEqual(
      expect.arrayContaining([
        ["web-prod", "prod", "web", ["apps/web/overlays/prod"]],
        ["web-staging", "staging", "web", ["apps/web/overlays/staging"]],
      ]),
    );
    expect(mapped).toHaveLength(2);
    // Only the fields asked for come back.
    expect(live.every((a) => a.status === undefined)).toBe(true);
    expect(fake.requests.at(-1)?.query).toEqual({ fields: "items.metadata.name,items.spec.source" });
  });

  it("asks Argo CD for the namespace and projects of the scope, and for no empty ones", async () => {
    const fields = ["items.metadata.name", "items.metadata.namespace", "items.spec.source"];
    const scoped = await listRepoApplications(
      client,
      model,
      { appNamespace: "team-a", projects: ["staging"] },
      fields,
    );
    expect(scoped.mapped.map((m) => m.name)).toEqual(["web-staging"]);
    expect(fake.requests.at(-1)?.query).toMatchObject({ appNamespace: "team-a", projects: "staging" });

    const all = await listRepoApplications(client, model, { appNamespace: "", projects: [] }, fields);
    expect(all.live).toHaveLength(3);
    expect(Object.keys(fake.requests.at(-1)?.query ?? {})).toEqual(["fields"]);
  });
});
