// Path → env × service, the rules of the blueprint layout.
import { describe, expect, it } from "vitest";
import { componentsOf } from "../../packages/changelog/src/index.js";

const ENVS = ["staging", "prod"];
const of = (path: string) => componentsOf(path, ENVS).map((c) => `${c.env}/${c.service}`);

describe("componentsOf", () => {
  it("gives an overlay to its env and the rest of a service to every env", () => {
    expect(of("apps/web/overlays/prod/kustomization.yaml")).toEqual(["prod/web"]);
    expect(of("apps/web/overlays/dev/values.yaml")).toEqual(["dev/web"]);
    expect(of("apps/web/base/deployment.yaml")).toEqual(["staging/web", "prod/web"]);
    expect(of("apps/web/components/ingress/ingress.yaml")).toEqual(["staging/web", "prod/web"]);
  });

  it("gives platform roots to the env folder they are in, or to every env", () => {
    expect(of("clusters/prod/namespaces.yaml")).toEqual(["prod/platform"]);
    expect(of("argo-apps/staging/web.yaml")).toEqual(["staging/platform"]);
    expect(of("environments/common/quota.yaml")).toEqual(["staging/platform", "prod/platform"]);
    expect(of("policies/require-limits.yaml")).toEqual(["staging/platform", "prod/platform"]);
  });

  it("ignores files that are not deployed and names that cannot be ids", () => {
    expect(of("README.md")).toEqual([]);
    expect(of("changelog/prod/CHANGELOG.md")).toEqual([]);
    expect(of("apps/README.md")).toEqual([]);
    expect(of("apps/Web Site/base/x.yaml")).toEqual([]);
    expect(of("apps/web/overlays/Prod EU/x.yaml")).toEqual([]);
  });
});
