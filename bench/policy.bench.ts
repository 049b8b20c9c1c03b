// The policy benchmark: 10,000 objects × 20 ValidatingAdmissionPolicies (the 6 of the starter
// pack plus 14 generated ones using optionals, quantities, format and regex), run by
// `runPolicyCheck` in --manifests mode, against a naive engine measured in the same run that
// compiles every expression for every evaluation. The goal is the whole run under 5 s on 2 cores.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileUncached } from "../packages/policy/src/cel/env.js";
import { CelValueCache } from "../packages/policy/src/engine/activation.js";
import { compilePolicy } from "../packages/policy/src/engine/compile.js";
import { evaluatePolicy } from "../packages/policy/src/engine/evaluate.js";
import { runPolicyCheck } from "../packages/policy/src/index.js";
import { loadManifestPaths } from "../packages/policy/src/inputs/load.js";
import { KindCatalog } from "../packages/policy/src/k8s/catalog.js";
import { collectNamespaces } from "../packages/policy/src/k8s/namespaces.js";
import { loadPolicies } from "../packages/policy/src/load/policies.js";
import { compare, type Benchmark, type BenchLine } from "./harness.js";

const OBJECTS = 10_000;
/** The naive engine gets a slice: compiling 200,000 times would take minutes. */
const BASELINE_OBJECTS = 300;
const STARTER = fileURLToPath(new URL("../examples/infra-gitops/policies", import.meta.url));

const WORKLOADS = `[{ apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["deployments", "statefulsets"] }]`;
const EVERYTHING = `[{ apiGroups: ["*"], apiVersions: ["*"], operations: ["CREATE"], resources: ["*"] }]`;
const CONTAINERS = "object.spec.template.spec.containers";

/** 14 generated policies: [name, resourceRules, validation expression, action]. */
const GENERATED: [string, string, string, string][] = [
  ["require-name-label", EVERYTHING, "object.metadata.?labels[?'app.kubernetes.io/name'].hasValue()", "Deny"],
  ["require-readiness", WORKLOADS, `${CONTAINERS}.all(c, has(c.readinessProbe))`, "Warn"],
  [
    "run-as-non-root",
    WORKLOADS,
    "object.spec.template.spec.?securityContext.?runAsNonRoot.orValue(false)",
    "Deny",
  ],
  [
    "no-privileged",
    WORKLOADS,
    `!${CONTAINERS}.exists(c, c.?securityContext.?privileged.orValue(false))`,
    "Deny",
  ],
  [
    "cpu-limit-max",
    WORKLOADS,
    `${CONTAINERS}.all(c, quantity(c.resources.limits.cpu).isLessThan(quantity('4')))`,
    "Deny",
  ],
  [
    "memory-limit-over-request",
    WORKLOADS,
    `${CONTAINERS}.all(c, quantity(c.resources.limits.memory).compareTo(quantity(c.resources.requests.memory)) >= 0)`,
    "Deny",
  ],
  ["dns-label-names", EVERYTHING, "!format.dns1123Label().validate(object.metadata.name).hasValue()", "Deny"],
  ["replicas-max", WORKLOADS, "object.spec.?replicas.orValue(1) <= 50", "Deny"],
  ["no-host-network", WORKLOADS, "!object.spec.template.spec.?hostNetwork.orValue(false)", "Deny"],
  [
    "pull-policy",
    WORKLOADS,
    `${CONTAINERS}.all(c, c.?imagePullPolicy.orValue('IfNotPresent') != 'Always')`,
    "Audit",
  ],
  [
    "owner-annotation",
    EVERYTHING,
    "object.metadata.?annotations[?'example.com/owner'].orValue('').matches('^team-[a-z]+$')",
    "Warn",
  ],
  [
    "service-ports",
    `[{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["services"] }]`,
    "object.spec.ports.all(p, p.port > 0 && p.port < 65536)",
    "Deny",
  ],
  [
    "configmap-keys",
    `[{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["configmaps"] }]`,
    "object.?data.orValue({}).all(k, k.matches('^[A-Z_]+$'))",
    "Deny",
  ],
  [
    "semver-version-label",
    WORKLOADS,
    "isSemver(object.metadata.labels['app.kubernetes.io/version'])",
    "Deny",
  ],
];

