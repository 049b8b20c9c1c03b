// ValidatingAdmissionPolicy semantics, with examples modelled on the Kubernetes documentation
// (written by us): bindings and validationActions, selectors, resource rules, match conditions,
// lazy variables, messages, failurePolicy, audit annotations and the synthesized request.
import { describe, expect, it } from "vitest";
import { check, deployment, docs, namespace, summary, writeRepo } from "./support.js";

const REPLICAS_POLICY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: demo-policy.example.com
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: ["apps"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["deployments"]
  validations:
    - expression: "object.spec.replicas <= 5"
      message: at most 5 replicas
`;

function binding(actions: string, matchResources = ""): string {
  return `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: demo-binding-test.example.com
spec:
  policyName: demo-policy.example.com
  validationActions: ${actions}
${matchResources}`;
}

const TEST_NS = `  matchResources:
    namespaceSelector:
      matchLabels:
        environment: test
`;

function repo(policy: string, manifests: string, extra: Record<string, string> = {}) {
  return writeRepo({ "policies/policy.yaml": policy, "manifests.yaml": manifests, ...extra });
}

describe("bindings and validationActions", () => {
  const manifests = docs(
    namespace("test", { environment: "test" }),
    namespace("prod", { environment: "prod" }),
    deployment("too-many", "test", 6),
    deployment("fine", "test", 3),
    deployment("elsewhere", "prod", 9),
  );

  it("Deny gives an error on the object its namespaceSelector matches, at the object's line", async () => {
    const r = await check(repo(docs(REPLICAS_POLICY, binding("[Deny]", TEST_NS)), manifests));
    expect(summary(r.findings)).toEqual([
      "error demo-policy.example.com: at most 5 replicas (binding demo-binding-test.example.com)",
    ]);
    expect(r.findings[0]).toMatchObject({
      resource: { apiVersion: "apps/v1", kind: "Deployment", namespace: "test", name: "too-many" },
      file: "manifests.yaml",
      line: 15,
    });
    expect(r.stats.evaluations).toBe(2);
  });

  it("Warn gives a warning, Audit a notice, and Warn with Audit a warning", async () => {
    const warn = await check(repo(docs(REPLICAS_POLICY, binding("[Warn]", TEST_NS)), manifests));
    const audit = await check(repo(docs(REPLICAS_POLICY, binding("[Audit]", TEST_NS)), manifests));
    const both = await check(repo(docs(REPLICAS_POLICY, binding("[Warn, Audit]", TEST_NS)), manifests));
    expect(warn.findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(audit.findings.map((f) => f.severity)).toEqual(["notice"]);
    expect(both.findings.map((f) => f.severity)).toEqual(["warning"]);
  });

  it("a binding without matchResources validates everything the policy matches", async () => {
    const r = await check(repo(docs(REPLICAS_POLICY, binding("[Deny]")), manifests));
    expect(r.findings.map((f) => f.resource?.name)).toEqual(["too-many", "elsewhere"]);
  });

  it("each binding of a policy is evaluated on its own", async () => {
    const second = binding(
      "[Warn]",
      `  matchResources:\n    namespaceSelector:\n      matchLabels:\n        environment: prod\n`,
    ).replace("demo-binding-test.example.com", "demo-binding-prod.example.com");
    const r = await check(repo(docs(REPLICAS_POLICY, binding("[Deny]", TEST_NS), second), manifests));
    expect(r.findings.map((f) => `${f.severity} ${f.resource?.name}`)).toEqual([
      "error too-many",
      "warning elsewhere",
    ]);
  });
});

describe("resource rules and selectors", () => {
  const policy = (rules: string, extra = "") => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: labelled
spec:
  matchConstraints:
${rules}${extra}
  validations:
    - expression: "has(object.metadata.labels) && 'owner' in object.metadata.labels"
      message: needs an owner label
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: labelled
spec:
  policyName: labelled
  validationActions: [Deny]
  matchResources:
    namespaceSelector:
      matchExpressions:
        - { key: env, operator: In, values: [prod] }
`;
  const all = `    resourceRules:
      - { apiGroups: ["*"], apiVersions: ["*"], operations: ["*"], resources: ["*"] }
`;
  const manifests = docs(
    namespace("prod", { env: "prod" }),
    namespace("dev", { env: "dev" }),
    deployment("web", "prod", 1),
    deployment("web", "dev", 1),
    "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\n",
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: prod\n  labels: { owner: team-a }\n",
  );

  it("skips namespaceSelector for cluster-scoped objects and matches a Namespace on its own labels", async () => {
    const r = await check(repo(policy(all), manifests));
    expect(
      r.findings.map((f) => `${f.resource?.kind}/${f.resource?.namespace ?? ""}/${f.resource?.name}`),
    ).toEqual(["Namespace//prod", "Deployment/prod/web", "ClusterRole//reader"]);
  });

  it("excludeResourceRules, resourceNames, scope and objectSelector narrow what is checked", async () => {
    const narrowed = policy(
      all,
      `    excludeResourceRules:
      - { apiGroups: [""], apiVersions: ["v1"], operations: ["*"], resources: ["namespaces"] }
      - { apiGroups: ["*"], apiVersions: ["*"], operations: ["*"], resources: ["*"], scope: Cluster }
    objectSelector:
      matchExpressions:
        - { key: skip-policy, operator: DoesNotExist }
`,
    );
    const labelled = manifests.replace(
      "name: web\n  namespace: prod\n  labels: {}",
      'name: web\n  namespace: prod\n  labels:\n    skip-policy: "yes"',
    );
    expect((await check(repo(narrowed, manifests))).findings.map((f) => f.resource?.name)).toEqual(["web"]);
    expect((await check(repo(narrowed, labelled))).findings).toEqual([]);
    const byName = policy(`    resourceRules:
      - { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["deployments"], resourceNames: ["api"] }
`);
    expect((await check(repo(byName, manifests))).findings).toEqual([]);
  });

  it("a rule for UPDATE only never matches: every object is checked as a CREATE", async () => {
    const updates = policy(`    resourceRules:
      - { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["UPDATE"], resources: ["deployments"] }
`);
    const r = await check(repo(updates, manifests));
    expect(r.findings).toEqual([]);
    expect(r.stats.evaluations).toBe(0);
  });

  it("maps kinds to resources through the CRDs found in the manifests", async () => {
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: gizmos.example.com
spec:
  group: example.com
  scope: Namespaced
  names: { kind: Widget, plural: gizmos }
`;
    const widget = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n  namespace: prod\n";
    const rules = `    resourceRules:
      - { apiGroups: ["example.com"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["gizmos"] }
`;
    expect((await check(repo(policy(rules), docs(manifests, widget)))).findings).toEqual([]);
    const r = await check(repo(policy(rules), docs(manifests, crd, widget)));
    expect(r.findings.map((f) => `${f.resource?.kind}/${f.resource?.name}`)).toEqual(["Widget/w"]);
  });
});

describe("match conditions, variables, messages and the request", () => {
  const policy = (spec: string, failurePolicy = "Fail") => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: p
spec:
  failurePolicy: ${failurePolicy}
  matchConstraints:
    resourceRules:
      - { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["deployments"] }
${spec}---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: p
spec:
  policyName: p
  validationActions: [Deny]
`;
  const manifests = docs(deployment("big", "apps", 7, { tier: "web" }), deployment("small", "apps", 1));

  it("matchConditions decide which objects a policy applies to", async () => {
    const p = policy(`  matchConditions:
    - name: web-tier-only
      expression: "has(object.metadata.labels) && object.metadata.labels.?tier.orValue('') == 'web'"
  validations:
    - expression: "object.spec.replicas < 3"
`);
    const r = await check(repo(p, manifests));
    expect(summary(r.findings)).toEqual(["error p: failed expression: object.spec.replicas < 3"]);
  });

  it("evaluates each object as a CREATE by the CI user, with oldObject null", async () => {
    const p = policy(`  validations:
    - expression: >-
        request.operation == 'CREATE' && oldObject == null && request.dryRun &&
        request.userInfo.username == 'system:serviceaccount:gitops-ci:policy-check' &&
        request.resource.resource == 'deployments' && request.kind.kind == 'Deployment' &&
        request.name == object.metadata.name && request.namespace == 'apps' &&
        namespaceObject.metadata.name == 'apps'
`);
    expect((await check(repo(p, manifests))).findings).toEqual([]);
  });

  it("variables are lazy: one that would fail only fails where it is read", async () => {
    const p = policy(`  variables:
    - name: tier
      expression: "object.metadata.labels.tier"
    - name: limit
      expression: "variables.tier == 'web' ? 10 : 2"
  validations:
    - expression: "object.spec.replicas <= 5 || variables.limit >= object.spec.replicas"
      messageExpression: "'replicas ' + string(object.spec.replicas) + ' above ' + string(variables.limit)"
      reason: Forbidden
`);
    const r = await check(
      repo(p, docs(deployment("big", "apps", 7, { tier: "db" }), deployment("small", "apps", 1))),
    );
    expect(summary(r.findings)).toEqual(["error p: replicas 7 above 2"]);
  });

  it("a messageExpression that fails falls back to message", async () => {
    const p = policy(`  validations:
    - expression: "object.spec.replicas < 5"
      message: too many replicas
      messageExpression: "object.metadata.nope"
`);
    expect(summary((await check(repo(p, manifests))).findings)).toEqual(["error p: too many replicas"]);
  });

  it("failurePolicy Fail makes an evaluation error an error; Ignore a notice", async () => {
    const spec = `  validations:
    - expression: "object.metadata.labels.tier == 'web'"
`;
    const fail = await check(repo(policy(spec), manifests));
    expect(summary(fail.findings)).toEqual([
      "error p: could not evaluate: expression \"object.metadata.labels.tier == 'web'\" failed: no such key: tier",
    ]);
    expect(fail.findings[0]?.resource?.name).toBe("small");
    const ignore = await check(repo(policy(spec, "Ignore"), manifests));
    expect(ignore.findings.map((f) => f.severity)).toEqual(["notice"]);
    expect(ignore.findings[0]?.message).toContain("(failurePolicy Ignore)");
  });

  it("audit annotations become notes", async () => {
    const p = policy(`  validations:
    - expression: "true"
  auditAnnotations:
    - key: high-replica-count
      valueExpression: "object.spec.replicas > 5 ? 'Deployment spec.replicas set to ' + string(object.spec.replicas) : null"
`);
    const r = await check(repo(p, manifests));
    expect(summary(r.findings)).toEqual([
      "notice p: audit annotation high-replica-count=Deployment spec.replicas set to 7",
    ]);
  });
});
