// paramKind/paramRef, with the params taken from manifests in the repository: by name, by
// selector, in the object's namespace or a fixed one, and parameterNotFoundAction.
import { describe, expect, it } from "vitest";
import { check, deployment, docs, namespace, writeRepo } from "./support.js";

const POLICY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: replica-limit
spec:
  paramKind:
    apiVersion: rules.example.com/v1
    kind: ReplicaLimit
  matchConstraints:
    resourceRules:
      - { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["deployments"] }
  validations:
    - expression: "object.spec.replicas <= params.maxReplicas"
      messageExpression: "'replicas must be at most ' + string(params.maxReplicas)"
`;

function binding(paramRef: string): string {
  return `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: replica-limit-binding
spec:
  policyName: replica-limit
  validationActions: [Deny]
  paramRef:
${paramRef}`;
}

function limit(name: string, max: number, ns?: string, labels = ""): string {
  return `apiVersion: rules.example.com/v1
kind: ReplicaLimit
metadata:
  name: ${name}
${ns ? `  namespace: ${ns}\n` : ""}${labels ? `  labels: ${labels}\n` : ""}maxReplicas: ${max}
`;
}

const workloads = docs(
  namespace("team-a"),
  namespace("team-b"),
  deployment("a", "team-a", 4),
  deployment("b", "team-b", 4),
);

async function run(ref: string, params: string, where: "policies" | "manifests" = "policies") {
  const repo = writeRepo({
    "policies/policy.yaml": docs(POLICY, binding(ref)),
    ...(where === "policies" ? { "policies/params.yaml": params } : {}),
    "manifests.yaml": where === "manifests" ? docs(workloads, params) : workloads,
  });
  const r = await check(repo);
  return r.findings.map(
    (f) =>
      `${f.severity} ${f.resource?.name ?? ""}: ${f.message.replace(/^replica-limit: /, "").replace(/ \(binding .*\)$/, "")}`,
  );
}

describe("paramRef", () => {
  it("by name, in the object's own namespace when the param kind is namespaced", async () => {
    const params = docs(limit("limits", 3, "team-a"), limit("limits", 5, "team-b"));
    expect(await run("    name: limits\n    parameterNotFoundAction: Deny\n", params)).toEqual([
      "error a: replicas must be at most 3",
    ]);
  });

  it("by name in a fixed namespace, with the params among the checked manifests", async () => {
    const params = docs(limit("limits", 3, "shared"), limit("limits", 10, "team-a"));
    expect(
      await run(
        "    name: limits\n    namespace: shared\n    parameterNotFoundAction: Deny\n",
        params,
        "manifests",
      ),
    ).toEqual(["error a: replicas must be at most 3", "error b: replicas must be at most 3"]);
  });

  it("by selector: the object is checked against every selected param", async () => {
    const params = docs(
      limit("strict", 2, "team-a", "{ tier: gold }"),
      limit("loose", 8, "team-a", "{ tier: gold }"),
      limit("other", 1, "team-a", "{ tier: bronze }"),
    );
    expect(
      await run(
        "    selector:\n      matchLabels: { tier: gold }\n    parameterNotFoundAction: Allow\n",
        params,
      ),
    ).toEqual(["error a: replicas must be at most 2"]);
  });

  it("no param found: Deny refuses the object, Allow lets it pass", async () => {
    const params = limit("limits", 3, "team-a");
    expect(await run("    name: limits\n    parameterNotFoundAction: Deny\n", params)).toEqual([
      "error a: replicas must be at most 3",
      "error b: no params found for binding replica-limit-binding (parameterNotFoundAction Deny)",
    ]);
    expect(await run("    name: limits\n    parameterNotFoundAction: Allow\n", params)).toEqual([
      "error a: replicas must be at most 3",
    ]);
  });

  it("a binding without paramRef for a policy with paramKind is an evaluation error", async () => {
    const repo = writeRepo({
      "policies/policy.yaml": docs(
        POLICY,
        binding("    name: limits\n").replace(/ {2}paramRef:\n {4}name: limits\n/, ""),
      ),
      "manifests.yaml": docs(namespace("team-a"), deployment("a", "team-a", 1)),
    });
    const r = await check(repo);
    expect(r.findings.map((f) => f.message)).toEqual([
      "replica-limit: could not evaluate (binding replica-limit-binding): binding replica-limit-binding sets no paramRef, but the policy has paramKind ReplicaLimit",
    ]);
  });
});
