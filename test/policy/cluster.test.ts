// Policies in the cluster too: CI and the cluster must enforce the same rules the same way.
// `--explain` says where each policy runs; a binding deployed to an env that enforces otherwise
// than policy.enforcement says is a warning on its source line.
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { deployment, docs, namespace, writeRepo } from "./support.js";

const vap = (name: string) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: ${name}
spec:
  matchConstraints:
    resourceRules:
      - { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["deployments"] }
  validations:
    - expression: "object.spec.replicas >= 2"
      message: at least 2 replicas
`;
const binding = (name: string, actions: string) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: ${name}
spec:
  policyName: ${name}
  validationActions: [${actions}]
`;
const application = (name: string, path: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
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

/** CI runs min-replicas and ci-only; the prod cluster gets min-replicas (bound with Warn) and cluster-only. */
function repo(): string {
  return writeRepo({
    ".gitops.yaml": `environments: [prod]
render:
  repoURLs: ["https://github.com/example-org/infra.git"]
policy:
  enforcement:
    min-replicas: { prod: deny }
`,
    "policies/min-replicas.yaml": docs(vap("min-replicas"), binding("min-replicas", "Deny")),
    "policies/ci-only.yaml": docs(vap("ci-only"), binding("ci-only", "Deny")),
    "cluster-policies/prod/min-replicas.yaml": docs(vap("min-replicas"), binding("min-replicas", "Warn")),
    "cluster-policies/prod/cluster-only.yaml": docs(vap("cluster-only"), binding("cluster-only", "Deny")),
    "env/prod/web.yaml": docs(namespace("web", { env: "prod" }), deployment("web", "web", 3)),
    "argo-apps/prod/policies.yaml": application("policies-prod", "cluster-policies/prod"),
    "argo-apps/prod/web.yaml": application("web-prod", "env/prod"),
  });
}

describe("policies in CI and in the cluster", () => {
  it("--explain says where each policy runs", async () => {
    const r = await cli("policy", "--repo", repo(), "--explain");
    const lines = r.stdout.split("\n").filter((l) => /^\S+\s+ValidatingAdmissionPolicy\s/.test(l));
    expect(lines.map((l) => l.replace(/\s+/g, " ").trim())).toEqual([
      "ci-only ValidatingAdmissionPolicy CI only: no Application deploys it",
      "cluster-only ValidatingAdmissionPolicy cluster only (prod): not in the policies folder, so CI never runs it",
      "min-replicas ValidatingAdmissionPolicy CI and cluster (prod)",
    ]);
    const json = JSON.parse((await cli("policy", "--repo", repo(), "--explain", "--json")).stdout) as {
      summary: { placement: { name: string; ci: boolean; cluster: string[] }[] };
    };
    expect(json.summary.placement).toContainEqual(
      expect.objectContaining({ name: "min-replicas", ci: true, cluster: ["prod"] }),
    );
  });

  it("warns where a binding deployed to an env enforces otherwise than policy.enforcement", async () => {
    const r = await cli("policy", "--repo", repo(), "--json");
    const report = JSON.parse(r.stdout) as {
      findings: { rule: string; severity: string; file?: string; line?: number; message: string }[];
    };
    const drift = report.findings.filter((f) => f.rule === "policy/cluster-enforcement");
    expect(drift.map((f) => [f.severity, f.file])).toEqual([
      ["warning", "cluster-policies/prod/min-replicas.yaml"],
    ]);
    expect(drift[0]?.message).toContain("validationActions [Warn], but policy.enforcement says deny");
  });
});
