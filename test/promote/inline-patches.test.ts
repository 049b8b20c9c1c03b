// Images set in a kustomization's inline patches (`patches[].patch: |`, a YAML string): promoted
// and bumped inside the string, the rest of it byte-identical, checked with real kustomize.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { loadModel } from "../../packages/core/src/index.js";
import { checkRequest, planPromotion, workTree } from "../../packages/promote/src/index.js";
import { cli } from "../support/cli.js";
import { tempRepo } from "./fixture.js";

const BASE = {
  "apps/shop/base/kustomization.yaml": "resources:\n  - deployment.yaml\n",
  "apps/shop/base/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 1
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop }
    spec:
      containers:
        - name: shop
          image: ghcr.io/acme/shop:0.1.0
        - name: proxy
          image: ghcr.io/acme/proxy:1.0.0
`,
};

/** An overlay whose images are set only in inline patches: a strategic merge and a JSON6902 op. */
const overlay = (
  env: string,
  shop: string,
  proxy: string,
  replicas: number,
) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: shop-${env}
resources:
  - ../../base
patches:
  # The ${env} image of shop, set where the rest of the Deployment's env settings are.
  - patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: shop
      spec:
        replicas: ${replicas}   # ${env} capacity
        template:
          spec:
            containers:
              - name: shop
                # pinned by the release pipeline
                image: ghcr.io/acme/shop:${shop}

  - target:
      kind: Deployment
      name: shop
    patch: |
      # the sidecar follows the platform's proxy releases
      - op: replace
        path: /spec/template/spec/containers/1/image
        value: ghcr.io/acme/proxy:${proxy}
`;

const STAGING = "apps/shop/overlays/staging/kustomization.yaml";
const PROD = "apps/shop/overlays/prod/kustomization.yaml";

function repo(): string {
  return tempRepo({
    ...BASE,
    [STAGING]: overlay("staging", "2.0.0", "1.4.0", 1),
    [PROD]: overlay("prod", "1.9.0", "1.3.0", 5),
  });
}

let kubectl: string;
beforeAll(async () => {
  kubectl = (await testBinaries()).kubectl;
});

/** The images kustomize renders for the overlay, container by container. */
function rendered(dir: string, env: string): string[] {
  const out = execFileSync(kubectl, ["kustomize", join(dir, `apps/shop/overlays/${env}`)], {
    encoding: "utf8",
  });
  return [...out.matchAll(/image: (\S+)/g)].map((m) => m[1] ?? "");
}

describe("inline kustomize patches", () => {
  it("promote copies both inline images into prod's strings; replicas and comments stay; kustomize renders them", async () => {
    const dir = repo();
    expect(rendered(dir, "prod")).toEqual(["ghcr.io/acme/shop:1.9.0", "ghcr.io/acme/proxy:1.3.0"]);
    const r = await cli("promote", "staging", "prod", "shop", "--json", "--repo", dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      changes: { file: string; field: string; from: string; to: string }[];
    };
    expect(json.changes.map((c) => `${c.file} ${c.field}: ${c.from} -> ${c.to}`)).toEqual([
      `${PROD} patches[0].patch: spec.template.spec.containers[shop].image: ghcr.io/acme/shop:1.9.0 -> ghcr.io/acme/shop:2.0.0`,
      `${PROD} patches[1].patch: [/spec/template/spec/containers/1/image].value: ghcr.io/acme/proxy:1.3.0 -> ghcr.io/acme/proxy:1.4.0`,
    ]);
    // The file is the prod overlay with exactly the two image lines changed: every comment, the
    // replicas and the blank line inside the first string are as they were.
    expect(readFileSync(join(dir, PROD), "utf8")).toBe(
      overlay("prod", "1.9.0", "1.3.0", 5)
        .replace("ghcr.io/acme/shop:1.9.0", "ghcr.io/acme/shop:2.0.0")
        .replace("ghcr.io/acme/proxy:1.3.0", "ghcr.io/acme/proxy:1.4.0"),
    );
    expect(rendered(dir, "prod")).toEqual(["ghcr.io/acme/shop:2.0.0", "ghcr.io/acme/proxy:1.4.0"]);
    const again = await cli("promote", "staging", "prod", "shop", "--repo", dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("nothing to promote");
  });

  it("each change points at its image's line in the kustomization, and --dry-run's diff shows only those lines", async () => {
    const dir = repo();
    const layout = await loadModel(dir);
    const tree = workTree(dir);
    const plan = await planPromotion(layout, checkRequest(layout, "staging", "prod", ["shop"]), tree, tree);
    const lines = readFileSync(join(dir, PROD), "utf8").split("\n");
    expect(plan.changes.map((c) => lines[c.line - 1]?.trim())).toEqual([
      "image: ghcr.io/acme/shop:1.9.0",
      "value: ghcr.io/acme/proxy:1.3.0",
    ]);
    const r = await cli("promote", "staging", "prod", "shop", "--dry-run", "--repo", dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").filter((l) => /^[-+] /.test(l))).toEqual([
      "-                image: ghcr.io/acme/shop:1.9.0",
      "+                image: ghcr.io/acme/shop:2.0.0",
      "-        value: ghcr.io/acme/proxy:1.3.0",
      "+        value: ghcr.io/acme/proxy:1.4.0",
    ]);
  });

  it("bump sets the image inside the string of the env it names, and nothing in the other env", async () => {
    const dir = repo();
    const r = await cli("bump", "staging", "shop", "--image", "ghcr.io/acme/shop:2.1.0", "--repo", dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, STAGING), "utf8")).toBe(overlay("staging", "2.1.0", "1.4.0", 1));
    expect(readFileSync(join(dir, PROD), "utf8")).toBe(overlay("prod", "1.9.0", "1.3.0", 5));
    expect(rendered(dir, "staging")).toEqual(["ghcr.io/acme/shop:2.1.0", "ghcr.io/acme/proxy:1.4.0"]);
    const digest = `sha256:${"c".repeat(64)}`;
    const pinned = await cli(
      "bump",
      "staging",
      "shop",
      "--image",
      `ghcr.io/acme/proxy:1.5.0@${digest}`,
      "--repo",
      dir,
    );
    expect(pinned.code).toBe(0);
    expect(rendered(dir, "staging")).toEqual([
      "ghcr.io/acme/shop:2.1.0",
      `ghcr.io/acme/proxy:1.5.0@${digest}`,
    ]);
  });

  it("an image the inline patches do not set is exit 2, naming the ones they do", async () => {
    const dir = repo();
    const r = await cli("bump", "staging", "shop", "--image", "ghcr.io/acme/other:1.0.0", "--repo", dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ghcr.io/acme/shop");
    expect(r.stderr).toContain(STAGING);
  });
});
