import { afterEach, describe, expect, it } from "vitest";
import { expandApplicationSet } from "../../../packages/core/src/appset/index.js";
import { appset, cluster, context, makeRepo, names, removeRepos, specs, THIS_REPO } from "./fixtures/repo.js";

afterEach(removeRepos);

const STAGING = cluster("staging", "https://1.2.3.4", { environment: "staging" });
const PRODUCTION = cluster("production", "https://2.4.6.8", { environment: "production" });

function addonsRepo(): string {
  return makeRepo({
    "applicationset/examples/matrix/cluster-addons/argo-workflows/kustomization.yaml": "resources: []\n",
    "applicationset/examples/matrix/cluster-addons/prometheus-operator/Chart.yaml": "name: p\n",
  });
}

describe("matrix generator (Generators-Matrix.md)", () => {
  it("combines git directories with clusters into every pair", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: cluster-git}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
    - matrix:
        generators:
          - git:
              repoURL: ${THIS_REPO}
              revision: HEAD
              directories:
                - path: applicationset/examples/matrix/cluster-addons/*
          - clusters:
              selector:
                matchLabels:
                  argocd.argoproj.io/secret-type: cluster
  template:
    metadata:
      name: '{{.path.basename}}-{{.name}}'
    spec:
      project: '{{index .metadata.labels "environment"}}'
      source:
        repoURL: ${THIS_REPO}
        targetRevision: HEAD
        path: '{{.path.path}}'
      destination:
        server: '{{.server}}'
        namespace: '{{.path.basename}}'
`),
      context(addonsRepo(), { clusters: [STAGING, PRODUCTION] }),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual([
      "argo-workflows-staging",
      "argo-workflows-production",
      "prometheus-operator-staging",
      "prometheus-operator-production",
    ]);
    expect(specs(result)["prometheus-operator-production"]).toEqual({
      project: "production",
      source: {
        repoURL: THIS_REPO,
        targetRevision: "HEAD",
        path: "applicationset/examples/matrix/cluster-addons/prometheus-operator",
      },
      destination: { server: "https://2.4.6.8", namespace: "prometheus-operator" },
    });
  });

  it("templates the second generator with the first's parameters (a selector from path.basename)", () => {
    const repo = makeRepo({
      "examples/git-generator-files-discovery/cluster-config/engineering/dev/config.json":
        '{"cluster": {"name": "engineering-dev"}}',
      "examples/git-generator-files-discovery/cluster-config/engineering/prod/config.json":
        '{"cluster": {"name": "engineering-prod"}}',
    });
    const clusters = [
      cluster("dev-1", "https://10.0.0.1", { "kubernetes.io/environment": "dev" }),
      cluster("prod-1", "https://10.0.0.2", { "kubernetes.io/environment": "prod" }),
      cluster("prod-2", "https://10.0.0.3", { "kubernetes.io/environment": "prod" }),
    ];
    const real = expandApplicationSet(
      appset(`
metadata: {name: cluster-git}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
    - matrix:
        generators:
          - git:
              repoURL: ${THIS_REPO}
              files:
                - path: "examples/git-generator-files-discovery/cluster-config/**/config.json"
          - clusters:
              selector:
                matchLabels:
                  kubernetes.io/environment: '{{.path.basename}}'
  template:
    metadata: {name: '{{.name}}-guestbook'}
    spec: {destination: {server: '{{.server}}', namespace: '{{.cluster.name}}'}}
`),
      context(repo, { clusters }),
    );
    expect(real.errors).toEqual([]);
    expect(names(real)).toEqual(["dev-1-guestbook", "prod-1-guestbook", "prod-2-guestbook"]);
    expect(specs(real)["prod-2-guestbook"]?.destination).toEqual({
      server: "https://10.0.0.3",
      namespace: "engineering-prod",
    });
  });

  it("combines a list with git directories (fasttemplate)", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: list-git}
spec:
  generators:
    - matrix:
        generators:
          - git:
              repoURL: ${THIS_REPO}
              directories: [{path: applicationset/examples/matrix/cluster-addons/*}]
          - list:
              elements:
                - cluster: engineering-dev
                  url: https://kubernetes.default.svc
                - cluster: engineering-prod
                  url: https://kubernetes.default.svc
  template:
    metadata: {name: '{{path.basename}}-{{cluster}}'}
    spec: {destination: {server: '{{url}}', namespace: '{{path.basename}}'}}
`),
      context(addonsRepo()),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual([
      "argo-workflows-engineering-dev",
      "argo-workflows-engineering-prod",
      "prometheus-operator-engineering-dev",
      "prometheus-operator-engineering-prod",
    ]);
  });

  it("lets the first child's values win over the second's in Go template mode", () => {
    const repo = makeRepo({
      "test/stage.values.yaml": "stageName: test\ncpuRequest: 100m\ndebugEnabled: true\n",
      "staging/stage.values.yaml": "stageName: staging\n",
      "production/stage.values.yaml": "stageName: production\nmemoryLimit: 512Mi\ndebugEnabled: false\n",
      "global.values.yaml": "cpuRequest: 200m\nmemoryLimit: 256Mi\ndebugEnabled: true\n",
    });
    const result = expandApplicationSet(
      appset(`
metadata: {name: parameter-override-example}
spec:
  goTemplate: true
  generators:
    - matrix:
        generators:
          - git:
              repoURL: ${THIS_REPO}
              revision: HEAD
              files:
                - path: "**/stage.values.yaml"
          - git:
               repoURL: ${THIS_REPO}
               revision: HEAD
               files:
                  - path: "global.values.yaml"
  template:
    metadata:
      name: '{{.stageName}}'
    spec:
      source:
        helm:
          values: '{{.cpuRequest}}/{{.memoryLimit}}/{{.debugEnabled}}/{{.path.path}}'
`),
      context(repo),
    );
    expect(result.errors).toEqual([]);
    const values = Object.fromEntries(
      Object.entries(specs(result)).map(([n, s]) => [
        n,
        (s.source as { helm: { values: string } }).helm.values,
      ]),
    );
    expect(values).toEqual({
      production: "200m/512Mi/false/production",
      staging: "200m/256Mi/true/staging",
      test: "100m/256Mi/true/test",
    });
  });

  it("keeps two git generators apart with pathParamPrefix", () => {
    const repo = makeRepo({
      "apps/app-one.json": '{ "appName": "app-one" }',
      "apps/app-two.json": '{ "appName": "app-two" }',
      "targets/app-one/east-cluster-one.json": '{ "region": "east", "clusterName": "cluster-one" }',
      "targets/app-one/east-cluster-two.json": '{ "region": "east", "clusterName": "cluster-two" }',
      "targets/app-two/east-cluster-one.json": '{ "region": "east", "clusterName": "cluster-one" }',
      "targets/app-two/west-cluster-three.json": '{ "region": "west", "clusterName": "cluster-three" }',
    });
    const result = expandApplicationSet(
      appset(`
metadata: {name: two-gits-with-path-param-prefix}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
    - matrix:
        generators:
          - git:
              repoURL: ${THIS_REPO}
              revision: HEAD
              files:
                - path: "apps/*.json"
              pathParamPrefix: app
          - git:
              repoURL: ${THIS_REPO}
              revision: HEAD
              files:
                - path: "targets/{{.appName}}/*.json"
              pathParamPrefix: target
  template:
    metadata: {name: '{{.appName}}-{{.clusterName}}'}
    spec:
      source: {path: '{{.app.path.path}}/{{.app.path.filename}}'}
      destination: {name: '{{.region}}', namespace: '{{.target.path.path}}/{{.target.path.filename}}'}
`),
      context(repo),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual([
      "app-one-cluster-one",
      "app-one-cluster-two",
      "app-two-cluster-one",
      "app-two-cluster-three",
    ]);
    expect(specs(result)["app-two-cluster-three"]).toEqual({
      source: { path: "apps/app-two.json" },
      destination: { name: "west", namespace: "targets/app-two/west-cluster-three.json" },
    });
    expect(result.inputs.dirs).toEqual(["apps", "targets/app-one", "targets/app-two"]);
  });

  it("refuses conflicting values for one key in fasttemplate mode", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: conflict}
spec:
  generators:
    - matrix:
        generators:
          - list: {elements: [{env: a}]}
          - list: {elements: [{env: b}]}
  template: {metadata: {name: '{{env}}'}}
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors).toEqual([
      "ApplicationSet conflict: generators[0] (matrix): failed to combine string maps with merging params for the matrix generator: found duplicate key env with different value, a: a ,b: b",
    ]);
  });

  it("ignores templates on child generators", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: child-template}
