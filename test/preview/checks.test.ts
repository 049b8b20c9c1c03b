// Every preview check, firing and not: one repository per case, previewed for one pull request
// (the previews deploy a plain folder, so no tool is needed).
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Finding } from "../../packages/core/src/finding.js";
import { runPreview, type PreviewRequest } from "../../packages/preview/src/index.js";
import { previewRepo, previewSet, request, type SetOptions } from "./support.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(dirname(d), { recursive: true, force: true });
});

/** The preview findings (rule → severity) of a repository whose set is `previewSet(o)`. */
async function previewFindings(
  o: SetOptions = {},
  pr: PreviewRequest = request(),
  namespaceObject: string | false = "web-pr-7",
): Promise<Finding[]> {
  const repo = previewRepo(previewSet(o), {}, namespaceObject);
  made.push(repo);
  const report = await runPreview({ repo, request: pr, env: { PATH: "/usr/bin:/bin" } });
  expect(report.applications.length, report.message).toBeGreaterThan(0);
  return report.findings.filter((f) => f.tool === "preview");
}

const rules = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.rule}`).sort();

describe("preview checks", () => {
  it("finds nothing wrong with a well-made preview set", async () => {
    expect(rules(await previewFindings())).toEqual([]);
  });

  it("names a generated name over 63 characters, with its length, and not one that fits", async () => {
    const o = { name: "{{ .branch_slug }}-preview-environment-{{ .number }}" };
    const long = "feature/a-branch-name-that-is-quite-long-indeed-and-then-some-more";
    const found = await previewFindings(o, request({ branch: long }));
    expect(rules(found)).toEqual(["error preview/name-too-long"]);
    expect(found[0]?.message).toBe(
      `preview Application name "feature-a-branch-name-that-is-quite-long-indeed-preview-environment-7" is 69 characters, over the 63 a label allows (Argo CD's app.kubernetes.io/instance tracking label)`,
    );
    expect(found[0]).toMatchObject({ file: "argo-apps/previews.yaml", line: 1 });
    expect(found[0]?.resource).toEqual({
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Application",
      namespace: "argocd",
      name: "feature-a-branch-name-that-is-quite-long-indeed-preview-environment-7",
    });
    // A short branch fits now, but the longest slug would not: a warning, not an error.
    expect(rules(await previewFindings(o, request({ branch: "fix" })))).toEqual([
      "warning preview/long-branch",
    ]);
  });

  it("warns when the longest branch_slug would overflow a name that fits today", async () => {
    const found = await previewFindings(
      { namespace: "preview-environment-{{ .branch_slug }}" },
      request(),
      "preview-environment-feat-login",
    );
    expect(rules(found)).toEqual(["warning preview/long-branch"]);
    expect(found[0]?.message).toMatch(/would get namespace "preview-environment-feat-login(-a)+" \(\d+\)/);
    expect(
      rules(
        await previewFindings(
          { namespace: "pr-{{ .number }}-{{ .branch_slug }}" },
          request(),
          "pr-7-feat-login",
        ),
      ),
    ).toEqual([]);
  });

  it("names a name or namespace that is not a DNS label", async () => {
    expect(rules(await previewFindings({ name: "web.pr-{{ .number }}" }))).toEqual([
      "error preview/name-not-dns-label",
    ]);
    // The raw branch has no length limit either, so the longest branch would overflow it too.
    const ns = await previewFindings({ namespace: "{{ .branch }}" }, request(), false);
    // (No Namespace can have that name, so CreateNamespace=true is all there is.)
    expect(rules(ns)).toEqual([
      "error preview/namespace-not-dns-label",
      "warning preview/long-branch",
      "warning preview/namespace-left-behind",
    ]);
    expect(ns[0]?.message).toContain('preview namespace "feat/login" is not a DNS label');
  });

  it("names a namespace over 63 characters", async () => {
    const found = await previewFindings({ namespace: `${"n".repeat(60)}-{{ .number }}-x` });
    expect(rules(found)).toContain("error preview/namespace-too-long");
  });

  it("reports a namespace every pull request's preview shares, and one a real env uses", async () => {
    const shared = await previewFindings({ namespace: "previews" });
    expect(rules(shared)).toEqual(["error preview/shared-namespace"]);
    expect(shared[0]?.message).toContain("and so would every other pull request's preview");
    const env = await previewFindings({ namespace: "web-staging" });
    expect(rules(env)).toEqual(["error preview/shared-namespace"]);
    expect(env[0]?.message).toContain("which Application web-staging of a real environment deploys into");
    // A namespace per branch is per pull request too.
    expect(
      rules(await previewFindings({ namespace: "web-{{ .branch_slug }}" }, request(), "web-feat-login")),
    ).toEqual([]);
  });

  it("reports each way teardown is not guaranteed", async () => {
    // Argo CD adds the finalizer to a template that lists none, and to none that lists others.
    expect(rules(await previewFindings({ finalizers: null }))).toEqual([]);
    const other = await previewFindings({ finalizers: ["example.com/keep"] });
    expect(rules(other)).toEqual(["error preview/teardown-finalizer"]);
    expect(other[0]?.message).toContain(
      "preview Application web-pr-7 has finalizers but not resources-finalizer",
    );
    expect(
      rules(await previewFindings({ finalizers: ["resources-finalizer.argocd.argoproj.io/background"] })),
    ).toEqual([]);
    // Preserved resources: Argo CD adds no finalizer either; reported once, on the ApplicationSet.
    expect(rules(await previewFindings({ setSyncPolicy: { preserveResourcesOnDeletion: true } }))).toEqual([
      "error preview/teardown-preserve",
    ]);
    for (const policy of ["create-only", "create-update"])
      expect(rules(await previewFindings({ setSyncPolicy: { applicationsSync: policy } })), policy).toEqual([
        "error preview/teardown-policy",
      ]);
    expect(rules(await previewFindings({ setSyncPolicy: { applicationsSync: "create-delete" } }))).toEqual(
      [],
    );
  });

  it("reports a per-PR namespace nothing creates, and not one the manifests hold or a shared one", async () => {
    const sync = { automated: { prune: true } };
    const none = await previewFindings({ appSyncPolicy: sync }, request(), false);
    expect(rules(none)).toEqual(["error preview/create-namespace"]);
    expect(rules(await previewFindings({ appSyncPolicy: sync }))).toEqual([]);
    // The shared namespace is reported as such; it exists already, nothing needs creating.
    expect(rules(await previewFindings({ appSyncPolicy: sync, namespace: "previews" }))).toEqual([
      "error preview/shared-namespace",
    ]);
  });

  it("warns that a per-PR namespace only CreateNamespace=true makes is left behind", async () => {
    const left = await previewFindings({}, request(), false);
    expect(rules(left)).toEqual(["warning preview/namespace-left-behind"]);
    expect(left[0]?.message).toContain("has its namespace web-pr-7 made by CreateNamespace=true");
  });

  it("reports a preview that never prunes", async () => {
    const manual = await previewFindings({ appSyncPolicy: { syncOptions: ["CreateNamespace=true"] } });
    expect(rules(manual)).toEqual(["error preview/no-prune"]);
    expect(manual[0]?.message).toContain("has no automated sync");
    const noPrune = await previewFindings({
      appSyncPolicy: { automated: { selfHeal: true }, syncOptions: ["CreateNamespace=true"] },
    });
    expect(rules(noPrune)).toEqual(["error preview/no-prune"]);
    expect(noPrune[0]?.message).toContain("syncs automatically without prune");
  });

  it("warns about drafts and Dependabot with no label to keep them out, and not with one", async () => {
    const open = await previewFindings({ github: {} }, request({ labels: [] }));
    expect(rules(open)).toEqual(["warning preview/dependabot", "warning preview/drafts"]);
    // Dependabot labels its pull requests "dependencies": requiring that label keeps drafts out, not Dependabot.
    expect(
      rules(
        await previewFindings(
          { github: { labels: ["dependencies"] } },
          request({ labels: ["dependencies"] }),
        ),
      ),
    ).toEqual(["warning preview/dependabot"]);
    // A title every filter requires keeps drafts out; a branch filter that rejects dependabot/ keeps Dependabot out.
    expect(
      rules(
        await previewFindings(
          { github: {}, filters: [{ titleMatch: "^\\[preview\\]", branchMatch: "^(feat|fix)/" }] },
          request({ labels: [], title: "[preview] login" }),
        ),
      ),
    ).toEqual([]);
  });

  it("says when this very pull request is a draft or Dependabot's and gets a preview", async () => {
    const draft = await previewFindings({}, request({ draft: true }));
    expect(rules(draft)).toEqual(["warning preview/drafts"]);
    expect(draft[0]?.message).toContain("(pull request #7 is a draft and gets one)");
    const bot = await previewFindings({}, request({ author: "dependabot[bot]" }));
    expect(rules(bot)).toEqual(["warning preview/dependabot"]);
  });
});
