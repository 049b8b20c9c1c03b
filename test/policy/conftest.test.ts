// Rego through conftest. conftest cannot be downloaded here, so these tests run it as a stand-in
// shell script that prints the output format of the real `conftest test --output json` (a list of
// {filename, namespace, successes, failures, warnings, exceptions} with {msg, loc, metadata}
// results, `loc` filled from a rule's `_loc`) and records its arguments.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/index.js";
import { check, deployment, docs, namespace, standIn, writeRepo } from "./support.js";

const REGO = `package main

deny contains msg if {
  input.kind == "Deployment"
  input.spec.replicas > 5
  msg := sprintf("%s has too many replicas", [input.metadata.name])
}
`;

const output = (file: string) => `[
\t{
\t\t"filename": "${file}",
\t\t"namespace": "main",
\t\t"successes": 3,
\t\t"warnings": [
\t\t\t{
\t\t\t\t"msg": "web has no team label",
\t\t\t\t"metadata": {
\t\t\t\t\t"query": "data.k8s.labels.warn"
\t\t\t\t}
\t\t\t}
\t\t],
\t\t"failures": [
\t\t\t{
\t\t\t\t"msg": "web has too many replicas",
\t\t\t\t"metadata": {
\t\t\t\t\t"query": "data.main.deny"
\t\t\t\t}
\t\t\t},
\t\t\t{
\t\t\t\t"msg": "replicas set in the base",
\t\t\t\t"loc": {
\t\t\t\t\t"file": "apps/web/base/deployment.yaml",
\t\t\t\t\t"line": 12
\t\t\t\t},
\t\t\t\t"metadata": {
\t\t\t\t\t"query": "data.main.deny_replicas"
\t\t\t\t}
\t\t\t}
\t\t],
\t\t"exceptions": [
\t\t\t{
\t\t\t\t"msg": "data.main.exception[_][_] == \\"latest\\"",
\t\t\t\t"metadata": {
\t\t\t\t\t"query": "data.main.exception"
\t\t\t\t}
\t\t\t}
\t\t]
\t}
]
`;

const MANIFESTS = docs(namespace("web"), deployment("web", "web", 9));
const CONFIG = `policy:
  conftest:
    namespaces: [main, k8s.labels]
    data: [policy-data]
`;

describe("Rego through conftest", () => {
  it("fails with a clear error naming the Rego files when conftest is not installed", async () => {
    const repo = writeRepo({
      "policies/replicas.rego": REGO,
      "policies/replicas_test.rego": "package main\n",
      "manifests.yaml": MANIFESTS,
    });
    const error = await check(repo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(
      /^conftest is needed to run the Rego policies policies\/replicas\.rego but not installed/,
    );
  });

  it("runs conftest with namespaces and --data, and maps failures, warnings, exceptions and _loc", async () => {
    const repo = writeRepo({
      "policies/replicas.rego": REGO,
      "manifests.yaml": MANIFESTS,
      ".gitops.yaml": CONFIG,
    });
    const bin = standIn(
      join(repo, "bin"),
      "conftest",
      `#!/bin/sh\nprintf '%s\\n' "$@" > "${repo}/args"\ncat <<'EOF'\n${output(join(repo, "manifests.yaml"))}EOF\nexit 1\n`,
    );
    const r = await check(repo, { env: { PATH: `${bin}:/usr/bin:/bin` } });
    expect(r.stats.conftest).toBe(true);
    expect(
      r.findings.map((f) => `${f.severity} ${f.rule} ${f.file ?? ""}:${f.line ?? ""} ${f.message}`),
    ).toEqual([
      "error main/deny manifests.yaml: main/deny: web has too many replicas",
      "error main/deny_replicas apps/web/base/deployment.yaml:12 main/deny_replicas: replicas set in the base",
      "warning k8s.labels/warn manifests.yaml: k8s.labels/warn: web has no team label",
      'notice main/exception manifests.yaml: main/exception: data.main.exception[_][_] == "latest" (Rego exception)',
    ]);
    expect(readFileSync(join(repo, "args"), "utf8").split("\n").filter(Boolean)).toEqual([
      "test",
      "--no-color",
      "--output",
      "json",
      "--policy",
      join(repo, "policies"),
      "--namespace",
      "main",
      "--namespace",
      "k8s.labels",
      "--data",
      join(repo, "policy-data"),
      "--",
      join(repo, "manifests.yaml"),
    ]);
  });

  it("passes --all-namespaces and --combine; a target waiver cannot cover the combined result", async () => {
    const repo = writeRepo({
      "policies/replicas.rego": REGO,
      "policies/exceptions.yaml":
        'exceptions:\n  - { policy: main, rule: deny, match: { target: "*" }, reason: r, owner: o, expires: "2999-01-01" }\n',
      "manifests.yaml": MANIFESTS,
      ".gitops.yaml": "policy:\n  conftest:\n    allNamespaces: true\n    combine: true\n",
    });
    const combined = `[{"filename": "Combined", "namespace": "main", "successes": 0, "failures": [{"msg": "too many", "metadata": {"query": "data.main.deny"}}]}]`;
    const bin = standIn(
      join(repo, "bin"),
      "conftest",
      `#!/bin/sh\nprintf '%s\\n' "$@" > "${repo}/args"\necho '${combined}'\nexit 1\n`,
    );
    const r = await check(repo, { env: { PATH: `${bin}:/usr/bin:/bin` } });
    const args = readFileSync(join(repo, "args"), "utf8").split("\n");
    expect(args).toContain("--all-namespaces");
    expect(args).toContain("--combine");
    expect(args).not.toContain("--namespace");
    // The Combined input names no file or target, so a target-matching waiver does not cover it.
    expect(r.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(["error main/deny"]);
  });

  it("reports a conftest error (no JSON on stdout) as a UserError with its stderr", async () => {
    const repo = writeRepo({ "policies/replicas.rego": REGO, "manifests.yaml": MANIFESTS });
    const bin = standIn(
      join(repo, "bin"),
      "conftest",
      "#!/bin/sh\necho 'Error: running test: load: loading policies: 1 error occurred: policies/replicas.rego:3: rego_parse_error' >&2\nexit 1\n",
    );
    const error = await check(repo, { env: { PATH: `${bin}:/usr/bin:/bin` } }).catch((e: unknown) => e);
    expect((error as UserError).message).toMatch(
      /^conftest failed \(exit 1\): Error: running test: load: loading policies/,
    );
  });
});