spec:
  generators:
    - matrix:
        generators:
          - list:
              elements: [{a: x}]
              template: {metadata: {name: from-child}}
          - list: {elements: [{b: y}]}
  template: {metadata: {name: '{{a}}-{{b}}'}}
`),
      context(makeRepo()),
    );
    expect(names(result)).toEqual(["x-y"]);
  });

  it("allows one level of nesting and refuses a third level", () => {
    const nested = expandApplicationSet(
      appset(`
metadata: {name: nested}
spec:
  generators:
    - matrix:
        generators:
          - matrix:
              generators:
                - list: {elements: [{a: "1"}, {a: "2"}]}
                - list: {elements: [{b: x}]}
          - list: {elements: [{c: z}]}
  template: {metadata: {name: 'n{{a}}-{{b}}-{{c}}'}}
`),
      context(makeRepo()),
    );
    expect(nested.errors).toEqual([]);
    expect(names(nested)).toEqual(["n1-x-z", "n2-x-z"]);
    const tooDeep = expandApplicationSet(
      appset(`
metadata: {name: deep}
spec:
  generators:
    - matrix:
        generators:
          - matrix:
              generators:
                - matrix:
                    generators:
                      - list: {elements: [{a: "1"}]}
                      - list: {elements: [{b: "2"}]}
                - list: {elements: [{c: "3"}]}
          - list: {elements: [{d: "4"}]}
  template: {metadata: {name: x}}
