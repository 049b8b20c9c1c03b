import { afterEach, describe, expect, it } from "vitest";
import { expandApplicationSet } from "../../../packages/core/src/appset/index.js";
import { appset, context, makeRepo, names, removeRepos, specs, THIS_REPO } from "./fixtures/repo.js";

afterEach(removeRepos);

const ADDONS = "applicationset/examples/git-generator-directory/cluster-addons";

function addonsRepo(): string {
  return makeRepo({
    [`${ADDONS}/argo-workflows/kustomization.yaml`]: "resources: [namespace-install.yaml]\n",
    [`${ADDONS}/argo-workflows/namespace-install.yaml`]: "kind: Namespace\n",
    [`${ADDONS}/prometheus-operator/Chart.yaml`]: "name: prometheus-operator\n",
    [`${ADDONS}/prometheus-operator/values.yaml`]: "{}\n",
  });
}

describe("git directory generator (Generators-Git.md)", () => {
  it("generates one Application per matching folder with path, basename and segments", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: cluster-addons, namespace: argocd}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
  - git:
      repoURL: ${THIS_REPO}
      revision: HEAD
      directories:
      - path: ${ADDONS}/*
  template:
    metadata:
      name: '{{.path.basename}}'
    spec:
      project: "my-project"
      source:
        repoURL: ${THIS_REPO}
        targetRevision: HEAD
        path: '{{.path.path}}'
      destination:
        server: https://kubernetes.default.svc
        namespace: '{{.path.basename}}'
      syncPolicy:
        syncOptions:
        - CreateNamespace=true
`),
      context(addonsRepo()),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual(["argo-workflows", "prometheus-operator"]);
    expect(specs(result)["prometheus-operator"]).toEqual({
      project: "my-project",
      source: { repoURL: THIS_REPO, targetRevision: "HEAD", path: `${ADDONS}/prometheus-operator` },
      destination: { server: "https://kubernetes.default.svc", namespace: "prometheus-operator" },
      syncPolicy: { syncOptions: ["CreateNamespace=true"] },
    });
    expect(result.inputs.dirs).toEqual([ADDONS]);
  });

  it("gives fasttemplate path, path.basename, path.basenameNormalized and path[n]", () => {
    const repo = makeRepo({}, ["apps/my_app", "apps/other"]);
    const result = expandApplicationSet(
      appset(`
metadata: {name: fast}
spec:
  generators:
  - git:
      repoURL: ${THIS_REPO}
      directories: [{path: 'apps/*'}]
  template:
    metadata: {name: '{{path.basenameNormalized}}'}
    spec: {source: {path: '{{path}}|{{path[0]}}|{{path[1]}}|{{path.basename}}'}}
`),
      context(repo),
    );
    expect(result.errors).toEqual([]);
    expect(specs(result)["my-app"]?.source).toEqual({ path: "apps/my_app|apps|my_app|my_app" });
    expect(result.applications[0]?.params).toEqual({
      path: "apps/my_app",
      "path.basename": "my_app",
      "path.basenameNormalized": "my-app",
      "path[0]": "apps",
      "path[1]": "my_app",
    });
  });

  it("lets an exclude entry win over an include (the documented excludes example)", () => {
    const base = "applicationset/examples/git-generator-directory/excludes/cluster-addons";
    const repo = makeRepo({}, [`${base}/exclude-helm-guestbook/templates`, `${base}/prometheus-operator`]);
    const result = expandApplicationSet(
      appset(`
metadata: {name: cluster-addons}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
  - git:
      repoURL: ${THIS_REPO}
      revision: HEAD
      directories:
      - path: ${base}/*
      - path: ${base}/exclude-helm-guestbook
        exclude: true
  template:
    metadata: {name: '{{.path.basename}}'}
    spec: {source: {path: '{{.path.path}}'}}
`),
      context(repo),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual(["prometheus-operator"]);
  });

  it("applies exclude rules regardless of order, with path.Match classes", () => {
    const repo = makeRepo({}, ["d/e", "d/f", "d/g"]);
    const run = (directories: string) =>
      names(
        expandApplicationSet(
          appset(`
metadata: {name: d}
spec:
  generators:
  - git: {repoURL: ${THIS_REPO}, directories: ${directories}}
  template: {metadata: {name: '{{path.basename}}'}}
`),
          context(repo),
        ),
      );
    // The documented pitfall: the exclude of d/* also removes d/e.
    expect(run("[{path: d/e}, {path: 'd/*', exclude: true}]")).toEqual([]);
    expect(run("[{path: 'd/*'}, {path: d/f, exclude: true}, {path: d/g, exclude: true}]")).toEqual(["e"]);
    expect(run("[{path: 'd/*'}, {path: 'd/[fg]', exclude: true}]")).toEqual(["e"]);
  });

  it("deploys from the repository root with '*', skipping dot folders and excluded paths", () => {
    const repo = makeRepo({}, ["guestbook", "donotdeploy", ".github/workflows", "render/x", "helm-app"]);
    const result = expandApplicationSet(
      appset(`
metadata: {name: root}
spec:
  goTemplate: true
  generators:
  - git:
      repoURL: ${THIS_REPO}
      directories:
      - path: '*'
      - path: donotdeploy
        exclude: true
  template:
    metadata: {name: '{{.path.basename}}'}
`),
      context(repo, { excluded: ["render"] }),
    );
    expect(names(result)).toEqual(["guestbook", "helm-app"]);
    expect(result.inputs.dirs).toEqual(["."]);
  });

  it("adds values rendered from the path parameters", () => {
    const repo = makeRepo({}, ["eu/app", "us/app2"]);
    const result = expandApplicationSet(
      appset(`
metadata: {name: values}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
  - git:
      repoURL: ${THIS_REPO}
      directories: [{path: '*/*'}]
      values:
        cluster: '{{index .path.segments 0}}-{{.path.basename}}'
  template:
    metadata: {name: '{{.path.basename}}'}
    spec: {destination: {namespace: '{{.values.cluster}}'}}
`),
      context(repo),
    );
    expect(result.errors).toEqual([]);
    expect(specs(result).app?.destination).toEqual({ namespace: "eu-app" });
    expect(specs(result).app2?.destination).toEqual({ namespace: "us-app2" });
  });

  it("notes a git generator on another repository and generates nothing for it", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: elsewhere}
spec:
  generators:
  - git: {repoURL: https://github.com/example/other.git, directories: [{path: '*'}]}
  template: {metadata: {name: '{{path.basename}}'}}
`),
      context(makeRepo({}, ["a"])),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.notes).toEqual([
      "ApplicationSet elsewhere: git generator reads https://github.com/example/other.git, which is not this repository; its parameters need that repository",
    ]);
  });
});

