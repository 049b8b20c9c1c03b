import { afterEach, describe, expect, it } from "vitest";
import { expandApplicationSet } from "../../../packages/core/src/appset/index.js";
import { appset, context, makeRepo, names, removeRepos, specs, THIS_REPO } from "./fixtures/repo.js";

afterEach(removeRepos);

describe("templates (Template.md)", () => {
  it("merges a generator's template over the ApplicationSet template", () => {
    const result = expandApplicationSet(
      appset(`
apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: guestbook
spec:
  generators:
  - list:
      elements:
        - cluster: engineering-dev
          url: https://kubernetes.default.svc
      template:
        metadata: {}
        spec:
          project: "default"
          source:
            targetRevision: HEAD
            repoURL: https://github.com/argoproj/argo-cd.git
            # New path value is generated here:
            path: 'applicationset/examples/template-override/{{cluster}}-override'
          destination: {}

  template:
    metadata:
      name: '{{cluster}}-guestbook'
    spec:
      project: "default"
      source:
        repoURL: https://github.com/argoproj/argo-cd.git
        targetRevision: HEAD
        # This 'default' value is not used: it is is replaced by the generator's template path, above
        path: applicationset/examples/template-override/default
      destination:
        server: '{{url}}'
        namespace: guestbook
`),
      context(makeRepo()),
    );
    expect(result.errors).toEqual([]);
    expect(result.applications[0]?.manifest).toEqual({
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Application",
      metadata: { name: "engineering-dev-guestbook", finalizers: ["resources-finalizer.argocd.argoproj.io"] },
      spec: {
        project: "default",
        source: {
          repoURL: "https://github.com/argoproj/argo-cd.git",
          targetRevision: "HEAD",
          path: "applicationset/examples/template-override/engineering-dev-override",
        },
        destination: { server: "https://kubernetes.default.svc", namespace: "guestbook" },
      },
    });
  });

  it("applies templatePatch as a strategic merge, including non-string fields", () => {
    const result = expandApplicationSet(
      appset(`
apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: guestbook
spec:
  goTemplate: true
  generators:
  - list:
      elements:
        - cluster: engineering-dev
          url: https://kubernetes.default.svc
          autoSync: true
          prune: true
          valueFiles:
            - values.large.yaml
            - values.debug.yaml
        - cluster: engineering-prod
          url: https://kubernetes.default.svc
          autoSync: false
          prune: false
          valueFiles: []
  template:
    metadata:
      name: '{{.cluster}}-deployment'
    spec:
      project: "default"
      source:
        repoURL: https://github.com/infra-team/cluster-deployments.git
        targetRevision: HEAD
        path: guestbook/{{ .cluster }}
      destination:
        server: '{{.url}}'
        namespace: guestbook
  templatePatch: |
    spec:
      source:
        helm:
          valueFiles:
          {{- range $valueFile := .valueFiles }}
            - {{ $valueFile }}
          {{- end }}
    {{- if .autoSync }}
      syncPolicy:
        automated:
          prune: {{ .prune }}
    {{- end }}
`),
      context(makeRepo()),
    );
    expect(result.errors).toEqual([]);
    expect(specs(result)["engineering-dev-deployment"]).toEqual({
      project: "default",
      source: {
        repoURL: "https://github.com/infra-team/cluster-deployments.git",
        targetRevision: "HEAD",
        path: "guestbook/engineering-dev",
        helm: { valueFiles: ["values.large.yaml", "values.debug.yaml"] },
      },
      destination: { server: "https://kubernetes.default.svc", namespace: "guestbook" },
      syncPolicy: { automated: { prune: true } },
    });
    // An empty list in the patch is null in YAML here (valueFiles: with nothing under it): the key is deleted.
    expect(specs(result)["engineering-prod-deployment"]).toEqual({
      project: "default",
      source: {
        repoURL: "https://github.com/infra-team/cluster-deployments.git",
        targetRevision: "HEAD",
        path: "guestbook/engineering-prod",
        helm: {},
      },
      destination: { server: "https://kubernetes.default.svc", namespace: "guestbook" },
    });
  });

  it("accepts a JSON templatePatch, merges finalizers as a set and deletes keys patched to null", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: json-patch}
spec:
  generators: [{list: {elements: [{name: a}]}}]
  template:
    metadata: {name: '{{name}}', finalizers: [first], labels: {keep: "yes", drop: "yes"}}
    spec: {project: default, ignoreDifferences: [{kind: Secret}]}
  templatePatch: '{"metadata": {"finalizers": ["first", "second"], "labels": {"drop": null, "team": "{{name}}"}}, "spec": {"ignoreDifferences": [{"kind": "ConfigMap"}]}}'
`),
      context(makeRepo()),
    );
    expect(result.errors).toEqual([]);
    expect(result.applications[0]?.manifest).toMatchObject({
      metadata: { name: "a", finalizers: ["first", "second"], labels: { keep: "yes", team: "a" } },
      spec: { project: "default", ignoreDifferences: [{ kind: "ConfigMap" }] },
    });
  });

  it("reports a templatePatch that renders to invalid YAML", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: bad-patch}
spec:
  goTemplate: true
  generators: [{list: {elements: [{name: a}]}}]
  template: {metadata: {name: '{{.name}}'}}
  templatePatch: |
    spec:
      project: [unclosed
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors[0]).toMatch(
      /^ApplicationSet bad-patch: generators\[0\] \(list\): error applying templatePatch: error while converting template to json/,
    );
  });

  it("templates map keys as well as values", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: keys}
spec:
  goTemplate: true
  generators: [{list: {elements: [{name: a, team: blue}]}}]
  template:
    metadata:
      name: '{{.name}}'
      labels: {'team.example.com/{{.team}}': 'true'}
      annotations: {owner: '{{.team}}'}
`),
      context(makeRepo()),
    );
    expect(result.applications[0]?.manifest.metadata).toEqual({
      name: "a",
      labels: { "team.example.com/blue": "true" },
      annotations: { owner: "blue" },
      finalizers: ["resources-finalizer.argocd.argoproj.io"],
    });
  });

  it("adds no finalizer when resources are preserved, and keeps the template's own", () => {
    const preserve = expandApplicationSet(
      appset(`
metadata: {name: keep, namespace: apps}
spec:
  syncPolicy: {preserveResourcesOnDeletion: true}
  generators: [{list: {elements: [{name: a}]}}]
  template: {metadata: {name: '{{name}}', namespace: ignored}}
`),
      context(makeRepo()),
    );
    // The Application always lands in the ApplicationSet's namespace.
    expect(preserve.applications[0]?.manifest.metadata).toEqual({ name: "a", namespace: "apps" });
    const own = expandApplicationSet(
      appset(`
metadata: {name: own}
spec:
  generators: [{list: {elements: [{name: a}]}}]
  template: {metadata: {name: '{{name}}', finalizers: [custom]}}
`),
      context(makeRepo()),
    );
    expect(own.applications[0]?.manifest.metadata).toEqual({ name: "a", finalizers: ["custom"] });
  });

  it("reports duplicate generated names once each, keeping the first", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: dup}