`),
      context(makeRepo()),
    );
    expect(tooDeep.applications).toEqual([]);
    expect(tooDeep.errors[0]).toMatch(/deep: generators\[0\] \(matrix\): .*can only be nested once/);
  });

  it("refuses a matrix with other than two generators", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: three}
spec:
  generators:
    - matrix:
        generators:
          - list: {elements: [{a: "1"}]}
          - list: {elements: [{b: "2"}]}
          - list: {elements: [{c: "3"}]}
  template: {metadata: {name: x}}
`),
      context(makeRepo()),
    );
    expect(result.errors).toEqual([
      "ApplicationSet three: generators[0] (matrix): found more than two generators, Matrix support only two",
    ]);
  });
});

describe("merge generator (Generators-Merge.md)", () => {
  it("overrides base cluster values by server, as the documented example shows", () => {
    const clusters = [
      cluster("staging", "https://1.2.3.4", { environment: "staging", "use-kafka": "false" }),
      cluster("production", "https://2.4.6.8", { environment: "production" }),
    ];
    const result = expandApplicationSet(
      appset(`
metadata: {name: cluster-git}
spec:
  generators:
    - merge:
        mergeKeys:
          - server
        generators:
          - clusters:
              values:
                kafka: 'true'
                redis: 'false'
          - clusters:
              selector:
                matchLabels:
                  use-kafka: 'false'
              values:
                kafka: 'false'
          - list:
              elements:
                - server: https://2.4.6.8
                  values.redis: 'true'
  template:
    metadata:
      name: '{{name}}'
    spec:
      project: '{{metadata.labels.environment}}'
      source:
        repoURL: https://github.com/argoproj/argo-cd.git
        targetRevision: HEAD
        path: app
        helm:
          parameters:
            - name: kafka
              value: '{{values.kafka}}'
            - name: redis
              value: '{{values.redis}}'
      destination:
        server: '{{server}}'
        namespace: default
`),
      context(makeRepo(), { clusters }),
    );
    expect(result.errors).toEqual([]);
    // The base cluster generator has no selector, so in-cluster is part of it too.
    expect(names(result)).toEqual(["in-cluster", "staging", "production"]);
    const params = (name: string) =>
      (specs(result)[name]?.source as { helm: { parameters: unknown } }).helm.parameters;
    expect(params("staging")).toEqual([
      { name: "kafka", value: "false" },
      { name: "redis", value: "false" },
    ]);
    expect(params("production")).toEqual([
      { name: "kafka", value: "true" },
      { name: "redis", value: "true" },
    ]);
    expect(specs(result).staging?.project).toBe("staging");
  });

  it("merges on a values.selector key computed by both generators", () => {
    const repo = makeRepo({}, ["Germany", "France"]);
    const result = expandApplicationSet(
      appset(`
metadata: {name: cluster-git}
spec:
  generators:
    - merge:
        mergeKeys:
          - values.selector
        generators:
          - clusters:
              selector: {matchLabels: {argocd.argoproj.io/secret-type: cluster}}
              values:
                selector: '{{metadata.labels.location}}'
          - git:
              repoURL: ${THIS_REPO}
              revision: HEAD
              directories:
              - path: '*'
              values:
                selector: '{{path}}'
  template:
    metadata: {name: '{{name}}'}
    spec:
      source: {path: '{{path}}'}
      destination: {server: '{{server}}', namespace: default}
`),
      context(repo, { clusters: [cluster("germany01", "https://1.2.3.4", { location: "Germany" })] }),
    );
    expect(result.errors).toEqual([]);
    expect(specs(result).germany01).toEqual({
      source: { path: "Germany" },
      destination: { server: "https://1.2.3.4", namespace: "default" },
    });
  });

  it("refuses parameter sets that are not unique by the merge keys", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: dup}
spec:
  generators:
    - merge:
        mergeKeys: [env]
        generators:
          - list: {elements: [{env: a, n: "1"}, {env: a, n: "2"}]}
          - list: {elements: [{env: a, n: "3"}]}
  template: {metadata: {name: '{{env}}'}}
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors[0]).toContain(
      'not unique by the given mergeKeys, Merge requires all param sets to be unique. Duplicate key was {"env":"a"}',
    );
  });
});
