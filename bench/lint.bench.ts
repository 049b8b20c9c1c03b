// The lint benchmark: schema validation of 10,000 rendered resources (parsed with core's YAML
// loader, validated strictly against the bundled Kubernetes 1.34 schemas, each kind compiled once),
// against the naive way: one ajv compile per document, run in the same process on a sample.
import { Ajv } from "ajv";
import { DEFAULT_CONFIG } from "../packages/core/src/config.js";
import { parseRenderedYaml } from "../packages/core/src/rendered-yaml.js";
import {
  checkSchemas,
  RENDERED_LIMITS,
  SchemaCatalog,
  schemaBundle,
  type RenderedResource,
} from "../packages/lint/src/index.js";
import type { IndexEntry } from "../packages/render/src/output.js";
import { median, type Benchmark, type BenchLine } from "./harness.js";

const RESOURCES = 10_000;
/** Documents the naive baseline compiles per run; its rate is per document, so a sample suffices. */
const BASELINE_SAMPLE = 100;
const GOAL_PER_SECOND = 7_500;

const TEMPLATES = [
  (i: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  namespace: ns-${i % 50}
  labels: {app.kubernetes.io/name: svc-${i}}
spec:
  replicas: 2
  selector: {matchLabels: {app.kubernetes.io/name: svc-${i}}}
  template:
    metadata: {labels: {app.kubernetes.io/name: svc-${i}}}
    spec:
      serviceAccountName: svc-${i}
      containers:
        - name: app
          image: registry.example.com/svc-${i}:1.${i}
          ports: [{containerPort: 8080, name: http}]
          resources: {limits: {cpu: 500m, memory: 512Mi}, requests: {cpu: 100m, memory: 128Mi}}
          readinessProbe: {httpGet: {path: /healthz, port: http}}
          securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false}
`,
  (i: number) => `apiVersion: v1
kind: Service
metadata: {name: svc-${i}, namespace: ns-${i % 50}}
spec:
  selector: {app.kubernetes.io/name: svc-${i}}
  ports: [{name: http, port: 80, targetPort: http}]
`,
  (i: number) => `apiVersion: v1
kind: ConfigMap
metadata: {name: cfg-${i}, namespace: ns-${i % 50}}
data: {LOG_LEVEL: info, FEATURE: "on"}
`,
  (i: number) => `apiVersion: v1
kind: ServiceAccount
metadata: {name: svc-${i}, namespace: ns-${i % 50}}
`,
  (i: number) => `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: svc-${i}, namespace: ns-${i % 50}}
spec: {minAvailable: 1, selector: {matchLabels: {app.kubernetes.io/name: svc-${i}}}}
`,
];

const TARGET: IndexEntry = {
  id: "bench",
  env: "prod",
  kind: "directory",
  source: "bench",
  output: "render/bench.yaml",
  status: "ok",
  resources: RESOURCES,
  sha256: "",
};

function toResources(text: string): RenderedResource[] {
  return parseRenderedYaml(text, "render/bench.yaml", RENDERED_LIMITS).map((document) => {
    const value = document.value as Record<string, unknown>;
    return {
      target: TARGET,
      output: "render/bench.yaml",
      line: document.line,
      value,
      apiVersion: value.apiVersion as string,
      kind: value.kind as string,
      name: (value.metadata as { name: string }).name,
    };
  });
}

const locate = () => ({ file: "bench" });

function timeIt(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export const benchmark: Benchmark = {
  name: "lint",
  description: `strict schema validation of ${RESOURCES} rendered resources against a naive one-compile-per-document baseline`,
  run: ({ runs }) => {
    const text = Array.from({ length: RESOURCES }, (_, i) => TEMPLATES[i % TEMPLATES.length]!(i)).join(
      "---\n",
    );
    const missing = DEFAULT_CONFIG.lint.missingSchema;
    const bundle = schemaBundle();
    const k8s = bundle.kubernetes["1.34"]!;
    const definitions = Object.fromEntries(Object.entries(k8s.defs).map(([n, i]) => [n, bundle.pool[i]]));
    const sample = toResources(text).slice(0, BASELINE_SAMPLE);

    const ours = (): { total: number; validate: number; findings: number } => {
      let resources: RenderedResource[] = [];
      let findings = 0;
      const parse = timeIt(() => (resources = toResources(text)));
      const validate = timeIt(
        () => (findings = checkSchemas(resources, new SchemaCatalog("1.34"), missing, locate).length),
      );
      return { total: parse + validate, validate, findings };
    };
    // The naive way: a fresh ajv and a compile of the kind's schema for every document.
    const naive = (): number =>
      timeIt(() => {
        for (const r of sample) {
          const [ref] = k8s.kinds[`${r.apiVersion}/${r.kind}`]!;
          const validate = new Ajv({ allErrors: true, strict: false }).compile({
            definitions,
            $ref: `#/definitions/${ref}`,
          });
          validate(r.value);
        }
      });

    ours();
    naive();
    const totals: number[] = [];
    const validates: number[] = [];
    const baselines: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const o = ours();
      totals.push(o.total);
      validates.push(o.validate);
      findings = o.findings;
      baselines.push(naive());
    }
    const perSecond = (n: number, ms: number) => (n * 1000) / ms;
    const baseline = perSecond(BASELINE_SAMPLE, median(baselines));
    const line = (metric: string, ours: number): BenchLine => ({
      metric,
      unit: "resources/s",
      ours,
      baseline,
      higherIsBetter: true,
      ratio: ours / baseline,
    });
    const total = perSecond(RESOURCES, median(totals));
    return Promise.resolve({
      lines: [
        line("parse + validate", total),
        line("validate only", perSecond(RESOURCES, median(validates))),
      ],
      notes: [
        `${RESOURCES} resources, ${(text.length / 1024 / 1024).toFixed(1)} MiB of rendered YAML, ${findings} findings (expected 0)`,
        `goal ≥ ${GOAL_PER_SECOND} resources/s end to end: ${total >= GOAL_PER_SECOND ? "met" : "not met"} (${Math.round(total)}/s)`,
        `baseline: one new ajv + compile per document, measured on ${BASELINE_SAMPLE} documents`,
      ],
    });
  },
};
