import { afterEach, describe, expect, it } from "vitest";
import { expandApplicationSet } from "../../../packages/core/src/appset/index.js";
import { appset, context, makeRepo, names, removeRepos, specs, THIS_REPO } from "./fixtures/repo.js";

afterEach(removeRepos);

describe("list generator (Generators-List.md)", () => {
  it("renders the documented engineering-dev example with Go templates", () => {
    const result = expandApplicationSet(
      appset(`
apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: guestbook
  namespace: argocd
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
  - list:
      elements:
      - cluster: engineering-dev
        url: https://kubernetes.default.svc
  template:
    metadata:
      name: '{{.cluster}}-guestbook'
    spec:
      project: "my-project"
      source:
        repoURL: https://github.com/argoproj/argo-cd.git
        targetRevision: HEAD
        path: applicationset/examples/list-generator/guestbook/{{.cluster}}
      destination:
        server: '{{.url}}'
        namespace: guestbook
`),
      context(makeRepo()),
    );
    expect(result.errors).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.applications).toHaveLength(1);
    expect(result.applications[0]?.manifest).toEqual({
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Application",
      metadata: {
        name: "engineering-dev-guestbook",
        namespace: "argocd",
        finalizers: ["resources-finalizer.argocd.argoproj.io"],
      },
      spec: {
        project: "my-project",
        source: {
          repoURL: "https://github.com/argoproj/argo-cd.git",
          targetRevision: "HEAD",
          path: "applicationset/examples/list-generator/guestbook/engineering-dev",
        },
        destination: { server: "https://kubernetes.default.svc", namespace: "guestbook" },
      },
    });
    expect(result.applications[0]?.params).toEqual({
      cluster: "engineering-dev",
      url: "https://kubernetes.default.svc",
    });
  });

  it("flattens values.* for fasttemplate and accepts the v0.2.0 element form", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: list-values}
spec:
  generators:
  - list:
      elements:
        - cluster: engineering-dev
          url: https://kubernetes.default.svc
          values:
            additional: value
        - staging: "true"
          gitRepo: https://kubernetes.default.svc
          cluster: other
  template:
    metadata:
      name: '{{cluster}}-{{values.additional}}'
    spec:
      source: {repoURL: '{{gitRepo}}', path: '{{ staging }}'}
`),
      context(makeRepo()),
    );
    // fasttemplate leaves an unknown parameter as written, so the second name is not a valid one.
    expect(names(result)).toEqual(["engineering-dev-value"]);
    expect(result.errors).toEqual([
      'ApplicationSet list-values: generators[0] (list): generated Application name "other-{{values.additional}}" is not a valid Kubernetes name',
    ]);
    const second = expandApplicationSet(
      appset(`
metadata: {name: list-values}
spec:
  generators:
  - list:
      elements:
        - staging: "true"
          gitRepo: https://kubernetes.default.svc
          cluster: other
  template:
    metadata: {name: '{{cluster}}'}
    spec:
      source: {repoURL: '{{gitRepo}}', path: '{{ staging }}-{{ unknown }}'}
`),
      context(makeRepo()),
    );
    expect(specs(second).other?.source).toEqual({
      repoURL: "https://kubernetes.default.svc",
      path: "true-{{ unknown }}",
    });
  });

  it("turns numbers and booleans into strings for fasttemplate but refuses nested values", () => {
    const ok = expandApplicationSet(
      appset(`
metadata: {name: scalars}
spec:
  generators:
  - list:
      elements:
        - {name: a, replicas: 3, big: 1000000, enabled: true}
  template:
    metadata: {name: '{{name}}'}
    spec: {source: {path: '{{replicas}}/{{big}}/{{enabled}}'}}
`),
      context(makeRepo()),
    );
    // Go prints a float64 of a million with %v as 1e+06.
    expect(specs(ok).a?.source).toEqual({ path: "3/1e+06/true" });
    const bad = expandApplicationSet(
      appset(`
metadata: {name: nested}
spec:
  generators:
  - list:
      elements:
        - {name: a, nested: {x: 1}}
  template:
    metadata: {name: '{{name}}'}
`),
      context(makeRepo()),
    );
    expect(bad.applications).toEqual([]);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatch(
      /^ApplicationSet nested: generators\[0\] \(list\): .*nested objects and arrays are not supported/,
    );
  });

  it("builds elements from elementsYaml templated by a git files generator in a matrix", () => {
    const repo = makeRepo({
      "applicationset/examples/list-generator/list-elementsYaml-example.yaml": `key:
  components:
    - name: component1
      chart: podinfo
      version: "6.3.2"
      releaseName: component1
      repoUrl: "https://stefanprodan.github.io/podinfo"
      namespace: component1
    - name: component2
      chart: podinfo
      version: "6.3.3"
      releaseName: component2
      repoUrl: "ghcr.io/stefanprodan/charts"
      namespace: component2
`,
    });
    const result = expandApplicationSet(
      appset(`
metadata: {name: elements-yaml, namespace: argocd}
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
          - path: applicationset/examples/list-generator/list-elementsYaml-example.yaml
      - list:
          elementsYaml: "{{ .key.components | toJson }}"
  template:
    metadata:
      name: '{{.name}}'
    spec:
      project: default
      sources:
        - chart: '{{.chart}}'
          repoURL: '{{.repoUrl}}'
          targetRevision: '{{.version}}'
          helm:
            releaseName: '{{.releaseName}}'
      destination:
        server: https://kubernetes.default.svc
        namespace: '{{.namespace}}'
`),
      context(repo),
    );
    expect(result.errors).toEqual([]);
    expect(names(result)).toEqual(["component1", "component2"]);
    expect(specs(result).component2).toMatchObject({
      sources: [
        {
          chart: "podinfo",
          repoURL: "ghcr.io/stefanprodan/charts",
          targetRevision: "6.3.3",
          helm: { releaseName: "component2" },
        },
      ],
      destination: { namespace: "component2" },
    });
    expect(result.inputs.files).toEqual([
      "applicationset/examples/list-generator/list-elementsYaml-example.yaml",
    ]);
  });

  it("filters parameter sets with a post-selector (Generators-Post-Selector.md)", () => {
    for (const selector of [
      "matchLabels: {env: staging}",
      "matchExpressions: [{key: env, operator: In, values: [staging]}]",
    ]) {
      const result = expandApplicationSet(
        appset(`
metadata: {name: guestbook}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
  - list:
      elements:
        - cluster: engineering-dev
          url: https://kubernetes.default.svc
          env: staging
        - cluster: engineering-prod
          url: https://kubernetes.default.svc
          env: prod
    selector:
      ${selector}
  template:
    metadata:
      name: '{{.cluster}}-guestbook'
    spec:
      project: default
      destination: {server: '{{.url}}', namespace: guestbook}
`),
        context(makeRepo()),
      );
      expect(result.errors).toEqual([]);
      expect(names(result)).toEqual(["engineering-dev-guestbook"]);
    }
  });

  it("reports a selector with an unknown operator", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: bad-selector}
spec:
  generators:
  - list: {elements: [{cluster: a}]}
    selector:
      matchExpressions: [{key: env, operator: Near, values: [x]}]
  template: {metadata: {name: '{{cluster}}'}}
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors[0]).toMatch(/bad-selector.*"Near" is not a valid label selector operator/);
  });
});
