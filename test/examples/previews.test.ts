// The example's pull request previews (ApplicationSet web-previews in argo-apps/staging/previews.yaml)
// through the in-process CLI with the real kustomize, on a git copy of examples/infra-gitops:
// gitops preview renders and checks a labelled pull request's preview, and lint, validate and
// targets see the set that generates nothing without a pull request as no finding and no target.
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { cli } from "../support/cli.js";
import { copyExample } from "../support/example.js";
import { createTestRepo } from "../support/git.js";

let repo: string;
let head: string;
beforeAll(async () => {
  // The in-process CLI finds kustomize and helm on the process's PATH.
  process.env.PATH = `${(await testBinaries()).dir}:/usr/bin:/bin`;
  const r = createTestRepo();
  copyExample(r.dir);
  head = r.commit("the example");
  repo = r.dir;
});
afterAll(() => {
  rmSync(dirname(repo), { recursive: true, force: true });
});

const pr = (number: string, ...more: string[]) => [
  "preview",
  "--repo",
  repo,
  "--pr",
  number,
  "--branch",
  "feat/x",
  "--head-sha",
  head,
  ...more,
];

interface Doc {
  findings: unknown[];
  applications: Record<string, unknown>[];
  targets?: { id: string }[];
}

describe("the example's pull request previews", () => {
  it("gitops preview gives a pull request labelled preview its Application, namespace and URL, with no finding", async () => {
    const r = await cli(...pr("42", "--labels", "preview", "--json"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.findings).toEqual([]);
    expect(doc.applications).toEqual([
      {
        name: "web-pr-42",
        namespace: "web-pr-42",
        targets: ["applications/_/web-pr-42"],
        urls: ["https://web-pr-42.preview.example.com"],
        applicationSet: "web-previews",
        file: "argo-apps/staging/previews.yaml",
        line: expect.any(Number) as number,
      },
    ]);

    const text = await cli(...pr("42", "--labels", "preview"));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("web-pr-42    web-pr-42  applications/_/web-pr-42  https://web-pr-42.preview.example.com");
  });

  it("gitops preview gives a pull request without the label no preview, and exits 0", async () => {
    const r = await cli(...pr("43", "--labels", "bug", "--json"));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc & { message?: string };
    expect(doc.applications).toEqual([]);
    expect(doc.message).toMatch(/^no pullRequest generator selects pull request #43.*every label of \[preview\]/);
  });

  it("gitops validate and lint on the example are clean, the previews set included", async () => {
    const validate = await cli("validate", "--repo", repo, "--json");
    expect(JSON.parse(validate.stdout)).toMatchObject({ findings: [] });
    expect(validate.code).toBe(0);
    const lint = await cli("lint", "--repo", repo, "--json");
    expect(JSON.parse(lint.stdout)).toMatchObject({ findings: [] });
    expect(lint.code).toBe(0);
  });

  it("gitops targets lists no preview target: the preview overlay is excluded and the set generates nothing", async () => {
    const r = await cli("targets", "--repo", repo, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.findings).toEqual([]);
    expect(doc.targets?.map((t) => t.id)).toEqual([
      "applications/prod/queue-prod",
      "applications/staging/queue-staging",
      "apps/cms/overlays/prod",
      "apps/cms/overlays/staging",
      "apps/web/overlays/prod",
      "apps/web/overlays/staging",
      "argo-apps/prod",
      "argo-apps/staging",
      "clusters/prod",
      "clusters/staging",
      "environments/prod",
      "environments/staging",
      "policies",
    ]);
    expect(doc.applications.map((a) => a.name)).not.toContain("web-pr-42");
  });
});
