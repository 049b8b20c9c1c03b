// gitops lint end to end on the example repository (real helm and kustomize render it once per
// fixture): the example is clean, and a copy with one mistake per rule reports each of them at
// its source file and line. Also the CLI front and the kubeconform adapter.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../packages/cli/src/cli.js";
import type { Finding } from "../../packages/core/src/finding.js";
import { lint, type LintReport } from "../../packages/lint/src/index.js";
import { exampleCopy, toolEnv } from "../render/support.js";

let env: NodeJS.ProcessEnv;
let clean: LintReport;
let broken: LintReport;
let brokenRepo: string;

function edit(repo: string, file: string, from: string | RegExp, to: string): void {
  const path = join(repo, file);
  const text = readFileSync(path, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
}

beforeAll(async () => {
  env = await toolEnv();
  clean = await lint({ repo: exampleCopy(), env });
  brokenRepo = exampleCopy();
  const r = brokenRepo;
  edit(r, "apps/cms/base/deployment.yaml", /^ {2}replicas: (\d+)$/m, "  replicas: $1\n  replicaz: 3");
  edit(r, "apps/queue/base/templates/deployment.yaml", /^spec:$/m, "spec:\n  bogus: 1");
  edit(r, "argo-apps/prod/web.yaml", "path: apps/web/overlays/prod", "path: apps/web/overlays/staging");
  edit(r, "argo-apps/prod/cms.yaml", 'sync-wave: "2"', 'sync-wave: "two"');
  edit(r, "argo-apps/prod/cms.yaml", "namespace: cms-prod\n  #", "namespace: cms-prd\n  #");
  edit(r, "argo-apps/prod/queue.yaml", /project: prod$/m, "project: nope");
  edit(r, "argo-apps/prod/queue.yaml", "../overlays/prod/values.yaml", "../overlays/prod/value.yaml");
  edit(
    r,
    "argo-apps/staging/services.yaml",
    "- path: apps/*/overlays/staging",
    "- path: apps/*/overlayz/staging",
  );
  edit(r, "argo-apps/prod/environments.yaml", "path: environments/prod", "path: environments/missing");
  edit(r, "clusters/prod/namespaces.yaml", "team: cms\n", "team: cms\n    public: yes\n");
  // A second Application deploying clusters/prod again: every object is a duplicate.
  edit(
    r,
    "argo-apps/prod/clusters.yaml",
    /$/,
    readFileSync(join(r, "argo-apps/prod/clusters.yaml"), "utf8")
      .replace("name: clusters-prod", "name: clusters-prod-copy")
      .replace(/^/, "---\n"),
  );
  broken = await lint({ repo: r, env });
});

const rules = (f: Finding[]) => f.map((x) => `${x.rule} ${x.file ?? ""}:${x.line ?? ""}`);

describe("gitops lint on the example repository", () => {
  it("is clean: every Application, overlay, schema and YAML file checks out", () => {
    expect(clean.findings).toEqual([]);
    expect(clean.summary).toMatchObject({
      kubeVersion: "1.34",
      schemaEngine: "builtin",
      strict: true,
      rendered: "render/index.json is missing",
    });
    expect(clean.summary.resources).toBeGreaterThan(50);
    expect(clean.summary.applications).toBe(10);
    // The schema set's custom resources: the bundled CRDs, and the ones the example renders.
    expect(clean.summary.crdKinds).toBeGreaterThan(20);
    expect(clean.summary.crdKindsUsed).toEqual(
      expect.arrayContaining(["argoproj.io/Application", "external-secrets.io/ExternalSecret"]),
    );
    expect(clean.summary.crdKindsUsed.length).toBeLessThanOrEqual(clean.summary.crdKinds);
  });

  it("reports an unknown field at the kustomize base line and the Helm template line", () => {
    expect(rules(broken.findings)).toEqual(
      expect.arrayContaining([
        "schema/unknown-field apps/cms/base/deployment.yaml:10",
        "schema/unknown-field apps/queue/base/templates/deployment.yaml:9",
      ]),
    );
  });

  it("reports each broken Argo CD reference at its line", () => {
    expect(rules(broken.findings)).toEqual(
      expect.arrayContaining([
        "argo/cross-env argo-apps/prod/web.yaml:20",
        "argo/sync-wave argo-apps/prod/cms.yaml:10",
        "argo/destination-namespace argo-apps/prod/cms.yaml:23",
        "argo/project argo-apps/prod/queue.yaml:16",
        "argo/value-file argo-apps/prod/queue.yaml:24",
        "argo/appset-no-match argo-apps/staging/services.yaml:20",
        "argo/source-path argo-apps/prod/environments.yaml:20",
      ]),
    );
    const dup = broken.findings.find((f) => f.rule === "argo/duplicate-resource");
    expect(dup?.message).toMatch(/clusters-prod-copy: deploys .* which Application clusters-prod/);
  });

  it("warns about overlays no Application deploys any more", () => {
    const overlays = broken.findings.filter((f) => f.rule === "argo/unreferenced-overlay").map((f) => f.file);
    expect(overlays).toEqual([
      "apps/cms/overlays/staging/kustomization.yaml",
      "apps/web/overlays/prod/kustomization.yaml",
    ]);
  });

  it("reports an unquoted YAML 1.1 boolean in a manifest at its line", () => {
    expect(rules(broken.findings)).toContain("yaml/yaml11-boolean clusters/prod/namespaces.yaml:8");
  });
});

describe("gitops lint CLI", () => {
  it("prints the --json contract and exits 1 on findings, writing SARIF and JUnit", async () => {
    const out: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), "gitops-lint-cli-"));
    const code = await runCli(
      [
        "lint",
        "--repo",
        brokenRepo,
        "--json",
        "--no-render",
        "--sarif",
        join(dir, "l.sarif"),
        "--junit",
        join(dir, "l.xml"),
      ],
      { stdout: (t) => out.push(t), stderr: () => undefined, isTTY: false },
    );
    expect(code).toBe(1);
    const doc = JSON.parse(out.join("")) as { findings: Finding[]; summary: Record<string, unknown> };
    expect(doc.summary.errors).toBeGreaterThan(5);
    expect(doc.summary.kubeVersion).toBe("1.34");
    const sarif = JSON.parse(readFileSync(join(dir, "l.sarif"), "utf8")) as {
      runs: { results: unknown[] }[];
    };
    expect(sarif.runs[0]?.results.length).toBe(doc.findings.length);
    expect(readFileSync(join(dir, "l.xml"), "utf8")).toContain("<testsuites");
  });

  it("rejects an unbundled --k8s-version with exit 2 and one message", async () => {
    const err: string[] = [];
    const code = await runCli(["lint", "--repo", brokenRepo, "--k8s-version", "1.20", "--no-render"], {
      stdout: () => undefined,
      stderr: (t) => err.push(t),
      isTTY: false,
    });
    expect(code).toBe(2);
    expect(err.join("")).toMatch(/^gitops: Kubernetes version "1.20" has no bundled schemas/);
  });
});

