// The preview's expansion is Argo CD's pullRequest generator for one pull request: the cases of
// Argo CD's own tests (applicationset/generators/pull_request_test.go and
// services/pull_request/utils_test.go) run through `expandPreview` on a repository.
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { expandPreview, type PreviewRequest } from "../../packages/preview/src/index.js";
import { previewRepo, previewSet, request, type SetOptions } from "./support.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(dirname(d), { recursive: true, force: true });
});

const PARAMS = [
  "number",
  "branch_slug",
  "target_branch_slug",
  "head_short_sha",
  "head_short_sha_7",
  "author",
];

/** The generated Applications' names and the generator parameters they carry as annotations. */
async function expand(pr: PreviewRequest, o: SetOptions = {}) {
  const repo = previewRepo(
    previewSet({ annotations: Object.fromEntries(PARAMS.map((p) => [p, `{{ .${p} }}`])), ...o }),
  );
  made.push(repo);
  const x = await expandPreview(repo, pr);
  const apps = x.bySet.flatMap((s) => s.apps);
  return {
    names: apps.map((a) => a.name),
    params: apps.map((a) => (a.manifest.metadata as { annotations: Record<string, string> }).annotations),
    message: x.message,
    findings: x.findings,
  };
}

describe("pullRequest generator parameters, as Argo CD's tests expect them", () => {
  it("slugs and shortens a long branch and target branch (feat/areally+long_...)", async () => {
    const r = await expand(
      request({
        number: 2,
        branch:
          "feat/areally+long_pull_request_name_to_test_argo_slugification_and_branch_name_shortening_feature",
        targetBranch:
          "feat/anotherreally+long_pull_request_name_to_test_argo_slugification_and_branch_name_shortening_feature",
        headSha: "9b34ff5bd418e57d58891eb0aa0728043ca1e8be",
        author: "testName",
      }),
    );
    expect(r.names).toEqual(["web-pr-2"]);
    expect(r.params).toEqual([
      {
        number: "2",
        branch_slug: "feat-areally-long-pull-request-name-to-test-argo",
        target_branch_slug: "feat-anotherreally-long-pull-request-name-to-test",
        head_short_sha: "9b34ff5b",
        head_short_sha_7: "9b34ff5",
        author: "testName",
      },
    ]);
  });

  it("gives 8 and 7 characters of the head SHA, and all of a shorter one", async () => {
    const full = await expand(request({ number: 1, branch: "branch1", targetBranch: "master" }));
    expect(full.params[0]).toMatchObject({
      branch_slug: "branch1",
      target_branch_slug: "master",
      head_short_sha: "089d92cb",
      head_short_sha_7: "089d92c",
    });
    const short = await expand(request({ number: 1, branch: "a-very-short-sha", headSha: "abcd" }));
    expect(short.params[0]).toMatchObject({
      branch_slug: "a-very-short-sha",
      head_short_sha: "abcd",
      head_short_sha_7: "abcd",
    });
  });
});

describe("which pull requests a generator selects", () => {
  it("requires every label it lists, and says so when the pull request lacks one", async () => {
    const o = { github: { labels: ["preview", "team-a"] } };
    const one = await expand(request({ labels: ["preview"] }), o);
    expect(one.names).toEqual([]);
    expect(one.message).toBe(
      "no pullRequest generator selects pull request #7, so it gets no preview: ApplicationSet web-previews (argo-apps/previews.yaml) needs every label of [preview, team-a]",
    );
    const both = await expand(request({ labels: ["team-a", "preview", "other"] }), o);
    expect(both.names).toEqual(["web-pr-7"]);
    expect(both.message).toBeUndefined();
  });

  it("ORs the filters and ANDs the matches inside one (TestMultiFilterOrWithTargetBranchFilterOrWithTitleFilter)", async () => {
    const filters: Record<string, string>[] = [
      { branchMatch: "w", targetBranchMatch: "1" },
      { branchMatch: "r", targetBranchMatch: "3" },
      { titleMatch: "two" },
      { branchMatch: "five", titleMatch: "PR title is different than branch name" },
    ];
    const prs = [
      { number: 1, title: "PR one", branch: "one", targetBranch: "master" },
      { number: 2, title: "PR two", branch: "two", targetBranch: "branch1" },
      { number: 3, title: "PR three", branch: "three", targetBranch: "branch2" },
      { number: 4, title: "PR four", branch: "four", targetBranch: "branch3" },
      { number: 5, title: "PR title is different than branch name", branch: "five", targetBranch: "branch3" },
    ];
    const selected: string[] = [];
    for (const pr of prs) {
      const r = await expand(request({ ...pr, labels: [] }), { github: {}, filters });
      selected.push(...r.names);
    }
    expect(selected).toEqual(["web-pr-2", "web-pr-4", "web-pr-5"]);
  });

  it("matches titleMatch as a Go regexp anywhere in the title (TestFilterTitleMatch)", async () => {
    const titles = ["PR one - filter", "PR two - ignore", "[filter] PR three", "[ignore] PR four"];
    const selected: number[] = [];
    for (const [i, title] of titles.entries()) {
      const r = await expand(request({ number: i + 1, title, labels: [] }), {
        github: {},
        filters: [{ titleMatch: "\\[filter]" }],
      });
      if (r.names.length > 0) selected.push(i + 1);
    }
    expect(selected).toEqual([3]);
  });

  it("reports a filter that does not compile as an error on the ApplicationSet, and generates nothing", async () => {
    const r = await expand(request(), { filters: [{ branchMatch: "(" }] });
    expect(r.names).toEqual([]);
    expect(r.findings.map((f) => [f.rule, f.severity, f.file])).toEqual([
      ["applicationset", "error", "argo-apps/previews.yaml"],
    ]);
    expect(r.findings[0]?.message).toContain('error compiling BranchMatch regexp "("');
  });

  it("says so when the repository has no pullRequest ApplicationSet at all", async () => {
    const repo = previewRepo("# no previews here\n");
    made.push(repo);
    const x = await expandPreview(repo, request());
    expect(x.message).toBe(
      "no ApplicationSet in the repository has a pullRequest generator, so pull request #7 gets no preview",
    );
  });
});