const CONFIG = "applicationset/examples/git-generator-files-discovery/cluster-config";

function configRepo(): string {
  const config = (name: string, address: string) =>
    JSON.stringify({
      aws_account: "123456",
      asset_id: "11223344",
      cluster: { owner: "cluster-admin@company.com", name, address },
    });
  return makeRepo({
    [`${CONFIG}/engineering/dev/config.json`]: config("engineering-dev", "https://1.2.3.4"),
    [`${CONFIG}/engineering/prod/config.json`]: config("engineering-prod", "https://2.4.6.8"),
    "applicationset/examples/git-generator-files-discovery/apps/guestbook/kustomization.yaml":
      "resources: []\n",
  });
}

describe("git files generator (Generators-Git.md)", () => {
  it("flattens config.json into the documented fasttemplate parameters", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: guestbook}
spec:
  generators:
  - git:
      repoURL: ${THIS_REPO}
      revision: HEAD
      files:
      - path: "${CONFIG}/**/config.json"
  template:
    metadata: {name: '{{cluster.name}}-guestbook'}
    spec:
      source: {path: applicationset/examples/git-generator-files-discovery/apps/guestbook}
      destination: {server: '{{cluster.address}}', namespace: guestbook}
`),
      context(configRepo()),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual(["engineering-dev-guestbook", "engineering-prod-guestbook"]);
    expect(result.applications[0]?.params).toEqual({
      aws_account: "123456",
      asset_id: "11223344",
      "cluster.owner": "cluster-admin@company.com",
      "cluster.name": "engineering-dev",
      "cluster.address": "https://1.2.3.4",
      path: `${CONFIG}/engineering/dev`,
      "path.basename": "dev",
      "path.basenameNormalized": "dev",
      "path.filename": "config.json",
      "path.filenameNormalized": "config.json",
      "path[0]": "applicationset",
      "path[1]": "examples",
      "path[2]": "git-generator-files-discovery",
      "path[3]": "cluster-config",
      "path[4]": "engineering",
      "path[5]": "dev",
    });
    expect(specs(result)["engineering-prod-guestbook"]?.destination).toEqual({
      server: "https://2.4.6.8",
      namespace: "guestbook",
    });
    expect(result.inputs).toEqual({
      files: [`${CONFIG}/engineering/dev/config.json`, `${CONFIG}/engineering/prod/config.json`],
      dirs: [CONFIG],
    });
  });

  it("keeps values nested for Go templates and builds base_dir from path.segments", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: guestbook}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
  - git:
      repoURL: ${THIS_REPO}
      revision: HEAD
      files:
      - path: "${CONFIG}/**/config.json"
      values:
        base_dir: "{{index .path.segments 0}}/{{index .path.segments 1}}/{{index .path.segments 2}}"
  template:
    metadata:
      name: '{{.cluster.name}}-guestbook'
    spec:
      project: default
      source:
        repoURL: ${THIS_REPO}
        targetRevision: HEAD
        path: "{{.values.base_dir}}/apps/guestbook"
      destination:
        server: '{{.cluster.address}}'
        namespace: guestbook
`),
      context(configRepo()),
    );
    expect(result.errors).toEqual([]);
    expect(specs(result)["engineering-dev-guestbook"]?.source).toEqual({
      repoURL: THIS_REPO,
      targetRevision: "HEAD",
      path: "applicationset/examples/git-generator-files-discovery/apps/guestbook",
    });
  });

  it("makes one parameter set per element of a YAML list, and one empty set for an empty file", () => {
    const repo = makeRepo({
      "envs/list.yaml": "- {env: dev, replicas: 1}\n- {env: prod, replicas: 3}\n",
      "envs/empty.yaml": "",
    });
    const result = expandApplicationSet(
      appset(`
metadata: {name: envs}
spec:
  goTemplate: true
  generators:
  - git: {repoURL: ${THIS_REPO}, files: [{path: 'envs/*.yaml'}]}
  template:
    metadata: {name: '{{ .env | default .path.filename | replace "." "-" }}'}
    spec: {source: {helm: {parameters: [{name: replicas, value: '{{ .replicas }}'}]}}}
`),
      context(repo),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual(["empty-yaml", "dev", "prod"]);
    expect(specs(result).prod?.source).toEqual({ helm: { parameters: [{ name: "replicas", value: "3" }] } });
  });

  it("globs greedily like git ls-files: '*' crosses folders, and exclude entries remove files", () => {
    const repo = makeRepo({
      "apps/a.json": "{}",
      "apps/nested/b.json": "{}",
      "apps/nested/skip.json": "{}",
      "other/c.json": "{}",
    });
    const result = expandApplicationSet(
      appset(`
metadata: {name: greedy}
spec:
  generators:
  - git:
      repoURL: ${THIS_REPO}
      files:
      - path: 'apps/*.json'
      - path: 'apps/nested/skip.json'
        exclude: true
  template: {metadata: {name: '{{path.filenameNormalized}}'}}
`),
      context(repo),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual(["a.json", "b.json"]);
  });

  it("prefixes path parameters with pathParamPrefix", () => {
    const repo = makeRepo({ "apps/app-one.json": '{"appName": "app-one"}' });
    const fast = expandApplicationSet(
      appset(`
metadata: {name: prefix}
spec:
  generators:
  - git: {repoURL: ${THIS_REPO}, files: [{path: 'apps/*.json'}], pathParamPrefix: app}
  template: {metadata: {name: '{{appName}}'}, spec: {source: {path: '{{app.path}}/{{app.path.filename}}'}}}
`),
      context(repo),
    );
    expect(specs(fast)["app-one"]?.source).toEqual({ path: "apps/app-one.json" });
    const go = expandApplicationSet(
      appset(`
metadata: {name: prefix}
spec:
  goTemplate: true
  generators:
  - git: {repoURL: ${THIS_REPO}, files: [{path: 'apps/*.json'}], pathParamPrefix: app}
  template: {metadata: {name: '{{.appName}}'}, spec: {source: {path: '{{.app.path.path}}/{{.app.path.filename}}'}}}
`),
      context(repo),
    );
    expect(specs(go)["app-one"]?.source).toEqual({ path: "apps/app-one.json" });
  });

  it("reports a file it cannot parse, naming the file", () => {
    const repo = makeRepo({ "cfg/bad.yaml": "a: [1, 2\n", "cfg/scalar.yaml": "just text\n" });
    const result = expandApplicationSet(
      appset(`
metadata: {name: broken}
spec:
  generators:
  - git: {repoURL: ${THIS_REPO}, files: [{path: cfg/bad.yaml}]}
  - git: {repoURL: ${THIS_REPO}, files: [{path: cfg/scalar.yaml}]}
  template: {metadata: {name: x}}
`),
      context(repo),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(
      /^ApplicationSet broken: generators\[0\] \(git\): unable to process file 'cfg\/bad\.yaml': unable to parse file/,
    );
    expect(result.errors[1]).toMatch(/unable to process file 'cfg\/scalar\.yaml'/);
  });

  it("never reads excluded paths", () => {
    const repo = makeRepo({
      "render/x/config.json": '{"name": "rendered"}',
      "src/config.json": '{"name": "source"}',
    });
    const result = expandApplicationSet(
      appset(`
metadata: {name: excl}
spec:
  generators:
  - git: {repoURL: ${THIS_REPO}, files: [{path: '**/config.json'}]}
  template: {metadata: {name: '{{name}}'}}
`),
      context(repo, { excluded: ["render"] }),
    );
    expect(names(result)).toEqual(["source"]);
    expect(result.inputs.files).toEqual(["src/config.json"]);
  });
});
