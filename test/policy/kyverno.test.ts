// Kyverno: ValidatingPolicy and ClusterPolicy/Policy `validate.cel` rules run in-process; pattern
// rules need the kyverno CLI. The CLI cannot be downloaded here, so these tests run it as a
// stand-in shell script that prints the output format of the real `kyverno apply --policy-report
// --output-format json` (a wgpolicyk8s.io/v1alpha2 ClusterPolicyReport) and records its arguments.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/index.js";
import { check, deployment, docs, namespace, standIn, summary, writeRepo } from "./support.js";

const VALIDATING_POLICY = (actions: string) => `apiVersion: policies.kyverno.io/v1alpha1
kind: ValidatingPolicy
metadata:
  name: check-labels
spec:
  validationActions: ${actions}
  matchConstraints:
    resourceRules:
      - { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["deployments"] }
  variables:
    - name: team
      expression: "object.metadata.?labels.?team.orValue('')"
  validations:
    - expression: "variables.team != ''"
      messageExpression: "'Deployment ' + object.metadata.name + ' needs a team label'"
`;

const CLUSTER_POLICY = (action: string) => `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: replica-rules
spec:
  validationFailureAction: ${action}
  rules:
    - name: max-replicas
      match:
        any:
          - resources:
              kinds: ["apps/v1/Deployment"]
              namespaces: ["team-*"]
      exclude:
        any:
          - resources:
              names: ["legacy-*"]
      validate:
        message: too many replicas
        cel:
          expressions:
            - expression: "object.spec.replicas <= 3"
`;

const PATTERN_POLICY = `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: require-team
spec:
  validationFailureAction: Enforce
  rules:
    - name: check-team
      match:
        any:
          - resources:
              kinds: ["Pod"]
      validate:
        message: "The label team is required."
        pattern:
          metadata:
            labels:
              team: "?*"
    - name: cel-rule
      match:
        any:
          - resources:
              kinds: ["Deployment"]
      validate:
        cel:
          expressions:
            - expression: "true"
`;

const MANIFESTS = docs(
  namespace("team-a"),
  deployment("web", "team-a", 5, { team: "web" }),
  deployment("legacy-api", "team-a", 5),
  deployment("api", "other", 9),
);

