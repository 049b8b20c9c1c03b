// A conformance runner for suites in the Kyverno CLI test format (`kyverno-test.yaml`: policies,
// resources, results [{policy, rule?, isValidatingPolicy?, kind, resources, result}]). It runs the
// suite's policies through our in-process engine and compares, per (policy, rule, resource),
// the result we reach with the one the suite expects from `kyverno test`.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { parseAllDocuments, parse } from "yaml";
import { CelValueCache } from "../../../packages/policy/src/engine/activation.js";
import { compilePolicy } from "../../../packages/policy/src/engine/compile.js";
import { evaluatePolicyResult } from "../../../packages/policy/src/engine/evaluate.js";
import { KindCatalog } from "../../../packages/policy/src/k8s/catalog.js";
import { collectNamespaces } from "../../../packages/policy/src/k8s/namespaces.js";
import { loadPolicies } from "../../../packages/policy/src/load/policies.js";
import type { MatchContext } from "../../../packages/policy/src/model.js";
import { toResource, type Resource } from "../../../packages/policy/src/types.js";

/** What `kyverno test` reports for one rule on one resource. */
export type Result = "pass" | "fail" | "skip" | "error";

/** One expected result, expanded to a single resource. */
export interface Expectation {
  policy: string;
  /** Empty for ValidatingPolicies, which have no rules. */
  rule: string;
  kind: string;
  /** `name` or `namespace/name`, as the suite writes it. */
  resource: string;
  expected: Result;
  actual: Result | "absent";
}

export interface SuiteReport {
  name: string;
  expectations: Expectation[];
  agree: number;
}

interface TestFile {
  metadata?: { name?: string };
  policies?: string[];
  resources?: string[];
  results?: {
    policy: string;
    rule?: string;
    kind: string;
    resources?: string[];
    resource?: string;
    result: Result;
  }[];
}

/** Runs the suite whose `kyverno-test.yaml` is at `testFile`. */
export function runSuite(testFile: string): SuiteReport {
  const dir = dirname(testFile);
  const test = parse(readFileSync(testFile, "utf8")) as TestFile;
  // The engine loads policies from a folder of a repository: give it one with only the suite's.
  const repo = mkdtempSync(join(tmpdir(), "gitops-conformance-"));
  for (const p of test.policies ?? []) cpSync(resolve(dir, p), join(repo, "policies", basename(p)));
  let set;
  try {
    set = loadPolicies(repo, "policies");
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
  const resources: Resource[] = [];
  for (const file of test.resources ?? []) {
    for (const doc of parseAllDocuments(readFileSync(resolve(dir, file), "utf8"))) {
      const r = toResource(doc.toJS(), { file, line: 1 });
      if (r) resources.push(r);
    }
  }
  const catalog = new KindCatalog();
  catalog.addDefinitions(resources);
  const namespaces = collectNamespaces(resources);
  const ctx: MatchContext = { catalog, namespaces: namespaces.labels };
  const values = new CelValueCache(catalog, namespaces);
  const compiled = set.cel.map((bound) => {
    const { compiled: c, errors } = compilePolicy(bound);
    if (!c) throw new Error(errors.map((e) => e.message).join("\n"));
    return c;
  });

  // Our results per (policy, rule, kind, namespace/name). A ValidatingPolicy and the variants
  // autogen makes of it share the policy's name; they never match the same object.
  const actual = new Map<string, Result>();
  for (const r of resources) {
    for (const c of compiled) {
      const { policy } = c.bound;
      if (!policy.matches(r, ctx)) continue;
      const { applied, outcomes } = evaluatePolicyResult(c, {
        ...values.of(r),
        oldObject: null,
        params: null,
      });
      const result: Result = outcomes.some((o) => o.type === "error")
        ? "error"
        : outcomes.some((o) => o.type === "violation")
          ? "fail"
          : applied
            ? "pass"
            : "skip";
      actual.set(key(policy.name, policy.rule ?? "", r.ref.kind, r.ref.namespace, r.ref.name), result);
    }
  }

  const expectations: Expectation[] = [];
  for (const e of test.results ?? []) {
    for (const resource of e.resources ?? (e.resource ? [e.resource] : [])) {
      const slash = resource.indexOf("/");
      const name = resource.slice(slash + 1);
      // As `kyverno test` looks results up: a rule name also selects its autogen copies.
      const rules = e.rule ? [e.rule, `autogen-${e.rule}`, `autogen-cronjob-${e.rule}`] : [""];
      // `name` alone matches the object in any namespace; `namespace/name` only that one.
      const found = [...actual].filter(([k]) =>
        rules.some((rule) =>
          slash < 0
            ? k.startsWith(key(e.policy, rule, e.kind, undefined)) && k.endsWith(`\u0000${name}`)
            : k === key(e.policy, rule, e.kind, resource.slice(0, slash), name),
        ),
      );
      const result = found.length === 1 ? (found[0]?.[1] ?? "absent") : "absent";
      expectations.push({
        policy: e.policy,
        rule: e.rule ?? "",
        kind: e.kind,
        resource,
        expected: e.result,
        actual: result,
      });
    }
  }
  return {
    name: test.metadata?.name ?? basename(dir),
    expectations,
    agree: expectations.filter((e) => e.expected === e.actual).length,
  };
}

/** `policy, rule, kind, namespace` and (when given) `name`, joined so a prefix selects a namespace-less lookup. */
function key(
  policy: string,
  rule: string,
  kind: string,
  namespace: string | undefined,
  name?: string,
): string {
  const head = `${policy}\u0000${rule}\u0000${kind}\u0000`;
  return name === undefined ? head : `${head}${namespace ?? ""}\u0000${name}`;
}