spec:
  generators:
  - list: {elements: [{env: dev, n: "1"}, {env: dev, n: "2"}, {env: prod, n: "3"}]}
  template: {metadata: {name: 'app-{{env}}'}, spec: {project: '{{n}}'}}
`),
      context(makeRepo()),
    );
    expect(names(result)).toEqual(["app-dev", "app-prod"]);
    expect(specs(result)["app-dev"]?.project).toBe("1");
    expect(result.errors).toEqual([
      "ApplicationSet dup: generators[0] (list): contains applications with duplicate name: app-dev",
    ]);
  });

  it("reports an unrecognized generator and an unknown goTemplateOptions entry", () => {
    const unknown = expandApplicationSet(
      appset(`
metadata: {name: unknown}
spec:
  generators: [{lists: {elements: []}}]
  template: {metadata: {name: x}}
`),
      context(makeRepo()),
    );
    expect(unknown.errors).toEqual([
      "ApplicationSet unknown: generators[0]: contains unrecognized generators: lists",
    ]);
    const option = expandApplicationSet(
      appset(`
metadata: {name: opt}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=explode"]
  generators: [{list: {elements: [{a: b}]}}]
  template: {metadata: {name: x}}
`),
      context(makeRepo()),
    );
    expect(option.errors).toEqual([
      "ApplicationSet opt: goTemplateOptions: unrecognized option: missingkey=explode",
    ]);
  });

  it("reports a fasttemplate tag without a closing brace", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: unclosed}
spec:
  generators: [{list: {elements: [{name: a}]}}]
  template: {metadata: {name: '{{name}}'}, spec: {project: '{{name}} and {{ more'}}
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors[0]).toContain('invalid template: Cannot find end tag="}}"');
  });
});

describe("Go templates (GoTemplate.md)", () => {
  it("falls back for unset parameters with dig", () => {
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
      - cluster: engineering-prod
        url: https://kubernetes.default.svc
        nameSuffix: -my-name-suffix
  template:
    metadata:
      name: '{{.cluster}}{{dig "nameSuffix" "" .}}'
    spec:
      project: default
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
    expect(names(result)).toEqual(["engineering-dev", "engineering-prod-my-name-suffix"]);
  });

  it("fails on a missing key with missingkey=error, and prints <no value> without it", () => {
    const yaml = (options: string) => `