describe("Kyverno CEL policies in-process", () => {
  it("runs a ValidatingPolicy with its own validationActions", async () => {
    const deny = await check(
      writeRepo({ "policies/vp.yaml": VALIDATING_POLICY("[Deny]"), "manifests.yaml": MANIFESTS }),
    );
    expect(summary(deny.findings)).toEqual([
      "error check-labels: Deployment legacy-api needs a team label",
      "error check-labels: Deployment api needs a team label",
    ]);
    const audit = await check(
      writeRepo({ "policies/vp.yaml": VALIDATING_POLICY("[Audit]"), "manifests.yaml": MANIFESTS }),
    );
    expect(audit.findings.map((f) => f.severity)).toEqual(["notice", "notice"]);
  });

  it("runs ClusterPolicy validate.cel rules with Kyverno match/exclude, named policy/rule", async () => {
    const enforce = await check(
      writeRepo({ "policies/cp.yaml": CLUSTER_POLICY("Enforce"), "manifests.yaml": MANIFESTS }),
    );
    expect(summary(enforce.findings)).toEqual(["error replica-rules/max-replicas: too many replicas"]);
    expect(enforce.findings[0]?.resource?.name).toBe("web");
    const audit = await check(
      writeRepo({ "policies/cp.yaml": CLUSTER_POLICY("Audit"), "manifests.yaml": MANIFESTS }),
    );
    expect(audit.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual([
      "notice replica-rules/max-replicas",
    ]);
  });

  it("applies a namespaced Policy only in its own namespace", async () => {
    const policy = CLUSTER_POLICY("Enforce")
      .replace("kind: ClusterPolicy", "kind: Policy")
      .replace("  name: replica-rules\n", "  name: replica-rules\n  namespace: other\n")
      .replace('namespaces: ["team-*"]', 'namespaces: ["*"]');
    const r = await check(writeRepo({ "policies/p.yaml": policy, "manifests.yaml": MANIFESTS }));
    expect(r.findings.map((f) => f.resource?.name)).toEqual(["api"]);
  });
});

const REPORT = `{
  "apiVersion": "wgpolicyk8s.io/v1alpha2",
  "kind": "ClusterPolicyReport",
  "metadata": { "creationTimestamp": null, "name": "merged" },
  "results": [
    {
      "message": "validation error: The label team is required. rule autogen-check-team failed at path /spec/template/metadata/labels/team/",
      "policy": "require-team",
      "resources": [{ "apiVersion": "apps/v1", "kind": "Deployment", "name": "legacy-api", "namespace": "team-a", "uid": "" }],
      "result": "fail",
      "rule": "autogen-check-team",
      "scored": true,
      "source": "kyverno",
      "timestamp": { "nanos": 0, "seconds": 1767225600 }
    },
    {
      "message": "validation rule 'autogen-check-team' passed.",
      "policy": "require-team",
      "resources": [{ "apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "namespace": "team-a", "uid": "" }],
      "result": "pass",
      "rule": "autogen-check-team",
      "scored": true,
      "source": "kyverno",
      "timestamp": { "nanos": 0, "seconds": 1767225600 }
    },
    {
      "message": "cel rule failed",
      "policy": "require-team",
      "resources": [{ "apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "namespace": "team-a", "uid": "" }],
      "result": "fail",
      "rule": "cel-rule",
      "scored": true,
      "source": "kyverno",
      "timestamp": { "nanos": 0, "seconds": 1767225600 }
    }
  ],
  "summary": { "error": 0, "fail": 2, "pass": 1, "skip": 0, "warn": 0 }
}`;

describe("Kyverno pattern rules through the kyverno CLI", () => {
  it("fails with a clear error naming the rules when kyverno is not installed", async () => {
    const repo = writeRepo({ "policies/cp.yaml": PATTERN_POLICY, "manifests.yaml": MANIFESTS });
    const error = await check(repo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(
      /^kyverno is needed to run the Kyverno pattern\/anyPattern\/deny rules require-team\/check-team \(policies\/cp\.yaml:8\) but not installed/,
    );
    expect((error as UserError).message).toContain("gitops tools install kyverno");
  });

  it("maps the CLI's policy report to findings on the checked objects, leaving CEL rules to us", async () => {
    const repo = writeRepo({
      "policies/cp.yaml": PATTERN_POLICY,
      "manifests.yaml": MANIFESTS,
      "report.json": REPORT,
    });
    const bin = standIn(
      join(repo, "bin"),
      "kyverno",
      `#!/bin/sh\nprintf '%s\\n' "$@" > "${repo}/args"\ncat "${repo}/report.json"\nexit 1\n`,
    );
    const r = await check(repo, { env: { PATH: `${bin}:/usr/bin:/bin` } });
    expect(r.stats.kyverno).toBe(true);
    expect(
      r.findings.map(
        (f) => `${f.severity} ${f.rule} ${f.resource?.name ?? ""} ${f.file ?? ""}:${f.line ?? ""}`,
      ),
    ).toEqual(["error require-team/check-team legacy-api manifests.yaml:17"]);
    expect(r.findings[0]?.message).toMatch(
      /^require-team\/check-team: validation error: The label team is required\./,
    );
    expect(readFileSync(join(repo, "args"), "utf8").split("\n").filter(Boolean)).toEqual([
      "apply",
      join(repo, "policies/cp.yaml"),
      "--resource",
      join(repo, "manifests.yaml"),
      "--policy-report",
      "--output-format",
      "json",
      "--remove-color",
    ]);
  });

  it("reports a CLI failure (no report on stdout) as a UserError with its stderr", async () => {
    const repo = writeRepo({ "policies/cp.yaml": PATTERN_POLICY, "manifests.yaml": MANIFESTS });
    const bin = standIn(
      join(repo, "bin"),
      "kyverno",
      "#!/bin/sh\necho 'Error: failed to load policies: bad policy' >&2\nexit 1\n",
    );
    const error = await check(repo, { env: { PATH: `${bin}:/usr/bin:/bin` } }).catch((e: unknown) => e);
    expect((error as UserError).message).toBe(
      "kyverno apply failed (exit 1): Error: failed to load policies: bad policy",
    );
  });
});