export function generatedPolicies(): string {
  return GENERATED.map(
    ([name, rules, expression, action]) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: { name: ${name} }
spec:
  matchConstraints: { resourceRules: ${rules} }
  validations: [{ expression: ${JSON.stringify(expression)}, message: ${name} }]
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: { name: ${name} }
spec: { policyName: ${name}, validationActions: [${action}] }
`,
  ).join("---\n");
}

/** 10,000 objects in 20 namespaces: 70% workloads, then Services and ConfigMaps; a few violate. */
export function manifests(count: number): string {
  const docs: string[] = [];
  for (let n = 0; n < 20; n++) {
    docs.push(
      `apiVersion: v1\nkind: Namespace\nmetadata: { name: ns-${n}, labels: { env: ${n % 2 ? "prod" : "staging"} } }\n`,
    );
  }
  for (let i = docs.length; i < count; i++) {
    const ns = `ns-${i % 20}`;
    const meta = `{ name: obj-${i}, namespace: ${ns}, labels: { app.kubernetes.io/name: obj-${i}, app.kubernetes.io/version: "1.${i % 7}.0" }, annotations: { example.com/owner: team-web } }`;
    const kind = i % 10;
    if (kind < 7) {
      const image =
        i % 97 === 0 ? "docker.io/library/nginx:latest" : `ghcr.io/example-org/svc-${i % 50}:1.${i % 9}.0`;
      docs.push(`apiVersion: apps/v1
kind: ${kind === 6 ? "StatefulSet" : "Deployment"}
metadata: ${meta}
spec:
  replicas: ${2 + (i % 3)}
  template:
    spec:
      securityContext: { runAsNonRoot: true }
      containers:
        - name: app
          image: ${image}
          readinessProbe: { httpGet: { path: /readyz, port: 8080 } }
          resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { cpu: 500m, memory: 256Mi } }
`);
    } else if (kind < 9) {
      docs.push(
        `apiVersion: v1\nkind: Service\nmetadata: ${meta}\nspec: { ports: [{ port: 80, targetPort: 8080 }] }\n`,
      );
    } else {
      docs.push(
        `apiVersion: v1\nkind: ConfigMap\nmetadata: ${meta}\ndata: { LOG_LEVEL: info, PORT: "8080" }\n`,
      );
    }
  }
  return docs.join("---\n");
}

/** The naive engine: same matching, but every expression is compiled again for each evaluation. */
function naive(repo: string, file: string): number {
  const policies = loadPolicies(repo, "policies");
  const resources = loadManifestPaths(repo, [file]);
  const catalog = new KindCatalog();
  const namespaces = collectNamespaces(resources);
  const ctx = { catalog, namespaces: namespaces.labels };
  const values = new CelValueCache(catalog, namespaces);
  let evaluations = 0;
  for (const r of resources) {
    for (const bound of policies.cel) {
      if (!bound.policy.matches(r, ctx) || bound.bindings.every((b) => b.matches && !b.matches(r, ctx)))
        continue;
      const { compiled } = compilePolicy(bound, compileUncached);
      if (!compiled) continue;
      evaluatePolicy(compiled, { ...values.of(r), oldObject: null, params: null });
      evaluations++;
    }
  }
  return evaluations;
}

export const benchmark: Benchmark = {
  name: "policy",
  description: `${OBJECTS.toLocaleString("en")} objects × 20 admission policies, in-process CEL`,
  async run({ runs }) {
    const repo = mkdtempSync(join(tmpdir(), "gitops-bench-policy-"));
    try {
      cpSync(STARTER, join(repo, "policies"), { recursive: true });
      writeFileSync(join(repo, "policies", "generated.yaml"), generatedPolicies());
      writeFileSync(join(repo, "objects.yaml"), manifests(OBJECTS));
      writeFileSync(join(repo, "slice.yaml"), manifests(BASELINE_OBJECTS));
      let report = await runPolicyCheck({ repo, manifests: [join(repo, "objects.yaml")] });
      const ours = async () => {
        report = await runPolicyCheck({ repo, manifests: [join(repo, "objects.yaml")] });
      };
      let sliceEvaluations = 0;
      const baseline = () => {
        sliceEvaluations = naive(repo, join(repo, "slice.yaml"));
      };
      const t = await compare(ours, baseline, Math.min(runs, 3));
      const perSecond = (n: number, ms: number) => (n * 1000) / ms;
      const line: BenchLine = {
        metric: "policy evaluations per second vs compiling every expression per evaluation",
        unit: "evals/s",
        ours: perSecond(report.stats.evaluations, t.ours),
        baseline: perSecond(sliceEvaluations, t.baseline),
        higherIsBetter: true,
        ratio: perSecond(report.stats.evaluations, t.ours) / perSecond(sliceEvaluations, t.baseline),
      };
      const whole: BenchLine = {
        metric: "whole run (parse, match, evaluate, report) vs the 5 s budget on 2 cores",
        unit: "ms",
        ours: t.ours,
        baseline: 5000,
        higherIsBetter: false,
        ratio: 5000 / t.ours,
        goal: 1,
        goalMet: t.ours < 5000,
      };
      return {
        lines: [line, whole],
        notes: [
          `${report.stats.resources} objects, ${report.stats.policies} policies, ${report.stats.evaluations} evaluations, ${report.findings.length} findings in ${(t.ours / 1000).toFixed(2)} s`,
          `one run split: ${report.stats.loadMs} ms reading the policies and objects (YAML through core's loader), ${report.stats.evaluateMs} ms compiling and evaluating`,
          `baseline: ${sliceEvaluations} evaluations over ${BASELINE_OBJECTS} objects, compiling each expression every time`,
        ],
      };
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  },
};