metadata: {name: missing}
spec:
  goTemplate: true
  ${options}
  generators: [{list: {elements: [{cluster: a}]}}]
  template: {metadata: {name: '{{.cluster}}'}, spec: {project: '{{.nameSuffix}}'}}
`;
    const strict = expandApplicationSet(
      appset(yaml('goTemplateOptions: ["missingkey=error"]')),
      context(makeRepo()),
    );
    expect(strict.applications).toEqual([]);
    expect(strict.errors).toEqual([
      'ApplicationSet missing: generators[0] (list): failed to execute go template {{.nameSuffix}}: template: :1:2: executing "" at <.nameSuffix>: map has no entry for key "nameSuffix"',
    ]);
    const lax = expandApplicationSet(appset(yaml("")), context(makeRepo()));
    expect(specs(lax).a?.project).toBe("<no value>");
  });

  it("migrates git parameters: path.path, basename, normalize and index .path.segments", () => {
    const repo = makeRepo({}, [
      "applicationset/examples/git-generator-directory/cluster-addons/Argo_Workflows",
    ]);
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
      - path: applicationset/examples/git-generator-directory/cluster-addons/*
  template:
    metadata:
      name: '{{.path.basenameNormalized}}'
    spec:
      project: default
      source:
        repoURL: ${THIS_REPO}
        targetRevision: HEAD
        path: '{{.path.path}}'
      destination:
        server: https://kubernetes.default.svc
        namespace: '{{normalize .path.path}}|{{index .path.segments 2}}|{{base .path.path}}'
`),
      context(repo),
    );
    expect(result.errors).toEqual([]);
    expect(specs(result)["argo-workflows"]?.destination).toEqual({
      server: "https://kubernetes.default.svc",
      namespace:
        "applicationset-examples-git-generator-directory-cluster-addons-argo-workflows|git-generator-directory|Argo_Workflows",
    });
  });

  it("slugifies as the documented usage example shows", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: test-appset}
spec:
  goTemplate: true
  generators:
  - list: {elements: [{name: app, branch: "Feature/My_Very-Long-Branch Name With Words"}]}
  template:
    metadata:
      name: 'hellos3-{{.name}}-{{ cat .branch | slugify 23 }}'
      annotations:
        label-1: '{{ cat .branch | slugify }}'
        label-2: '{{ cat .branch | slugify 23 }}'
        label-3: '{{ cat .branch | slugify 50 false }}'
`),
      context(makeRepo()),
    );
    expect(result.errors).toEqual([]);
    expect(result.applications[0]?.manifest.metadata).toMatchObject({
      // 23 characters at most, cut before a word that would not fit.
      name: "hellos3-app-feature-my-very-long",
      annotations: {
        "label-1": "feature-my-very-long-branch-name-with-words",
        "label-2": "feature-my-very-long",
        "label-3": "feature-my-very-long-branch-name-with-words",
      },
    });
  });

  it("reports a template that does not parse and an unknown function", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: broken}
spec:
  goTemplate: true
  generators: [{list: {elements: [{a: b}]}}]
  template: {metadata: {name: '{{ .a '}, spec: {project: '{{ env "HOME" }}'}}
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^ApplicationSet broken: generators\[0\] \(list\): failed to parse template \{\{ \.a : template: :1: unclosed action/,
    );
    const env = expandApplicationSet(
      appset(`
metadata: {name: env}
spec:
  goTemplate: true
  generators: [{list: {elements: [{a: b}]}}]
  template: {metadata: {name: x}, spec: {project: '{{ env "HOME" }}'}}
`),
      context(makeRepo()),
    );
    // Argo CD removes env, expandenv and getHostByName from sprig.
    expect(env.errors[0]).toContain('template: :1: function "env" not defined');
  });

  it("says a clock-reading function cannot run offline", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: clock}
spec:
  goTemplate: true
  generators: [{list: {elements: [{a: b}]}}]
  template: {metadata: {name: x}, spec: {project: '{{ now | date "2006" }}'}}
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors[0]).toContain(
      "error calling now: this function reads the clock, so offline expansion cannot evaluate it",
    );
  });
});
