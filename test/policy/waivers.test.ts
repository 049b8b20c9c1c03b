// Waivers in policies/exceptions.yaml: a waived violation is a notice naming its waiver, an
// expired waiver is an error, an unused one a warning, a malformed file a UserError at file:line.
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/index.js";
import { check, deployment, docs, namespace, writeRepo } from "./support.js";

const POLICY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: max-replicas
spec:
  matchConstraints:
    resourceRules:
      - { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["deployments"] }
  validations:
    - expression: "object.spec.replicas <= 5"
      message: at most 5 replicas
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: max-replicas
spec:
  policyName: max-replicas
  validationActions: [Deny]
`;
const MANIFESTS = docs(namespace("web"), deployment("big", "web", 9), deployment("huge", "web", 12));
const NOW = new Date("2026-06-15T12:00:00Z");

function waiver(fields: string): string {
  return `exceptions:\n  - ${fields.trim().split("\n").join("\n    ")}\n`;
}

const BIG = `policy: max-replicas
match: { kind: Deployment, namespace: web, name: big }
reason: load test until the end of the month
owner: "@example-org/web-team"
expires: "2026-06-30"`;

async function run(exceptions: string) {
  const repo = writeRepo({
    "policies/policy.yaml": POLICY,
    "policies/exceptions.yaml": exceptions,
    "manifests.yaml": MANIFESTS,
  });
  return check(repo, { now: NOW });
}

describe("waivers", () => {
  it("turn a covered violation into a notice that names the waiver; others stay errors", async () => {
    const r = await run(waiver(BIG));
    expect(r.findings.map((f) => `${f.severity} ${f.resource?.name}`)).toEqual(["notice big", "error huge"]);
    expect(r.findings[0]?.message).toBe(
      "max-replicas: at most 5 replicas [waived by policies/exceptions.yaml:2, owner @example-org/web-team, expires 2026-06-30: load test until the end of the month]",
    );
    expect(r.stats.waived).toBe(1);
  });

  it("match with globs and hold through their last day", async () => {
    const r = await run(waiver(BIG.replace("name: big", 'name: "*"')));
    expect(r.findings.map((f) => f.severity)).toEqual(["notice", "notice"]);
    const lastDay = await run(waiver(BIG.replace('"2026-06-30"', '"2026-06-15"')));
    expect(lastDay.findings.map((f) => f.severity)).toEqual(["notice", "error"]);
  });

  it("an expired waiver is an error at its line and covers nothing", async () => {
    const r = await run(waiver(BIG.replace('"2026-06-30"', '"2026-06-14"')));
    expect(r.findings.map((f) => `${f.severity} ${f.rule} ${f.file ?? ""}:${f.line ?? ""}`)).toEqual([
      "error max-replicas manifests.yaml:7",
      "error max-replicas manifests.yaml:16",
      "error policy/waiver-expired policies/exceptions.yaml:2",
    ]);
    expect(r.findings[2]?.message).toBe(
      "the waiver for max-replicas (owner @example-org/web-team) expired on 2026-06-14; fix the violation or renew the waiver",
    );
  });

  it("a waiver that matches nothing is a warning on a full run, and silent on a partial one", async () => {
    const unused = waiver(
      BIG.replace("name: big", "name: gone").replace(
        "policy: max-replicas",
        "policy: max-replicas\nrule: max-replicas",
      ),
    );
    const repo = writeRepo({
      "policies/policy.yaml": POLICY,
      "policies/exceptions.yaml": unused,
      "manifests.yaml": MANIFESTS,
    });
    const partial = await check(repo, { now: NOW });
    expect(partial.findings.map((f) => f.rule)).toEqual(["max-replicas", "max-replicas"]);
    const full = await check(repo, { now: NOW, manifests: undefined, render: false });
    expect(full.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(["warning policy/waiver-unused"]);
  });

  it("a waiver for another rule of the policy does not apply", async () => {
    const r = await run(
      waiver(BIG.replace("policy: max-replicas", "policy: max-replicas\nrule: other-rule")),
    );
    expect(r.findings.map((f) => f.severity)).toEqual(["error", "error"]);
  });
});

describe("a malformed waivers file is a UserError naming file:line", () => {
  const cases: [string, string, RegExp][] = [
    [
      "unknown key",
      waiver(`${BIG}\nticket: OPS-1`),
      /^policies\/exceptions\.yaml:7: exceptions\[0\]\.ticket unknown key/,
    ],
    [
      "missing owner",
      waiver(BIG.replace('owner: "@example-org/web-team"\n', "")),
      /exceptions\[0\]\.owner is required/,
    ],
    [
      "a date that is not YYYY-MM-DD",
      waiver(BIG.replace('"2026-06-30"', '"30/06/2026"')),
      /:6: exceptions\[0\]\.expires must be a date as YYYY-MM-DD/,
    ],
    ["an impossible date", waiver(BIG.replace('"2026-06-30"', '"2026-02-30"')), /expires must be a date/],
    [
      "an empty match",
      waiver(BIG.replace("match: { kind: Deployment, namespace: web, name: big }", "match: {}")),
      /match must name a target or resource fields/,
    ],
    [
      "a list at the top",
      "- policy: x\n",
      /^policies\/exceptions\.yaml:1: must be a map with an `exceptions` list/,
    ],
    ["broken YAML", "exceptions:\n  - policy: [x\n", /^policies\/exceptions\.yaml:\d+: invalid YAML/],
  ];
  for (const [what, text, message] of cases) {
    it(what, async () => {
      const error = await run(text).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(message);
    });
  }
});
