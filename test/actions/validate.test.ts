// The validate composite action end to end: every step's bundle run as the runner runs it
// (runComposite), in one workspace, on examples/infra-gitops — clean, then with a planted
// schema error, policy violation and leaked token.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { testBinaries } from "../support/binaries.js";
import { createTestRepo } from "../support/git.js";
import { runComposite } from "../support/run-composite.js";
import { exampleFiles } from "../render/support.js";
import { Fakes } from "../secrets/fakes.js";

let path: string;
let manifest: string;
// A fake GitHub token made at run time, so none is ever committed.
const token = `ghp_${new Fakes(7).chars(36)}`;

beforeAll(async () => {
  const bins = await testBinaries();
  path = `${bins.dir}:/usr/bin:/bin`;
  // setup-tools takes the helm already on PATH once a manifest pins that version and its
  // SHA-256 (this machine cannot download; kubectl stands in for kustomize).
  const sha = createHash("sha256").update(readFileSync(bins.helm)).digest("hex");
  manifest = `tools:\n  helm:\n    version: "3.17.2"\n    url: "https://get.example.invalid/helm-{version}-{os}-{arch}"\n    bin: helm\n    sha256:\n      linux-amd64: "${sha}"\n`;
});

async function run(files: Record<string, string>) {
  const repo = createTestRepo({ ...files, "tools.yaml": manifest });
  return runComposite(
    "validate",
    { tools: "helm@3.17.2", "tools-manifest": "tools.yaml", comment: "false" },
    {
      workspace: repo.dir,
      toolCache: mkdtempSync(join(tmpdir(), "gitops-tc-")),
      env: { PATH: path },
      // A manual run scans the whole tree; on a push, secret-scan reads only the pushed range.
      eventName: "workflow_dispatch",
    },
  );
}

describe("actions/validate (composite)", () => {
  it("passes every step on the example, each with its own summary", async () => {
    const steps = await run(exampleFiles());
    expect(steps.map((s) => `${s.action}:${s.result.exitCode}`)).toEqual([
      "setup-tools:0",
      "render:0",
      "lint:0",
      "policy-check:0",
      "secret-scan:0",
    ]);
    for (const s of steps.slice(1)) expect(s.result.summary.length, s.action).toBeGreaterThan(0);
    expect(steps.flatMap((s) => s.result.annotations.filter((a) => a.level === "error"))).toEqual([]);
    // Each summary says what its check covered, and the checks agree on how many resources there are.
    const summary = (action: string) => steps.find((s) => s.action === action)?.result.summary ?? "";
    const rendered =
      /13 rendered, 0 failed, 0 unchanged or filtered out; (\d+) resource\(s\) rendered\./.exec(
        summary("render"),
      );
    const resources = Number(rendered?.[1]);
    expect(resources).toBeGreaterThan(50);
    expect(summary("lint")).toMatch(
      new RegExp(
        `Checked ${resources} rendered resource\\(s\\) in 13 target\\(s\\) against bundled schemas, ` +
          `Kubernetes 1\\.34 \\+ \\d+ CRD kind\\(s\\) \\([1-9]\\d* used\\) \\(strict`,
      ),
    );
    expect(summary("policy-check")).toMatch(
      new RegExp(
        `\\d+ policies on ${resources} object\\(s\\) of 13 target\\(s\\), [1-9]\\d* evaluation\\(s\\)`,
      ),
    );
    expect(summary("secret-scan")).toMatch(/Scanned [1-9]\d* files \([\d.]+ KiB\) with \d+ credential rules/);
  });

  it("runs every check after a failure and fails with annotations on the files", async () => {
    const files = exampleFiles();
    const deploy = "apps/cms/base/deployment.yaml";
    files[deploy] = (files[deploy] ?? "").replace(/(\n\s+)replicas:/, "$1replicaz: 2$1replicas:");
    const web = "apps/web/overlays/staging/kustomization.yaml";
    files[web] = (files[web] ?? "").replace(/newTag: "?[\w.]+"?/, "newTag: latest");
    files["apps/web/overlays/staging/notes.yaml"] = `# token for the deploy bot\ntoken: ${token}\n`;
    const steps = await run(files);
    const codes = Object.fromEntries(steps.map((s) => [s.action, s.result.exitCode]));
    expect(codes).toEqual({ "setup-tools": 0, render: 0, lint: 1, "policy-check": 1, "secret-scan": 1 });
    const errors = (action: string) =>
      steps.find((s) => s.action === action)?.result.annotations.filter((a) => a.level === "error") ?? [];
    expect(errors("lint").map((a) => a.properties.file)).toContain(deploy);
    expect(
      errors("policy-check")
        .map((a) => a.message)
        .join("\n"),
    ).toContain("latest");
    expect(errors("secret-scan").map((a) => a.properties.file)).toContain(
      "apps/web/overlays/staging/notes.yaml",
    );
    // The token itself never reaches the log, an annotation or a summary.
    // `::add-mask::` lines are how a value gets masked; the runner never shows them.
    const everything = steps
      .map((s) => s.result.stdout + s.result.stderr + s.result.summary)
      .join("\n")
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    expect(steps.find((s) => s.action === "secret-scan")?.result.masks).toContain(token);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.slice(4, 20));
  });
});