describe("kubeconform adapter", () => {
  // The kubeconform binary cannot be downloaded here, so a stand-in script prints kubeconform's
  // real `-output json -summary` format (pkg/output/json.go: resources with filename, kind, name,
  // version, status, msg, validationErrors; then summary) and records the arguments it got.
  it("runs kubeconform with -output json -strict -summary and maps its results to source lines", async () => {
    const bin = mkdtempSync(join(tmpdir(), "gitops-kubeconform-"));
    const script = join(bin, "kubeconform");
    writeFileSync(
      script,
      `#!/bin/sh
echo "$@" > "${bin}/args"
cat <<'JSON'
{
  "resources": [
    {
      "filename": "render/apps/cms/overlays/prod.yaml",
      "kind": "Deployment",
      "name": "cms",
      "version": "apps/v1",
      "status": "statusInvalid",
      "msg": "problem validating schema",
      "validationErrors": [
        { "path": "/spec", "msg": "additional properties 'replicaz' not allowed" }
      ]
    },
    {
      "filename": "render/clusters/prod.yaml",
      "kind": "ClusterIssuer",
      "name": "letsencrypt-prod",
      "version": "cert-manager.io/v1",
      "status": "statusError",
      "msg": "could not find schema for ClusterIssuer"
    }
  ],
  "summary": { "valid": 80, "invalid": 1, "errors": 1, "skipped": 0 }
}
JSON
exit 1
`,
    );
    chmodSync(script, 0o755);
    const report = await lint({
      repo: brokenRepo,
      env: { PATH: `${bin}:${env.PATH ?? ""}` },
      schemaEngine: "kubeconform",
      render: "never",
    });
    const args = readFileSync(join(bin, "args"), "utf8");
    expect(args).toMatch(
      /^-output json -summary -kubernetes-version 1\.34\.0 -strict .*render\/apps\/cms\/overlays\/prod\.yaml/,
    );
    const mapped = report.findings.filter((f) => f.message.endsWith("(kubeconform)"));
    expect(mapped).toEqual([
      expect.objectContaining({
        rule: "schema/unknown-field",
        severity: "error",
        file: "apps/cms/base/deployment.yaml",
        line: 8,
      }),
      expect.objectContaining({ rule: "schema/missing", severity: "warning", target: "clusters/prod" }),
    ]);
  });
});
