// Rendered targets as render/index.json lists them (written here by hand, with --no-render):
// findings on Helm output point at the template its `# Source:` comment names, Namespaces come
// from the target's env only, and a target that failed to render is an error, not a silent pass.
import { describe, expect, it } from "vitest";
import { check, deployment, docs, namespace, writeRepo } from "./support.js";

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
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: min-replicas
spec:
  policyName: min-replicas
  validationActions: [Deny]
  matchResources:
    namespaceSelector:
      matchLabels: { env: prod }
`;

const entry = (id: string, env: string, kind: string, source: string, status = "ok", error?: string) => ({
  id,
  env,
  kind,
  source,
  output: `render/${id}.yaml`,
  status,
  resources: 1,
  sha256: "",
  ...(error ? { error } : {}),
});

describe("rendered targets", () => {
  const repo = writeRepo({
    "policies/p.yaml": POLICY,
    "apps/queue/base/templates/deployment.yaml":
      "apiVersion: apps/v1\n# a comment\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n",
    "render/index.json": JSON.stringify({
      targets: [
        entry("applications/prod/queue-prod", "prod", "helm", "apps/queue/base"),
        entry("applications/staging/queue-staging", "staging", "helm", "apps/queue/base"),
        entry("clusters/prod", "prod", "directory", "clusters/prod"),
        entry("clusters/staging", "staging", "directory", "clusters/staging"),
        entry(
          "apps/web/overlays/prod",
          "prod",
          "kustomize",
          "apps/web/overlays/prod",
          "failed",
          "kustomize: missing-file.yaml\nmore",
        ),
      ],
    }),
    "render/applications/prod/queue-prod.yaml": `---\n# Source: queue/templates/deployment.yaml\n${deployment("queue", "queue", 1)}`,
    "render/applications/staging/queue-staging.yaml": `---\n# Source: queue/templates/deployment.yaml\n${deployment("queue", "queue", 1)}`,
    "render/clusters/prod.yaml": namespace("queue", { env: "prod" }),
    "render/clusters/staging.yaml": namespace("queue", { env: "staging" }),
    "manifests.yaml": "",
  });

  it("maps findings to the Helm template and takes Namespaces from the target's env", async () => {
    const r = await check(repo, { manifests: undefined, render: false });
    expect(
      r.findings.map((f) => `${f.severity} ${f.rule} ${f.target ?? ""} ${f.file ?? ""}:${f.line ?? ""}`),
    ).toEqual([
      "error policy/unrendered-target apps/web/overlays/prod apps/web/overlays/prod:",
      "error min-replicas applications/prod/queue-prod apps/queue/base/templates/deployment.yaml:3",
    ]);
    expect(r.findings[0]?.message).toBe(
      "apps/web/overlays/prod: the target failed to render (kustomize: missing-file.yaml); its objects were not checked",
    );
    expect(r.stats).toMatchObject({ targets: 4, resources: 4 });
  });

  it("checks only the targets of the envs asked for", async () => {
    const r = await check(repo, { manifests: undefined, render: false, environments: ["staging"] });
    expect(r.findings).toEqual([]);
    expect(r.stats).toMatchObject({ targets: 2, resources: 2 });
  });

  it("reads a `kind: List` as its items", async () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n  - ${docs(namespace("a", { env: "prod" }))
      .trimEnd()
      .split("\n")
      .join("\n    ")}\n`;
    const withList = writeRepo({
      "policies/p.yaml": POLICY,
      "manifests.yaml": `${list}---\n${deployment("x", "a", 1)}`,
    });
    const r = await check(withList);
    expect(r.findings.map((f) => f.resource?.name)).toEqual(["x"]);
  });
});
