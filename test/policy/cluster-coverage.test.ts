// Every cluster env must enforce the policies CI runs, once the repo enforces in the cluster at
// all: an env whose Applications deploy none of policies/ gets a warning naming it. Checked on
// written repos and on a copy of the example repo with prod's policies Application added.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../packages/cli/src/cli.js";
import { toolEnv } from "../render/support.js";
import { cli } from "../support/cli.js";
import { copyExample } from "../support/example.js";
import { deployment, docs, namespace, writeRepo } from "./support.js";

const vap = `apiVersion: admissionregistration.k8s.io/v1
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
  validationActions: [Deny]
`;
const application = (name: string, env: string, path: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
  labels: { env: ${env} }
spec:
  project: default
  source:
    repoURL: https://github.com/example-org/infra.git
    path: ${path}
    targetRevision: main
  destination:
    server: https://kubernetes.default.svc
    namespace: web
`;

function repo(options: { deployTo: string[]; enforcement?: string }): string {
  const files: Record<string, string> = {
    ".gitops.yaml": `environments: [staging, prod]
render:
  repoURLs: ["https://github.com/example-org/infra.git"]
${options.enforcement ?? ""}`,
    "policies/kustomization.yaml": "resources: [min-replicas.yaml]\n",
    "policies/min-replicas.yaml": vap,
  };
  for (const env of ["staging", "prod"]) {
    files[`env/${env}/web.yaml`] = docs(namespace("web", { env }), deployment("web", "web", 3));
    files[`argo-apps/${env}/web.yaml`] = application(`web-${env}`, env, `env/${env}`);
  }
  for (const env of options.deployTo)
    files[`argo-apps/${env}/policies.yaml`] = application(`policies-${env}`, env, "policies");
  return writeRepo(files);
}

interface Report {
  findings: { rule: string; severity: string; file?: string; message: string }[];
}
function notInClusterOf(r: { code: number; stdout: string }) {
  const report = JSON.parse(r.stdout) as Report;
  return { code: r.code, findings: report.findings.filter((f) => f.rule === "policy/not-in-cluster") };
}
async function notInCluster(dir: string, ...args: string[]) {
  return notInClusterOf(await cli("policy", "--repo", dir, "--json", ...args));
}

describe("policies deployed to every cluster env", () => {
  it("warns for the env whose Applications deploy none of policies/, once another env does", async () => {
    const { code, findings } = await notInCluster(repo({ deployTo: ["prod"] }));
    expect(code).toBe(0);
    expect(findings.map((f) => [f.severity, f.file])).toEqual([["warning", "policies"]]);
    expect(findings[0]?.message).toContain("env staging has Applications but none deploys the policies");
    expect(findings[0]?.message).toContain("CI checks 1 policy that the staging cluster never enforces");
  });

  it("is quiet when every env deploys them", async () => {
    expect((await notInCluster(repo({ deployTo: ["staging", "prod"] }))).findings).toEqual([]);
  });

  it("is quiet in a repo that never chose cluster enforcement (no env deploys policies, no policy.enforcement)", async () => {
    expect((await notInCluster(repo({ deployTo: [] }))).findings).toEqual([]);
  });

  it("warns for every env when policy.enforcement names envs but no Application deploys the policies", async () => {
    const dir = repo({
      deployTo: [],
      enforcement: "policy:\n  enforcement:\n    min-replicas: { staging: warn, prod: deny }\n",
    });
    const { findings } = await notInCluster(dir);
    expect(findings.map((f) => f.message.split(" ")[1])).toEqual(["prod", "staging"]);
  });

  it("is not judged by a run scoped to one env, which does not see the others' Applications render", async () => {
    expect((await notInCluster(repo({ deployTo: ["prod"] }), "--env", "staging")).findings).toEqual([]);
  });

  it("on the example repo: deploying policies/ to prod alone leaves staging reported", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitops-example-policies-"));
    copyExample(dir);
    writeFileSync(
      join(dir, "argo-apps/prod/policies.yaml"),
      application("policies-prod", "prod", "policies").replace(
        "https://github.com/example-org/infra.git",
        "https://github.com/example-org/infra-gitops.git",
      ),
    );
    // The example renders Helm charts: the real helm goes on PATH (commands read process.env).
    let stdout = "";
    let stderr = "";
    const path = process.env.PATH;
    process.env.PATH = (await toolEnv()).PATH;
    let code: number;
    try {
      code = await runCli(["policy", "--repo", dir, "--json"], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        isTTY: false,
      });
    } finally {
      process.env.PATH = path;
    }
    expect(stderr).toBe("");
    const before = notInClusterOf({ code, stdout });
    expect(before.findings.map((f) => f.message.split(" ")[1])).toEqual(["staging"]);
    expect(before.findings[0]?.message).toMatch(/CI checks \d+ policies that the staging cluster/);
  });
});
