// Helm values written as a YAML string in an Application (`helm.values: |`): images and
// promote.values paths promoted and bumped inside the string, the rest of it byte-identical.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "../support/cli.js";
import { tempRepo } from "./fixture.js";

/** A chart-repository Application whose env values are a YAML string. */
const app = (env: string, tag: string, host: string, chart = "1.0.0") => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: api-${env}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://charts.example.com
    chart: api
    targetRevision: ${chart}
    helm:
      # Values for ${env}, kept here so one file says all of it.
      values: |
        # the image the release pipeline sets
        image:
          repository: ghcr.io/acme/api
          tag: "${tag}"   # quoted: a version is a string

        ingress:
          host: ${host}
  destination:
    server: https://kubernetes.default.svc
    namespace: api-${env}
`;

/** The same with several sources: the chart's values string sits in `spec.sources[1]`. */
const multi = (env: string, tag: string, replicas: number) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: api-${env}
spec:
  project: default
  sources:
    - repoURL: https://github.com/acme/infra-gitops.git
      targetRevision: main
      ref: values
    - repoURL: https://charts.example.com
      chart: api
      targetRevision: 1.0.0
      helm:
        values: |-
          replicaCount: ${replicas}
          image:
            repository: ghcr.io/acme/api
            tag: ${tag}
  destination:
    server: https://kubernetes.default.svc
    namespace: api-${env}
`;

const STAGING = "argo-apps/staging/api.yaml";
const PROD = "argo-apps/prod/api.yaml";

function repo(staging: string, prod: string): string {
  return tempRepo({ [STAGING]: staging, [PROD]: prod });
}

/** The Helm values Argo CD would pass: the single source's string, parsed. */
function values(dir: string, file: string): unknown {
  const doc = parse(readFileSync(join(dir, file), "utf8")) as {
    spec: { source: { helm: { values: string } } };
  };
  return parse(doc.spec.source.helm.values);
}

describe("Application helm.values strings", () => {
  it("promote sets image.tag inside prod's string; the host, comments, quoting and blank line stay", async () => {
    const dir = repo(
      app("staging", "2.1.0", "api.staging.example.com"),
      app("prod", "2.0.0", "api.example.com"),
    );
    const r = await cli("promote", "staging", "prod", "api", "--json", "--repo", dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { changes: { field: string; from: string; to: string }[] };
    expect(json.changes.map((c) => `${c.field}: ${c.from} -> ${c.to}`)).toEqual([
      "spec.source.helm.values: image.tag: 2.0.0 -> 2.1.0",
    ]);
    expect(readFileSync(join(dir, PROD), "utf8")).toBe(app("prod", "2.1.0", "api.example.com"));
    expect(values(dir, PROD)).toEqual({
      image: { repository: "ghcr.io/acme/api", tag: "2.1.0" },
      ingress: { host: "api.example.com" },
    });
    const again = await cli("promote", "staging", "prod", "api", "--repo", dir);
    expect(again.stdout).toContain("nothing to promote");
  });

  it("promote matches the chart's source among several and keeps the |- string's chomping", async () => {
    const dir = repo(multi("staging", "2.1.0", 1), multi("prod", "2.0.0", 4));
    const r = await cli("promote", "staging", "prod", "api", "--repo", dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, PROD), "utf8")).toBe(multi("prod", "2.1.0", 4));
  });

  it("bump sets the tag (and a digest beside it) in the env's string only", async () => {
    const dir = repo(
      app("staging", "2.1.0", "api.staging.example.com"),
      app("prod", "2.0.0", "api.example.com"),
    );
    const digest = `sha256:${"d".repeat(64)}`;
    const r = await cli(
      "bump",
      "staging",
      "api",
      "--image",
      `ghcr.io/acme/api:2.2.0@${digest}`,
      "--json",
      "--repo",
      dir,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { changes: { field: string }[] }).changes.map((c) => c.field)).toEqual([
      "spec.source.helm.values: image.tag",
      "spec.source.helm.values: image.digest",
    ]);
    expect(readFileSync(join(dir, STAGING), "utf8")).toBe(
      app("staging", "2.2.0", "api.staging.example.com").replace(
        "   # quoted: a version is a string\n",
        `   # quoted: a version is a string\n          digest: ${digest}\n`,
      ),
    );
    expect(readFileSync(join(dir, PROD), "utf8")).toBe(app("prod", "2.0.0", "api.example.com"));
    const again = await cli(
      "bump",
      "staging",
      "api",
      "--image",
      `ghcr.io/acme/api:2.2.0@${digest}`,
      "--repo",
      dir,
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("nothing to bump");
  });

  it("bump in a multi-source Application edits the chart source's string", async () => {
    const dir = repo(multi("staging", "2.1.0", 1), multi("prod", "2.0.0", 4));
    const r = await cli("bump", "staging", "api", "--image", "ghcr.io/acme/api:3.0.0", "--repo", dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, STAGING), "utf8")).toBe(multi("staging", "3.0.0", 1));
  });

  it("bump also sets image.tag in an Application's valuesObject (a map, not a string), in its own document", async () => {
    const object = (env: string, tag: string) =>
      app(env, tag, `api.${env}.example.com`)
        .replace("values: |", "valuesObject:")
        .replace(/^ {8}# the image.*\n/m, "")
        .replace(/^\n(?= {8}ingress)/m, "");
    const other = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: unrelated\n---\n";
    const dir = repo(other + object("staging", "2.1.0"), object("prod", "2.0.0"));
    const r = await cli(
      "bump",
      "staging",
      "api",
      "--image",
      "ghcr.io/acme/api:2.2.0",
      "--json",
      "--repo",
      dir,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { changes: { field: string }[] }).changes.map((c) => c.field)).toEqual([
      "spec.source.helm.valuesObject.image.tag",
    ]);
    expect(readFileSync(join(dir, STAGING), "utf8")).toBe(other + object("staging", "2.2.0"));
  });

  it("a folded (>) values string is not edited: bump names the image it cannot place", async () => {
    const folded = app("staging", "2.1.0", "api.staging.example.com").replace("values: |", "values: >");
    const dir = repo(folded, app("prod", "2.0.0", "api.example.com"));
    const r = await cli("bump", "staging", "api", "--image", "ghcr.io/acme/api:3.0.0", "--repo", dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('does not deploy image "ghcr.io/acme/api" in staging');
    expect(readFileSync(join(dir, STAGING), "utf8")).toBe(folded);
  });
});
