// The tree bench/secrets scans: a generated infra-gitops repo (bench/generate.ts) padded with the
// bulky text such repos also hold (CRDs, Grafana dashboards, alert rules, runbooks) to a target
// size, plus the 28 credentials of the planted corpus. Seeded: the same options give the same bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { plantedCorpus } from "../test/secrets/corpus.js";
import { generateRepo, type GeneratedRepo } from "./generate.js";
import { Random } from "./gen/random.js";

const WORDS = (
  "the a to of and in for on with by from when if then after before every each all any this that " +
  "service pod node cluster namespace deployment replica rollout traffic request latency error budget " +
  "alert page owner team runbook dashboard metric label selector queue worker job cron backup restore " +
  "token secret password rotate vault store reference external sealed key certificate issuer ingress " +
  "gateway route timeout retry limit memory cpu disk network policy admission webhook controller sync " +
  "argo application project source destination revision commit branch promote staging prod canary"
).split(" ");

/** What was planted: the values both scanners should find. */
export interface PlantedSecret {
  file: string;
  value: string;
}

export interface SecretsTree extends GeneratedRepo {
  planted: PlantedSecret[];
}

/** Writes the bench tree into `dir` (empty): `services` generated services, padded to `targetBytes`. */
export function generateSecretsTree(
  dir: string,
  opts: { services: number; targetBytes: number; seed?: number },
): SecretsTree {
  const repo = generateRepo(dir, { services: opts.services, seed: opts.seed ?? 1 });
  const rnd = new Random((opts.seed ?? 1) + 7);
  let bytes = repo.bytes;
  let files = repo.files;
  const write = (path: string, text: string) => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    bytes += Buffer.byteLength(text);
    files++;
  };
  const planted = plantSecrets(opts.seed ?? 1, write);
  const makers = [crd, dashboard, alertRules, runbook] as const;
  for (let i = 0; bytes < opts.targetBytes; i++) {
    const make = makers[i % makers.length] as (typeof makers)[number];
    const [path, text] = make(rnd, i);
    write(path, text);
  }
  return { ...repo, bytes, files, planted };
}

function sentence(rnd: Random, words = rnd.int(6, 16)): string {
  const out = Array.from({ length: words }, () => rnd.pick(WORDS)).join(" ");
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}.`;
}

function ident(rnd: Random): string {
  return `${rnd.pick(WORDS)}${rnd.pick(WORDS).replace(/^./, (c) => c.toUpperCase())}`;
}

function crd(rnd: Random, i: number): [string, string] {
  const lines = [
    "apiVersion: apiextensions.k8s.io/v1",
    "kind: CustomResourceDefinition",
    "metadata:",
    `  name: widgets${i}.platform.example.io`,
    "spec:",
    "  group: platform.example.io",
    "  names:",
    `    kind: Widget${i}`,
    `    plural: widgets${i}`,
    "  scope: Namespaced",
    "  versions:",
    "    - name: v1",
    "      served: true",
    "      storage: true",
    "      schema:",
    "        openAPIV3Schema:",
    "          type: object",
    "          properties:",
  ];
  const field = (indent: number, depth: number) => {
    const pad = " ".repeat(indent);
    lines.push(`${pad}${ident(rnd)}:`, `${pad}  description: ${sentence(rnd)}`);
    if (depth < 3 && rnd.next() < 0.35) {
      lines.push(`${pad}  type: object`, `${pad}  properties:`);
      for (let k = rnd.int(2, 5); k > 0; k--) field(indent + 4, depth + 1);
    } else {
      lines.push(`${pad}  type: ${rnd.pick(["string", "integer", "boolean"])}`);
    }
  };
  for (let k = rnd.int(60, 160); k > 0; k--) field(12, 0);
  return [`platform/crds/widget-${i}.yaml`, `${lines.join("\n")}\n`];
}

function dashboard(rnd: Random, i: number): [string, string] {
  const panels = Array.from({ length: rnd.int(20, 60) }, (_, p) => ({
    id: p + 1,
    type: rnd.pick(["timeseries", "stat", "table", "heatmap"]),
    title: sentence(rnd, 4),
    description: sentence(rnd),
    gridPos: { h: 8, w: 12, x: (p % 2) * 12, y: Math.floor(p / 2) * 8 },
    targets: [
      {
        expr: `sum(rate(http_requests_total{service="${rnd.pick(WORDS)}",code=~"5.."}[5m])) by (pod)`,
        legendFormat: "{{pod}}",
        refId: "A",
      },
    ],
  }));
  const doc = { title: `Service ${i}`, uid: `svc-${i}`, schemaVersion: 39, panels };
  return [`platform/dashboards/service-${i}.json`, `${JSON.stringify(doc, null, 2)}\n`];
}

function alertRules(rnd: Random, i: number): [string, string] {
  const rules = Array.from({ length: rnd.int(20, 60) }, () => {
    const name = ident(rnd);
    return [
      `        - alert: ${name.charAt(0).toUpperCase()}${name.slice(1)}High`,
      `          expr: histogram_quantile(0.99, sum(rate(request_duration_seconds_bucket{job="${rnd.pick(WORDS)}"}[5m])) by (le)) > ${rnd.int(1, 9)}`,
      `          for: ${rnd.int(1, 30)}m`,
      "          labels:",
      `            severity: ${rnd.pick(["page", "ticket"])}`,
      "          annotations:",
      `            summary: ${sentence(rnd)}`,
      `            runbook_url: https://runbooks.example.internal/${rnd.pick(WORDS)}/${name}`,
    ].join("\n");
  });
  const head = `apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: rules-${i}\nspec:\n  groups:\n    - name: group-${i}\n      rules:\n`;
  return [`platform/alerts/rules-${i}.yaml`, `${head}${rules.join("\n")}\n`];
}

function runbook(rnd: Random, i: number): [string, string] {
  const parts = [`# Runbook ${i}\n`];
  for (let s = rnd.int(8, 20); s > 0; s--) {
    parts.push(
      `## ${sentence(rnd, 3)}\n`,
      Array.from({ length: rnd.int(3, 8) }, () => sentence(rnd)).join(" "),
      "",
    );
    parts.push(
      "```sh",
      `kubectl -n ${rnd.pick(WORDS)}-prod rollout restart deployment/${rnd.pick(WORDS)}`,
      "```",
      "",
    );
  }
  return [`docs/runbooks/runbook-${i}.md`, `${parts.join("\n")}\n`];
}

/** The 28 credentials of the planted corpus (test/secrets/corpus.ts), where they leak in GitOps repos. */
function plantSecrets(seed: number, write: (path: string, text: string) => void): PlantedSecret[] {
  const corpus = plantedCorpus(seed);
  for (const [path, text] of Object.entries(corpus.files)) write(path, text);
  return corpus.planted.map((p) => ({ file: p.file, value: p.secret }));
}
