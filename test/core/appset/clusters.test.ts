import { afterEach, describe, expect, it } from "vitest";
import { clusterFromSecret, expandApplicationSet } from "../../../packages/core/src/appset/index.js";
import { appset, cluster, context, makeRepo, names, removeRepos, specs } from "./fixtures/repo.js";

afterEach(removeRepos);

const STAGING = cluster(
  "staging",
  "https://1.2.3.4",
  { staging: "true", type: "staging" },
  { "my-custom-annotation": "v1.2" },
);
const PRODUCTION = cluster("production", "https://2.4.6.8", { type: "production" });

const GUESTBOOK = `
  template:
    metadata:
      name: '{{.name}}-guestbook'
    spec:
      project: "my-project"
      source:
        repoURL: https://github.com/argoproj/argocd-example-apps/
        targetRevision: HEAD
        path: guestbook
      destination:
        server: '{{.server}}'
        namespace: guestbook
`;

describe("cluster generator (Generators-Cluster.md)", () => {
  it("targets every cluster, the local in-cluster first", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: guestbook, namespace: argocd}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
  - clusters: {}
${GUESTBOOK}`),
      context(makeRepo(), { clusters: [STAGING, PRODUCTION] }),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual(["in-cluster-guestbook", "staging-guestbook", "production-guestbook"]);
    expect(specs(result)["in-cluster-guestbook"]?.destination).toEqual({
      server: "https://kubernetes.default.svc",
      namespace: "guestbook",
    });
  });

  it("leaves in-cluster out under a label selector, and matches matchExpressions", () => {
    for (const selector of [
      "matchLabels: {staging: 'true'}",
      "matchExpressions: [{key: staging, operator: In, values: ['true']}]",
    ]) {
      const result = expandApplicationSet(
        appset(`
metadata: {name: guestbook}
spec:
  goTemplate: true
  generators:
  - clusters:
      selector:
        ${selector}
${GUESTBOOK}`),
        context(makeRepo(), { clusters: [STAGING, PRODUCTION] }),
      );
      expect(result.errors).toEqual([]);
      expect(names(result)).toEqual(["staging-guestbook"]);
    }
  });

  it("selects only remote clusters with the secret-type label, as documented", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: guestbook}
spec:
  goTemplate: true
  generators:
  - clusters:
      selector:
        matchLabels:
          argocd.argoproj.io/secret-type: cluster
${GUESTBOOK}`),
      context(makeRepo(), { clusters: [STAGING, PRODUCTION] }),
    );
    expect(names(result)).toEqual(["staging-guestbook", "production-guestbook"]);
  });

  it("does not add in-cluster when a cluster Secret already points at the local API server", () => {
    const local = cluster("in-cluster-local", "https://kubernetes.default.svc/");
    const result = expandApplicationSet(
      appset(`
metadata: {name: guestbook}
spec:
  goTemplate: true
  generators:
  - clusters: {}
${GUESTBOOK}`),
      context(makeRepo(), { clusters: [local] }),
    );
    expect(names(result)).toEqual(["in-cluster-local-guestbook"]);
  });

  it("passes values per generator, rendered from each cluster's parameters", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: guestbook}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
  - clusters:
      selector:
        matchLabels:
          type: 'staging'
      values:
        revision: '{{index .metadata.annotations "my-custom-annotation"}}'
        clusterName: '{{.name}}'
  - clusters:
      selector:
        matchLabels:
          type: 'production'
      values:
        revision: stable
        clusterName: '{{.name}}'
  template:
    metadata:
      name: '{{.name}}-guestbook'
    spec:
      project: "my-project"
      source:
        repoURL: https://github.com/argoproj/argocd-example-apps/
        targetRevision: '{{.values.revision}}'
        path: guestbook
      destination:
        server: '{{.values.clusterName}}'
        namespace: guestbook
`),
      context(makeRepo(), { clusters: [STAGING, PRODUCTION] }),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual(["staging-guestbook", "production-guestbook"]);
    expect(specs(result)["staging-guestbook"]).toMatchObject({
      source: { targetRevision: "v1.2" },
      destination: { server: "staging" },
    });
    expect(specs(result)["production-guestbook"]).toMatchObject({ source: { targetRevision: "stable" } });
  });

  it("flattens metadata.labels.* and nameNormalized for fasttemplate", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: fast}
spec:
  generators:
  - clusters:
      selector: {matchLabels: {type: staging}}
  template:
    metadata: {name: '{{nameNormalized}}-{{metadata.labels.type}}'}
    spec: {project: '{{metadata.annotations.my-custom-annotation}}'}
`),
      context(makeRepo(), { clusters: [{ ...STAGING, name: "Staging_EU" }] }),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual(["staging-eu-staging"]);
    expect(specs(result)["staging-eu-staging"]).toEqual({ project: "v1.2" });
    expect(result.applications[0]?.params).toMatchObject({
      name: "Staging_EU",
      nameNormalized: "staging-eu",
      "metadata.labels.argocd.argoproj.io/secret-type": "cluster",
    });
  });

  it("gives all clusters in one parameter set with flatList", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: flat}
spec:
  goTemplate: true
  generators:
  - clusters: {flatList: true}
  template:
    metadata: {name: all-clusters}
    spec: {source: {path: '{{ range .clusters }}{{ .name }},{{ end }}'}}
`),
      context(makeRepo(), { clusters: [STAGING, PRODUCTION] }),
    );
    expect(specs(result)["all-clusters"]?.source).toEqual({ path: "in-cluster,staging,production," });
  });

  it("rejects a selector value Kubernetes would not accept", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: badsel}
spec:
  generators:
  - clusters: {selector: {matchLabels: {type: 'not a value!'}}}
  template: {metadata: {name: x}}
`),
      context(makeRepo(), { clusters: [STAGING] }),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors[0]).toMatch(/badsel.*invalid label value "not a value!"/);
  });
});

describe("clusterFromSecret", () => {
  it("reads name, server and project from base64 data, with stringData winning", () => {
    const b64 = (s: string) => Buffer.from(s).toString("base64");
    expect(
      clusterFromSecret({
        apiVersion: "v1",
        kind: "Secret",
        metadata: {
          name: "prod",
          labels: { "argocd.argoproj.io/secret-type": "cluster", env: "prod" },
          annotations: { team: "infra" },
        },
        data: { name: b64("prod"), server: b64("https://prod.example.com"), config: b64("{}") },
        stringData: { project: "platform" },
      }),
    ).toEqual({
      name: "prod",
      server: "https://prod.example.com",
      project: "platform",
      labels: { "argocd.argoproj.io/secret-type": "cluster", env: "prod" },
      annotations: { team: "infra" },
    });
  });

  it("ignores Secrets that are not cluster Secrets and anything that is not a Secret", () => {
    expect(
      clusterFromSecret({
        kind: "Secret",
        metadata: { labels: { "argocd.argoproj.io/secret-type": "repository" } },
      }),
    ).toBeUndefined();
    expect(
      clusterFromSecret({
        kind: "ConfigMap",
        metadata: { labels: { "argocd.argoproj.io/secret-type": "cluster" } },
      }),
    ).toBeUndefined();
    expect(clusterFromSecret("text")).toBeUndefined();
    expect(clusterFromSecret(null)).toBeUndefined();
  });
});
