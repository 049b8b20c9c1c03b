// A change's scope: the targets a list of files feeds, as the pre-commit hooks ask for them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModel } from "../../packages/core/src/model/load.js";
import { changeScope, inScope } from "../../packages/core/src/model/scope.js";
import type { RepoModel } from "../../packages/core/src/model/types.js";
import { UserError } from "../../packages/core/src/errors.js";
import { copyExample } from "../support/example.js";

let repo: string;
let model: RepoModel;

beforeAll(async () => {
  repo = join(mkdtempSync(join(tmpdir(), "gitops-scope-")), "infra");
  copyExample(repo);
  model = await loadModel(repo);
});

const ids = (s: { targets: Set<string> }) => [...s.targets].sort();

describe("changeScope", () => {
  it("maps an overlay file to its one target, relative to the working folder", () => {
    const scope = changeScope(model, ["overlays/staging/kustomization.yaml"], {
      cwd: join(repo, "apps/web"),
    });
    expect(ids(scope)).toEqual(["apps/web/overlays/staging"]);
    expect([...scope.files]).toEqual(["apps/web/overlays/staging/kustomization.yaml"]);
  });

  it("maps a base file to every env's overlay of the service", () => {
    expect(ids(changeScope(model, ["apps/web/base/deployment.yaml"], { cwd: repo }))).toEqual([
      "apps/web/overlays/prod",
      "apps/web/overlays/staging",
    ]);
  });

  it("maps an Application file to the targets it deploys", () => {
    const scope = changeScope(model, ["argo-apps/prod/queue.yaml"], { cwd: repo });
    expect(ids(scope)).toContain("applications/prod/queue-prod");
    expect(ids(scope)).not.toContain("applications/staging/queue-staging");
  });

  it("takes every target for .gitops.yaml, the repository folder, or what the caller names", () => {
    const all = model.targets.map((t) => t.id).sort();
    expect(ids(changeScope(model, [".gitops.yaml"], { cwd: repo }))).toEqual(all);
    expect(ids(changeScope(model, ["."], { cwd: repo }))).toEqual(all);
    const policyChange = changeScope(model, ["policies/disallow-latest-tag.yaml"], {
      cwd: repo,
      everything: (f) => f.startsWith("policies/"),
    });
    expect(ids(policyChange)).toEqual(all);
  });

  it("maps a folder to the targets that read under it", () => {
    const scope = changeScope(model, ["apps/cms"], { cwd: repo });
    expect(ids(scope)).toEqual(["apps/cms/overlays/prod", "apps/cms/overlays/staging"]);
    expect(inScope(scope, { file: "apps/cms/base/deployment.yaml" })).toBe(true);
    expect(inScope(scope, { file: "apps/web/base/deployment.yaml" })).toBe(false);
    expect(inScope(scope, { target: "apps/cms/overlays/prod" })).toBe(true);
  });

  it("feeds no target from a file no render reads", () => {
    expect(ids(changeScope(model, ["README.md"], { cwd: repo }))).toEqual([]);
  });

  it("names a path outside the repository or one that does not exist", () => {
    expect(() => changeScope(model, ["../elsewhere.yaml"], { cwd: repo })).toThrow(
      new UserError(`../elsewhere.yaml is not a file of the repository ${repo}`, "../elsewhere.yaml"),
    );
    expect(() => changeScope(model, ["apps/nope.yaml"], { cwd: repo })).toThrow(
      "apps/nope.yaml does not exist",
    );
  });
});
