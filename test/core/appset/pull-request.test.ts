import { afterEach, describe, expect, it } from "vitest";
import { expandApplicationSet, type PullRequestParams } from "../../../packages/core/src/appset/index.js";
import { NO_PULL_REQUEST } from "../../../packages/core/src/appset/generators/pull-request.js";
import { loadModel } from "../../../packages/core/src/model/load.js";
import { appset, context, makeRepo, names, removeRepos, specs } from "./fixtures/repo.js";

afterEach(removeRepos);

const PR: PullRequestParams = {
  number: 42,
  branch: "feat/areally+long_pull_request_name_to_test_argo_slugification_and_branch_name_shortening_feature",
  targetBranch: "main",
  headSha: "089d92cbf9ff857a39e6feccd32798ca700fb958",
  labels: ["preview", "team-a"],
  title: "Add the preview environment",
  author: "octocat",
};

const THIS = "https://github.com/myorg/myrepository";
const isLocalRepo = (url: string) => url === THIS;

function prAppSet(extra: string, goTemplate = false): Record<string, unknown> {
  return appset(`
metadata: {name: myapps}
spec:
  goTemplate: ${goTemplate}
  generators:
  - pullRequest:
      github:
        owner: myorg
        repo: myrepository
        labels: [preview]
${extra}
  template:
    metadata:
      name: 'myapp-{{${goTemplate ? "." : ""}branch_slug}}-{{${goTemplate ? "." : ""}number}}'
    spec:
      source:
        repoURL: 'https://github.com/myorg/myrepo.git'
        targetRevision: '{{${goTemplate ? "." : ""}head_sha}}'
        path: kubernetes/
        helm:
          parameters:
          - name: "image.tag"
            value: "pull-{{${goTemplate ? "." : ""}head_short_sha}}"
      project: default
      destination:
        server: https://kubernetes.default.svc
        namespace: default
`);
}

