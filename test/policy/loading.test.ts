// Reading the policies folder and .gitops.yaml: malformed policies are UserErrors at file:line,
// questionable setups are warnings, unsupported expressions are errors naming policy and
// expression, and per-env enforcement replaces what the bindings say.
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/index.js";
import { check, deployment, docs, namespace, summary, writeRepo } from "./support.js";

const policy = (name: string, body: string) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: ${name}
spec:
${body}`;
const RULES = `  matchConstraints:
    resourceRules:
      - { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["deployments"] }
`;
const binding = (
  name: string,
  extra = "  validationActions: [Deny]\n",
) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: ${name}
spec:
  policyName: ${name}
${extra}`;
const MANIFESTS = docs(namespace("web", { env: "prod" }), deployment("web", "web", 9));

async function error(files: Record<string, string>): Promise<string> {
  const e = await check(writeRepo({ "manifests.yaml": MANIFESTS, ...files })).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(UserError);
  return (e as UserError).message;
}

describe("malformed policies are UserErrors naming file:line", () => {
  it("a policy without resourceRules", async () => {
    expect(
      await error({ "policies/p.yaml": policy("p", "  validations:\n    - expression: 'true'\n") }),
    ).toBe(
      "policies/p.yaml:5: spec.matchConstraints.resourceRules is required: it says which resources the policy checks",
    );
  });

  it("a selector with an unknown operator", async () => {
    const bad = `${binding("p")}  matchResources:\n    namespaceSelector:\n      matchExpressions:\n        - { key: env, operator: Equals, values: [prod] }\n`;
    const message = await error({
      "policies/p.yaml": docs(policy("p", `${RULES}  validations:\n    - expression: "true"\n`), bad),
    });
    expect(message).toMatch(
      /^policies\/p\.yaml:\d+: namespaceSelector matchExpressions\[0\]\.operator must be In, NotIn, Exists or DoesNotExist$/,
    );
  });

  it("validationActions that are not Deny, Warn or Audit, and a policy defined twice", async () => {
    const p = policy("p", `${RULES}  validations:\n    - expression: "true"\n`);
    expect(
      await error({ "policies/p.yaml": docs(p, binding("p", "  validationActions: [Block]\n")) }),
    ).toMatch(
      /^policies\/p\.yaml:\d+: spec\.validationActions\[0\] must be Deny, Warn or Audit, got "Block"$/,
    );
    expect(await error({ "policies/p.yaml": p, "policies/q.yaml": p })).toMatch(
      /ValidatingAdmissionPolicy "p" is defined twice/,
    );
  });
});

describe("questionable setups and unsupported expressions", () => {
  it("warns about a policy without binding and a binding without policy", async () => {
    const r = await check(
      writeRepo({
        "manifests.yaml": MANIFESTS,
        "policies/p.yaml": policy("lonely", `${RULES}  validations:\n    - expression: "false"\n`),
        "policies/b.yaml": binding("missing"),
      }),
    );
    expect(r.findings.map((f) => `${f.severity} ${f.file ?? ""}:${f.line ?? ""} ${f.message}`)).toEqual([
      'warning policies/b.yaml:1 ValidatingAdmissionPolicyBinding missing names the policy "missing", which is not in the policies folder',
      "warning policies/p.yaml:1 ValidatingAdmissionPolicy lonely has no binding, so Kubernetes never enforces it",
      // With its only policy unbound, the run checked nothing, and says so.
      'notice policies: no policies (nothing checked): policies/ holds no bound ValidatingAdmissionPolicy, no Kyverno policy and no Rego to run; add some, or let "gitops init" write a starter set',
    ]);
  });

  it("an unsupported function is an error naming the policy and the expression, and the policy is not run", async () => {
    const body = `${RULES}  validations:\n    - expression: "object.spec.replicas < 3"\n    - expression: "math.greatest([1, object.spec.replicas]) < 5"\n`;
    const r = await check(
      writeRepo({ "manifests.yaml": MANIFESTS, "policies/p.yaml": docs(policy("p", body), binding("p")) }),
    );
    expect(r.findings.map((f) => `${f.severity} ${f.file ?? ""}:${f.line ?? ""} ${f.message}`)).toEqual([
      'error policies/p.yaml:11 ValidatingAdmissionPolicy p: validation "math.greatest([1, object.spec.replicas]) < 5" cannot be evaluated: unsupported function "math.greatest"',
    ]);
    expect(r.stats.evaluations).toBe(0);
  });
});

describe("per-env enforcement from .gitops.yaml", () => {
  const files = (config: string) => ({
    "manifests.yaml": MANIFESTS,
    ".gitops.yaml": config,
    "policies/p.yaml": docs(
      policy("p", `${RULES}  validations:\n    - expression: "object.spec.replicas < 3"\n`),
      binding("p"),
    ),
  });
  const config = `policy:\n  enforcement:\n    p: { staging: warn, prod: deny, "*": audit }\n`;

  it("replaces the binding's action for the env being checked", async () => {
    const repo = writeRepo(files(config));
    const severity = async (env?: string) =>
      (await check(repo, env ? { environments: [env] } : {})).findings.map((f) => f.severity);
    expect(await severity("staging")).toEqual(["warning"]);
    expect(await severity("prod")).toEqual(["error"]);
    expect(await severity("qa")).toEqual(["notice"]);
    expect(await severity()).toEqual(["notice"]);
  });

  it("rejects an unknown action or key in the policy section", async () => {
    const bad = await check(writeRepo(files(`policy:\n  enforcement:\n    p: { prod: block }\n`))).catch(
      (e: unknown) => e,
    );
    expect((bad as UserError).message).toMatch(
      /^\.gitops\.yaml:3: "policy\.enforcement\.p\.prod" must be equal to one of the allowed values/,
    );
    const typo = await check(writeRepo(files(`policy:\n  conftest:\n    namespace: [main]\n`))).catch(
      (e: unknown) => e,
    );
    expect((typo as UserError).message).toMatch(
      /unknown key "policy\.conftest\.namespace"; allowed here: namespaces, allNamespaces, data, combine/,
    );
  });

  it("reports a violation with its summary line", async () => {
    const r = await check(writeRepo(files("environments: [staging, prod]\n")));
    expect(summary(r.findings)).toEqual(["error p: failed expression: object.spec.replicas < 3"]);
  });
});
