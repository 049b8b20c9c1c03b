// gitops preview on a repository with a web preview per pull request (test/fixtures/repos/
// preview-basic), rendered with the real kustomize: the JSON contract, the URLs of the three
// kinds, the lint and policy checks of the preview, no preview, and bad usage.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { cli } from "../support/cli.js";
import { fixtureCopy, SHA } from "./support.js";

const made: string[] = [];
let repo: string;
beforeAll(async () => {
  // The in-process CLI finds kustomize on the process's PATH.
  process.env.PATH = `${(await testBinaries()).dir}:/usr/bin:/bin`;
  repo = copy();
});
afterAll(() => {
  for (const d of made) rmSync(dirname(d), { recursive: true, force: true });
});

function copy(): string {
  const dir = fixtureCopy();
  made.push(dir);
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, text.replace(from, to));
}

const PR = ["--pr", "7", "--branch", "feat/login", "--head-sha", SHA, "--labels", "preview,ui"];

describe("gitops preview", () => {
  it("prints the preview Applications with their targets and URLs as JSON, and exits 0", async () => {
    const r = await cli("preview", "--repo", repo, ...PR, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      "pullRequest",
      "applications",
      "findings",
      "summary",
      "applicationSets",
    ]);
    expect(doc.applications).toEqual([
      {
        name: "web-pr-7",
        namespace: "web-pr-7",
        targets: ["applications/_/web-pr-7"],
        urls: [
          "http://api-pr-7.preview.example.com",
          "http://docs-pr-7.preview.example.com",
          "https://web-pr-7.preview.example.com",
        ],
        applicationSet: "web-previews",
        file: "argo-apps/previews/web.yaml",
        line: 3,
      },
    ]);
    expect(doc.findings).toEqual([]);
    expect(doc.applicationSets).toEqual([
      { name: "web-previews", file: "argo-apps/previews/web.yaml", line: 3, generated: 1 },
    ]);
  });

  it("prints a table and the counts as text", async () => {
    const r = await cli("preview", "--repo", repo, ...PR);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^APPLICATION\s+NAMESPACE\s+TARGETS\s+URLS\nweb-pr-7\s+web-pr-7\s+applications\/_\/web-pr-7\s+http:\/\/api-pr-7/,
    );
    expect(r.stdout).toContain(
      "0 errors, 0 warnings, 0 notices\npreview of pull request #7 at 089d92cb: 1 Application(s)\n",
    );
  });

  it("exits 0 with a message when no generator selects the pull request", async () => {
    const r = await cli("preview", "--repo", repo, "--pr", "8", "--branch", "fix", "--head-sha", SHA);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "no pullRequest generator selects pull request #8, so it gets no preview: ApplicationSet web-previews (argo-apps/previews/web.yaml) needs every label of [preview]\n",
    );
    const json = await cli(
      "preview",
      "--repo",
      repo,
      "--pr",
      "8",
      "--branch",
      "fix",
      "--head-sha",
      SHA,
      "--json",
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ applications: [], findings: [] });
  });

  it("lints and policy-checks the rendered preview and runs the preview checks, exit 1", async () => {
    const broken = copy();
    const set = "argo-apps/previews/web.yaml";
    edit(broken, set, "web:pr-{{ .number }}-{{ .head_short_sha }}", "web:latest");
    edit(broken, set, 'namespace: "web-pr-{{ .number }}"', "namespace: web-prod");
    edit(
      broken,
      "apps/web/overlays/preview/ingress.yaml",
      "  ingressClassName: nginx",
      "  ingressClassNam: nginx",
    );
    const r = await cli("preview", "--repo", broken, ...PR, "--json");
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { tool: string; rule: string; file?: string }[] })
      .findings;
    expect(findings.map((f) => `${f.tool} ${f.rule} ${f.file ?? ""}`).sort()).toEqual([
      "lint schema/unknown-field apps/web/overlays/preview/ingress.yaml",
      "policy disallow-latest-tag apps/web/base/deployment.yaml",
      "preview preview/shared-namespace argo-apps/previews/web.yaml",
    ]);
  });

  it("exits 2 naming the flag at fault", async () => {
    const missing = await cli("preview", "--repo", repo, "--pr", "7", "--head-sha", SHA);
    expect(missing).toMatchObject({
      code: 2,
      stderr: "gitops: --branch is required: the pull request's branch\n",
    });
    const sha = await cli("preview", "--repo", repo, "--pr", "7", "--branch", "b", "--head-sha", "main");
    expect(sha.code).toBe(2);
    expect(sha.stderr).toBe(
      'gitops: --head-sha must be a commit SHA (4 to 64 hexadecimal digits), got "main"\n',
    );
    const pr = await cli("preview", "--repo", repo, "--pr", "0", "--branch", "b", "--head-sha", SHA);
    expect(pr.stderr).toBe('gitops: --pr must be a pull request number (a whole number from 1), got "0"\n');
  });
});