describe("pull request generator (Generators-Pull-Request.md)", () => {
  it("generates the documented parameters for the given pull request", () => {
    const result = expandApplicationSet(prAppSet(""), context(makeRepo(), { pullRequest: PR, isLocalRepo }));
    expect(result.errors).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(names(result)).toEqual(["myapp-feat-areally-long-pull-request-name-to-test-argo-42"]);
    expect(specs(result)["myapp-feat-areally-long-pull-request-name-to-test-argo-42"]?.source).toEqual({
      repoURL: "https://github.com/myorg/myrepo.git",
      targetRevision: "089d92cbf9ff857a39e6feccd32798ca700fb958",
      path: "kubernetes/",
      helm: { parameters: [{ name: "image.tag", value: "pull-089d92cb" }] },
    });
    expect(result.applications[0]?.params).toEqual({
      number: "42",
      title: "Add the preview environment",
      branch: PR.branch,
      branch_slug: "feat-areally-long-pull-request-name-to-test-argo",
      target_branch: "main",
      target_branch_slug: "main",
      head_sha: PR.headSha,
      head_short_sha: "089d92cb",
      head_short_sha_7: "089d92c",
      author: "octocat",
    });
  });

  it("slugs long branch names to at most 50 characters at a word boundary", () => {
    const branches: [string, string][] = [
      [
        "feature/ABC-1234_implement-the-new-super-long-feature-name-for-testing",
        "feature-abc-1234-implement-the-new-super-long",
      ],
      ["Fix_Bug  in   Login", "fix-bug-in-login"],
      ["release/v1.2.3", "release-v1-2-3"],
      ["a".repeat(60), "a".repeat(50)],
    ];
    for (const [branch, slug] of branches) {
      const result = expandApplicationSet(
        prAppSet(""),
        context(makeRepo(), { pullRequest: { ...PR, branch }, isLocalRepo }),
      );
      expect(result.applications[0]?.params.branch_slug).toBe(slug);
      expect(slug.length).toBeLessThanOrEqual(50);
    }
  });

  it("requires every label the generator lists", () => {
    const without = expandApplicationSet(
      prAppSet(""),
      context(makeRepo(), { pullRequest: { ...PR, labels: ["team-a"] }, isLocalRepo }),
    );
    expect(without.applications).toEqual([]);
    expect(without.errors).toEqual([]);
  });

  it("filters on branchMatch, and any one filter may match", () => {
    const filters = `
      filters:
      - branchMatch: ".*-argocd"
      - targetBranchMatch: "^release$"`;
    const match = expandApplicationSet(
      prAppSet(filters),
      context(makeRepo(), { pullRequest: { ...PR, branch: "feature-argocd" }, isLocalRepo }),
    );
    expect(names(match)).toEqual(["myapp-feature-argocd-42"]);
    const byTarget = expandApplicationSet(
      prAppSet(filters),
      context(makeRepo(), {
        pullRequest: { ...PR, branch: "feature", targetBranch: "release" },
        isLocalRepo,
      }),
    );
    expect(names(byTarget)).toEqual(["myapp-feature-42"]);
    const none = expandApplicationSet(
      prAppSet(filters),
      context(makeRepo(), { pullRequest: { ...PR, branch: "feature" }, isLocalRepo }),
    );
    expect(none.applications).toEqual([]);
  });

  it("passes labels to Go templates only", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: labels}
spec:
  goTemplate: true
  generators:
  - pullRequest: {github: {owner: myorg, repo: myrepository}}
  template:
    metadata: {name: 'pr-{{.number}}'}
    spec: {source: {path: '{{ join "," .labels }}/{{ has "preview" .labels }}'}}
`),
      context(makeRepo(), { pullRequest: PR, isLocalRepo }),
    );
    expect(result.errors).toEqual([]);
    expect(specs(result)["pr-42"]?.source).toEqual({ path: "preview,team-a/true" });
  });

  it("notes a pullRequest generator when no pull request is given, or when it watches another repository", () => {
    const none = expandApplicationSet(prAppSet(""), context(makeRepo(), { isLocalRepo }));
    expect(none.applications).toEqual([]);
    // The model recognises this note by NO_PULL_REQUEST and makes no finding of it (below).
    expect(none.notes).toEqual([`ApplicationSet myapps: ${NO_PULL_REQUEST}`]);
    const elsewhere = expandApplicationSet(
      prAppSet(""),
      context(makeRepo(), { pullRequest: PR, isLocalRepo: () => false }),
    );
    expect(elsewhere.applications).toEqual([]);
    expect(elsewhere.notes).toEqual([
      "ApplicationSet myapps: pullRequest generator watches https://github.com/myorg/myrepository, not this repository; its pull requests need the SCM",
    ]);
    // Without a pull request too: no pull request of this repository would ever select it.
    const elsewhereNone = expandApplicationSet(
      prAppSet(""),
      context(makeRepo(), { isLocalRepo: () => false }),
    );
    expect(elsewhereNone.notes).toEqual(elsewhere.notes);
  });

  it("reports a generator with no provider whether or not a pull request is given, as Argo CD does", () => {
    const set = appset(`
metadata: {name: noprovider}
spec:
  generators:
  - pullRequest: {requeueAfterSeconds: 60}
  template: {metadata: {name: 'pr-{{number}}'}}
`);
    for (const pullRequest of [undefined, PR]) {
      const result = expandApplicationSet(
        set,
        context(makeRepo(), { isLocalRepo, ...(pullRequest ? { pullRequest } : {}) }),
      );
      expect(result.applications).toEqual([]);
      expect(result.notes).toEqual([]);
      expect(result.errors.join("\n")).toContain("no Pull Request provider implementation configured");
    }
  });

  it("reports a filter regexp Go would not compile", () => {
    const result = expandApplicationSet(
      prAppSet(`
      filters:
      - branchMatch: "(unclosed"`),
      context(makeRepo(), { pullRequest: PR, isLocalRepo }),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors[0]).toMatch(
      /error compiling BranchMatch regexp "\(unclosed": error parsing regexp: missing closing \)/,
    );
  });
});

describe("pullRequest ApplicationSets in the repository model", () => {
  // A repository whose previews ApplicationSet watches `owner`/myrepository.
  const repoWith = (owner: string) =>
    makeRepo({
      ".gitops.yaml": `render:\n  repoURLs: ["${THIS}.git"]\n`,
      "argo-apps/previews.yaml": `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: previews, namespace: argocd}
spec:
  generators:
  - pullRequest: {github: {owner: ${owner}, repo: myrepository, labels: [preview]}}
  template:
    metadata: {name: 'web-pr-{{number}}'}
    spec:
      project: previews
      source: {repoURL: '${THIS}.git', targetRevision: '{{head_sha}}', path: previews/web}
      destination: {server: https://kubernetes.default.svc, namespace: 'web-pr-{{number}}'}
`,
      "previews/web/configmap.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\n",
    });

  it("makes no finding of a set that generates nothing for want of a pull request, and keeps it as needing the SCM", async () => {
    const repo = repoWith("myorg");
    const model = await loadModel(repo);
    expect(model.findings).toEqual([]);
    expect(model.applications).toEqual([]);
    // incomplete: lint reads the set's template for what it deploys instead of its Applications.
    expect(model.applicationSets).toEqual([
      { name: "previews", file: "argo-apps/previews.yaml", line: 1, generated: 0, incomplete: true },
    ]);
    const preview = await loadModel(repo, { pullRequest: PR });
    expect(preview.findings).toEqual([]);
    expect(preview.applications.map((a) => [a.name, a.destination.namespace, a.targets])).toEqual([
      ["web-pr-42", "web-pr-42", ["previews/web"]],
    ]);
    expect(preview.applicationSets[0]).toMatchObject({ generated: 1, incomplete: false });
  });

  it("still notes a set that watches another repository, with or without a pull request", async () => {
    const repo = repoWith("someone-else");
    const message =
      "ApplicationSet previews: pullRequest generator watches https://github.com/someone-else/myrepository, not this repository; its pull requests need the SCM";
    for (const options of [{}, { pullRequest: PR }]) {
      const model = await loadModel(repo, options);
      expect(model.findings.map((f) => [f.rule, f.severity, f.message, f.file])).toEqual([
        ["applicationset-live", "notice", message, "argo-apps/previews.yaml"],
      ]);
      expect(model.applications).toEqual([]);
    }
  });
});

describe("generators that need the live cluster", () => {
  it("notes scmProvider, clusterDecisionResource and plugin once each and generates nothing", () => {
    const result = expandApplicationSet(
      appset(`
metadata: {name: live}
spec:
  generators:
  - scmProvider: {github: {organization: myorg}}
  - clusterDecisionResource: {configMapRef: my-configmap}
  - plugin: {configMapRef: {name: my-plugin}}
  - matrix:
      generators:
      - plugin: {configMapRef: {name: my-plugin}}
      - list: {elements: [{a: b}]}
  template: {metadata: {name: x}}
`),
      context(makeRepo()),
    );
    expect(result.applications).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.notes).toEqual([
      "ApplicationSet live: scmProvider generator lists repositories from the SCM's API; it generates nothing offline",
      "ApplicationSet live: clusterDecisionResource generator reads my-configmap from the live cluster; it generates nothing offline",
      "ApplicationSet live: plugin generator calls the plugin service my-plugin; it generates nothing offline",
    ]);
  });
});
