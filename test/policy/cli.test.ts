// `gitops policy` through runCli, in-process. The repository case uses plain-folder targets, so
// rendering needs no binaries; it shows the render-first-when-stale behaviour and findings that
// point at the source file of the rendered object.
import { existsSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deployment, docs, namespace, writeRepo } from "./support.js";
import { cli } from "../support/cli.js";

const POLICY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: min-replicas
spec:
  matchConstraints:
    resourceRules:
      - { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["deployments"] }
  validations:
    - expression: "object.spec.replicas >= 2"
      message: at least 2 replicas
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: min-replicas
spec:
  policyName: min-replicas
  validationActions: [Warn]
  matchResources:
    namespaceSelector:
      matchLabels: { env: prod }
`;

const gitops = (args: string[]) => cli(...args);

describe("gitops policy --manifests", () => {
  const repo = writeRepo({
    "policies/p.yaml": POLICY,
    "m/ns.yaml": namespace("web", { env: "prod" }),
    "m/one.yaml": deployment("one", "web", 1),
    "m/two.yaml": deployment("two", "web", 5),
  });

  it("takes several paths after one flag, prints one JSON document and exits by --fail-on", async () => {
    const args = [
      "policy",
      "--repo",
      repo,
      "--manifests",
      join(repo, "m/ns.yaml"),
      join(repo, "m/one.yaml"),
      join(repo, "m/two.yaml"),
      "--json",
    ];
    const r = await gitops(args);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      findings: { rule: string; file: string; line: number }[];
      summary: Record<string, unknown>;
    };
    expect(report.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual([
      "min-replicas m/one.yaml:1",
    ]);
    expect(report.summary).toMatchObject({
      errors: 0,
      warnings: 1,
      notices: 0,
      policies: 1,
      resources: 3,
      evaluations: 2,
    });
    expect((await gitops([...args, "--fail-on", "warning"])).code).toBe(1);
  });

  it("prints text findings and a totals line", async () => {
    const r = await gitops(["policy", "--repo", repo, "--manifests", join(repo, "m")]);
    expect(r.stdout).toContain(
      "warning  m/one.yaml:1  policy/min-replicas  min-replicas: at least 2 replicas",
    );
    expect(r.stderr).toMatch(/^checked 3 object\(s\) against 1 policy: 2 evaluation\(s\), 0 waived/);
  });

  it("takes globs, relative to the current folder or absolute", async () => {
    const findings = async (glob: string) => {
      const r = await gitops(["policy", "--repo", repo, "--manifests", glob, "--json"]);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { findings: { file: string }[]; summary: { resources: number } })
        .summary.resources;
    };
    expect(await findings(join(repo, "m/*.yaml"))).toBe(3);
    expect(await findings(join(repo, "m/{ns,two}.yaml"))).toBe(2);
    expect(await findings(join(repo, "**/one.y?ml"))).toBe(1);
  });

  it("names a malformed glob, and one that matches no file", async () => {
    expect(await gitops(["policy", "--repo", repo, "--manifests", join(repo, "m/[a-.yaml")])).toMatchObject({
      code: 2,
      stderr: `gitops: --manifests "${join(repo, "m/[a-.yaml")}": invalid glob: unclosed "["\n`,
    });
    expect(await gitops(["policy", "--repo", repo, "--manifests", join(repo, "m/*.json")])).toMatchObject({
      code: 2,
      stderr: `gitops: --manifests "${join(repo, "m/*.json")}": the glob matches no file\n`,
    });
  });

  it("exits 2 on bad usage, naming the problem", async () => {
    // A positional is a changed file whose targets to check: one outside the repo is named.
    expect(await gitops(["policy", "--repo", repo, "stray"])).toMatchObject({
      code: 2,
      stderr: `gitops: stray is not a file of the repository ${repo}\n`,
    });
    expect(await gitops(["policy", "--repo", repo, join(repo, "stray")])).toMatchObject({
      code: 2,
      stderr: `gitops: ${join(repo, "stray")} does not exist\n`,
    });
    expect((await gitops(["policy", "--repo", repo, "--fail-on", "fatal"])).stderr).toBe(
      'gitops: --fail-on must be error, warning or notice, got "fatal"\n',
    );
    expect((await gitops(["policy", "--repo", repo, "--manifests", join(repo, "nope.yaml")])).stderr).toMatch(
      /^gitops: --manifests .*nope\.yaml: no such file or folder\n$/,
    );
  });

  it("is listed in gitops --help", async () => {
    expect((await gitops(["--help"])).stdout).toMatch(/\n {2}policy +run the policies under policies\//);
  });
});

describe("gitops policy on a repository", () => {
  it("renders first when render/ is missing or stale, and points findings at the source file", async () => {
    const repo = writeRepo({
      "policies/p.yaml": POLICY,
      "clusters/prod/namespaces.yaml": namespace("web", { env: "prod" }),
      "environments/prod/web.yaml": docs(deployment("api", "web", 3), deployment("web", "web", 1)),
    });
    const first = await gitops(["policy", "--repo", repo, "--json"]);
    expect(existsSync(join(repo, "render", "index.json"))).toBe(true);
    const findings = (JSON.parse(first.stdout) as { findings: Record<string, unknown>[] }).findings;
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "min-replicas",
        severity: "warning",
        target: "environments/prod",
        file: "environments/prod/web.yaml",
        line: 10,
        resource: { apiVersion: "apps/v1", kind: "Deployment", namespace: "web", name: "web" },
      }),
    ]);

    writeFileSync(
      join(repo, "environments/prod/web.yaml"),
      docs(deployment("api", "web", 3), deployment("web", "web", 2)),
    );
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(repo, "environments/prod/web.yaml"), later, later);
    const stale = await gitops(["policy", "--repo", repo, "--json", "--no-render"]);
    expect((JSON.parse(stale.stdout) as { findings: unknown[] }).findings).toHaveLength(1);
    const fresh = await gitops(["policy", "--repo", repo, "--json"]);
    expect(JSON.parse(fresh.stdout)).toMatchObject({ findings: [], summary: { targets: 2, resources: 3 } });
  });
});
