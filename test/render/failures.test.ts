// A broken target never stops the others: each failure is a Finding with the
// file and line the tool's error names, and the run exits 1.
import { chmodSync, existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../packages/cli/src/cli.js";
import { UserError } from "../../packages/core/src/errors.js";
import { render, type RenderReport } from "../../packages/render/src/index.js";
import { writeFiles } from "../support/git.js";
import { toolEnv } from "./support.js";

const CM = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n";
const APP = (name: string, source: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\nspec:\n  destination:\n    namespace: ${name}\n  source:\n${source}`;

function brokenRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), "gitops-broken-"));
  const outside = mkdtempSync(join(tmpdir(), "gitops-outside-"));
  writeFileSync(join(outside, "secret.yaml"), CM);
  writeFiles(repo, {
    "apps/ok/overlays/prod/kustomization.yaml": "resources:\n  - cm.yaml\n",
    "apps/ok/overlays/prod/cm.yaml": CM,
    "apps/missing/overlays/prod/kustomization.yaml": "resources:\n  - cm.yaml\n  - missing.yaml\n",
    "apps/missing/overlays/prod/cm.yaml": CM,
    "apps/badres/overlays/prod/kustomization.yaml": "resources:\n  - cm.yaml\n",
    "apps/badres/overlays/prod/cm.yaml":
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: [\n",
    "apps/badkust/overlays/prod/kustomization.yaml": "resources:\n  - x: [\n",
    "apps/remote/overlays/prod/kustomization.yaml":
      "resources:\n  - https://github.com/acme/shared//base?ref=v1\n",
    "apps/escape/overlays/prod/kustomization.yaml": "resources:\n  - linked.yaml\n",
    "charts/bad/Chart.yaml": "apiVersion: v2\nname: bad\nversion: 0.1.0\n",
    "charts/bad/templates/cm.yaml":
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ required "name is required" .Values.name }}\n',
    "argo-apps/prod/kustomization.yaml": "resources: [apps.yaml]\n",
    "argo-apps/prod/apps.yaml": [
      APP("chart-prod", "    path: charts/bad\n    helm:\n      valueFiles: []\n"),
      APP("novalues-prod", "    path: charts/bad\n    helm:\n      valueFiles: [values-prod.yaml]\n"),
    ].join("---\n"),
  });
  symlinkSync(join(outside, "secret.yaml"), join(repo, "apps/escape/overlays/prod/linked.yaml"));
  return repo;
}

let repo: string;
let report: RenderReport;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  env = await toolEnv();
  repo = brokenRepo();
  report = await render({ repo, env });
});

function finding(target: string) {
  return report.findings.find((f) => f.target === target);
}

describe("failure isolation", () => {
  it("renders the good targets and fails each broken one alone", () => {
    const status = Object.fromEntries(report.targets.map((t) => [t.id, t.status]));
    expect(status).toEqual({
      "applications/prod/chart-prod": "failed",
      "apps/badkust/overlays/prod": "failed",
      "apps/badres/overlays/prod": "failed",
      "apps/escape/overlays/prod": "failed",
      "apps/missing/overlays/prod": "failed",
      "apps/ok/overlays/prod": "ok",
      "apps/remote/overlays/prod": "failed",
      "argo-apps/prod": "ok",
    });
    expect(existsSync(join(repo, "render/apps/ok/overlays/prod.yaml"))).toBe(true);
    expect(existsSync(join(repo, "render/apps/missing/overlays/prod.yaml"))).toBe(false);
  });

  it("condenses a missing resource to the reference and its line", () => {
    expect(finding("apps/missing/overlays/prod")).toMatchObject({
      tool: "render",
      severity: "error",
      file: "apps/missing/overlays/prod/kustomization.yaml",
      line: 3,
      message:
        "apps/missing/overlays/prod: 'missing.yaml' does not exist (apps/missing/overlays/prod/missing.yaml)",
    });
  });

  it("points malformed YAML at the resource file and line", () => {
    expect(finding("apps/badres/overlays/prod")).toMatchObject({
      file: "apps/badres/overlays/prod/cm.yaml",
      line: 6,
    });
    expect(finding("apps/badkust/overlays/prod")).toMatchObject({
      file: "apps/badkust/overlays/prod/kustomization.yaml",
      line: 2,
    });
  });

  it("refuses a remote base without network access, saying how to allow it", () => {
    expect(finding("apps/remote/overlays/prod")).toMatchObject({ rule: "network-refused" });
    expect(finding("apps/remote/overlays/prod")?.message).toContain("render.allowNetwork: true");
  });

  it("keeps the load restrictor: a symlink to a file outside the repo fails", () => {
    expect(finding("apps/escape/overlays/prod")?.message).toMatch(/outside the kustomization root/);
  });

  it("points a Helm template error at the template file and line", () => {
    expect(finding("applications/prod/chart-prod")).toMatchObject({
      file: "charts/bad/templates/cm.yaml",
      line: 4,
    });
    expect(finding("applications/prod/chart-prod")?.message).toContain("name is required");
  });

  it("reports an Application whose value file is missing, at the Application", () => {
    const f = report.findings.find((x) => x.rule === "application-source");
    expect(f).toMatchObject({ file: "argo-apps/prod/apps.yaml", severity: "error" });
    expect(f?.message).toContain('value file "values-prod.yaml" does not exist');
  });

  it("leaves no temp files behind", () => {
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(d, e.name)) : [e.name],
      );
    expect(walk(join(repo, "render")).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });
});

describe("tools", () => {
  it("stops a tool that hangs at the timeout and reports it", async () => {
    const hangRepo = mkdtempSync(join(tmpdir(), "gitops-hang-"));
    writeFiles(hangRepo, {
      ".gitops.yaml": "render:\n  timeout: 1\n",
      "apps/a/overlays/prod/kustomization.yaml": "resources: []\n",
      "apps/b/overlays/prod/kustomization.yaml": "resources: []\n",
    });
    const bin = mkdtempSync(join(tmpdir(), "gitops-hangbin-"));
    writeFileSync(join(bin, "kustomize"), "#!/bin/sh\nsleep 300\n");
    chmodSync(join(bin, "kustomize"), 0o755);
    const r = await render({ repo: hangRepo, env: { PATH: `${bin}:/usr/bin:/bin` } });
    expect(r.targets.map((t) => t.status)).toEqual(["failed", "failed"]);
    expect(r.findings.map((f) => f.rule)).toEqual(["timeout", "timeout"]);
    expect(r.findings[0]?.message).toBe(
      "apps/a/overlays/prod: kustomize build timed out after 1 s and was stopped (raise render.timeout in .gitops.yaml if it needs longer)",
    );
  });

  it("exits 2 naming the missing tools and how to install them", async () => {
    const err = await render({ repo: brokenRepo(), env: { PATH: "/nonexistent" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(
      /^helm, kustomize are needed to render the targets but not installed/,
    );
    expect((err as Error).message).toContain("actions/setup-tools");
  });

  it("gitops render exits 1 when a target fails, and prints each failure", async () => {
    process.env.PATH = env.PATH;
    let out = "";
    let err = "";
    const code = await runCli(["render", "--repo", brokenRepo()], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      isTTY: false,
    });
    expect(code).toBe(1);
    expect(out).toMatch(/^failed\s+apps\/missing\/overlays\/prod/m);
    expect(err).toContain("apps/missing/overlays/prod/kustomization.yaml:3");
  });
});
