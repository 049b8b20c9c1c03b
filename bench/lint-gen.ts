// The input of the lint benchmark (bench/lint-cli.bench.ts) and of the test that pins lint's
// findings (test/lint/linear.test.ts): a repository whose plain manifest folders are the
// targets, so `gitops render` needs no kustomize or helm. Deterministic: the same options give
// the same bytes. With `faults`, a few objects and files break one rule each.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface LintRepoOptions {
  /** `one-folder`: every resource in one target; `many-targets`: `targets` small targets. */
  shape: "one-folder" | "many-targets";
  /** Resources in the big folder (one-folder) or per target (many-targets). */
  resources: number;
  /** Targets of the many-targets shape (services × 3 envs, rounded up to a multiple of 3). */
  targets?: number;
  /** Documents per source file. */
  perFile?: number;
  /** Add objects and files that break schema, sync-wave and YAML hygiene rules. */
  faults?: boolean;
}

const ENVS = ["dev", "staging", "prod"];
/** Targets (with `faults`) whose rendered output `corruptRendered` breaks. */
const CORRUPTED = ["apps/corrupt-dup/prod", "apps/corrupt-bad/prod"] as const;

function deployment(name: string, i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ns-${i % 50}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
    spec:
      containers:
        - name: app
          image: registry.example.com/${name}:1.${i}
          ports:
            - containerPort: 8080
              name: http
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
`;
}

function service(name: string, i: number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ns-${i % 50}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 80
      targetPort: http
`;
}

function configMap(name: string, i: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: ns-${i % 50}
data:
  LOG_LEVEL: info
  FEATURE: "on"
`;
}

/**
 * Faulty documents, each breaking one rule: schema unknown field, type, required, enum,
 * a kind no schema knows, an object without kind, a bad sync-wave, a YAML 1.1 boolean, a tab.
 */
function faultyDocuments(prefix: string): string[] {
  const base = (name: string) => deployment(`${prefix}-${name}`, 7);
  return [
    base("unknown-field").replace("  replicas: 2\n", "  replicas: 2\n  replicaz: 3\n"),
    base("wrong-type").replace("  replicas: 2\n", '  replicas: "two"\n'),
    base("no-selector").replace(/ {2}selector:\n(?: {4}.*\n){2}/, ""),
    base("bad-enum").replace(
      "          ports:\n",
      "          imagePullPolicy: Sometimes\n          ports:\n",
    ),
    `apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: ${prefix}-widget\nspec:\n  size: 3\n`,
    `apiVersion: v1\nmetadata:\n  name: ${prefix}-no-kind\n`,
    base("sync-wave").replace(
      "  labels:\n",
      '  annotations:\n    argocd.argoproj.io/sync-wave: "two"\n  labels:\n',
    ),
    base("yaml11").replace("  labels:\n", "  labels:\n    public: yes\n"),
    base("tab").replace("spec:\n", "spec:\t# a tab\n"),
  ];
}

/** Source files that do not parse: the target holding them fails to render. */
const BROKEN_FILES: Record<string, string> = {
  "duplicate.yaml": `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup\n  name: dup2\ndata: {}\n`,
  "invalid.yaml": `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\n  labels: [unclosed\n`,
};

function write(repo: string, rel: string, text: string): void {
  mkdirSync(dirname(join(repo, rel)), { recursive: true });
  writeFileSync(join(repo, rel), text);
}

/** Writes `docs` into `dir` as files of `perFile` documents each (`part-0000.yaml` ...). */
function writeParts(repo: string, dir: string, docs: string[], perFile: number): void {
  for (let f = 0; f * perFile < docs.length; f++) {
    const part = docs.slice(f * perFile, (f + 1) * perFile);
    write(repo, `${dir}/part-${String(f).padStart(4, "0")}.yaml`, part.join("---\n"));
  }
}

/** Writes the repository into `repo` (an empty folder); returns the number of source resources. */
export function generateLintRepo(repo: string, options: LintRepoOptions): number {
  const perFile = options.perFile ?? 100;
  let count = 0;
  if (options.shape === "one-folder") {
    const docs = Array.from({ length: options.resources }, (_, i) => deployment(`svc-${i}`, i));
    if (options.faults) docs.splice(docs.length >> 1, 0, ...faultyDocuments("big"));
    writeParts(repo, "apps/big/prod", docs, perFile);
    count += docs.length;
  } else {
    const services = Math.ceil((options.targets ?? 600) / ENVS.length);
    const kinds = [deployment, service, configMap];
    for (let s = 0; s < services; s++) {
      for (const env of ENVS) {
        const name = `svc-${s}`;
        const docs = Array.from({ length: options.resources }, (_, i) =>
          kinds[i % kinds.length]!(i < kinds.length ? name : `${name}-${i}`, s),
        );
        if (options.faults && s === 1 && env === "prod") docs.push(...faultyDocuments(name));
        writeParts(repo, `apps/${name}/${env}`, docs, perFile);
        count += docs.length;
      }
    }
  }
  if (options.faults) {
    for (const [file, text] of Object.entries(BROKEN_FILES)) write(repo, `apps/broken/prod/${file}`, text);
    for (const id of CORRUPTED) write(repo, `${id}/cm.yaml`, configMap(id.split("/")[1] ?? "", 0));
    count += CORRUPTED.length;
  }
  return count;
}

/**
 * Breaks rendered output (of a repo generated with `faults`, once rendered) the way a hand edit
 * of render/ would: a document with a duplicate key, and one that is not YAML.
 */
export function corruptRendered(repo: string): void {
  const [dup, bad] = CORRUPTED;
  appendTo(
    repo,
    `render/${dup}.yaml`,
    "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\n",
  );
  appendTo(repo, `render/${bad}.yaml`, "---\napiVersion: v1\nkind: [ConfigMap\n");
}

function appendTo(repo: string, rel: string, text: string): void {
  writeFileSync(join(repo, rel), text, { flag: "a" });
}
