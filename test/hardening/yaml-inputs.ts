// Inputs for the YAML and symlink hardening cases: a small repo that renders in
// about a second (the example repo takes several), and hostile YAML generated at
// run time so no big fixture is ever committed.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { emptyDir } from "./harness.js";

export const REPO_URL = "https://github.com/example-org/tiny.git";

/** The files of the tiny repo: one kustomize target, one Helm chart driven by an Application, one policy. */
const TINY: Record<string, string> = {
  ".gitops.yaml": `environments: [staging, prod]\nrender:\n  repoURLs: ["${REPO_URL}"]\n`,
  "apps/web/overlays/staging/kustomization.yaml": [
    "apiVersion: kustomize.config.k8s.io/v1beta1",
    "kind: Kustomization",
    "namespace: web-staging",
    "resources:",
    "  - configmap.yaml",
    "",
  ].join("\n"),
  "apps/web/overlays/staging/configmap.yaml": [
    "apiVersion: v1",
    "kind: ConfigMap",
    "metadata:",
    "  name: web",
    "data:",
    "  LOG_LEVEL: info",
    "",
  ].join("\n"),
  "apps/queue/base/Chart.yaml": "apiVersion: v2\nname: queue\nversion: 0.1.0\n",
  "apps/queue/base/values.yaml": "replicas: 1\n",
  "apps/queue/base/templates/configmap.yaml": [
    "apiVersion: v1",
    "kind: ConfigMap",
    "metadata:",
    "  name: queue",
    "data:",
    "  replicas: {{ .Values.replicas | quote }}",
    "",
  ].join("\n"),
  "apps/queue/overlays/staging/values.yaml": "replicas: 2\n",
  "argo-apps/staging/queue.yaml": [
    "apiVersion: argoproj.io/v1alpha1",
    "kind: Application",
    "metadata:",
    "  name: queue-staging",
    "  namespace: argocd",
    "spec:",
    "  project: default",
    "  source:",
    `    repoURL: ${REPO_URL}`,
    "    targetRevision: main",
    "    path: apps/queue/base",
    "    helm:",
    "      valueFiles:",
    "        - ../overlays/staging/values.yaml",
    "  destination:",
    "    server: https://kubernetes.default.svc",
    "    namespace: queue-staging",
    "  syncPolicy:",
    "    syncOptions: [CreateNamespace=true]",
    "",
  ].join("\n"),
  "argo-apps/staging/web.yaml": [
    "apiVersion: argoproj.io/v1alpha1",
    "kind: Application",
    "metadata:",
    "  name: web-staging",
    "  namespace: argocd",
    "spec:",
    "  project: default",
    "  source:",
    `    repoURL: ${REPO_URL}`,
    "    targetRevision: main",
    "    path: apps/web/overlays/staging",
    "  destination:",
    "    server: https://kubernetes.default.svc",
    "    namespace: web-staging",
    "  syncPolicy:",
    "    syncOptions: [CreateNamespace=true]",
    "",
  ].join("\n"),
  "policies/configmap-has-data.yaml": [
    "apiVersion: admissionregistration.k8s.io/v1",
    "kind: ValidatingAdmissionPolicy",
    "metadata:",
    "  name: configmap-has-data",
    "spec:",
    "  matchConstraints:",
    "    resourceRules:",
    '      - apiGroups: [""]',
    '        apiVersions: ["v1"]',
    '        operations: ["CREATE", "UPDATE"]',
    '        resources: ["configmaps"]',
    "  validations:",
    "    - expression: has(object.data)",
    "      message: a ConfigMap needs data",
    "---",
    "apiVersion: admissionregistration.k8s.io/v1",
    "kind: ValidatingAdmissionPolicyBinding",
    "metadata:",
    "  name: configmap-has-data",
    "spec:",
    "  policyName: configmap-has-data",
    '  validationActions: ["Deny"]',
    "",
  ].join("\n"),
};

/** Temp folders made here; big inputs must not pile up in /tmp run after run. */
const made: string[] = [];

/** A fresh temp folder, removed by `removeTempFolders`. */
export function tempFolder(): string {
  const dir = emptyDir();
  made.push(dir);
  return dir;
}

/** Removes every folder `tempFolder` and `tinyRepo` made (for afterAll). */
export function removeTempFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh copy of the tiny repo; `files` adds or replaces files (string or bytes). */
export function tinyRepo(files: Record<string, string | Uint8Array> = {}): string {
  const repo = join(tempFolder(), "infra");
  for (const [path, content] of Object.entries({ ...TINY, ...files })) writeIn(repo, path, content);
  return repo;
}

/** Writes `content` at `path` under `dir`, creating folders. */
export function writeIn(dir: string, path: string, content: string | Uint8Array): string {
  const abs = join(dir, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

/** A ConfigMap document; its `data:` map is last, so lines indented by two extend it. */
export function configMap(name: string): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  a: "1"\n`;
}

/** The tiny repo's `.gitops.yaml`, the head that hostile config files are built on. */
export const CONFIG = TINY[".gitops.yaml"] ?? "";

/** "Billion laughs" after `head`: ten levels of ten aliases each, 10^10 strings if expanded. */
export function aliasBomb(head: string): string {
  const lines = [head + 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i++) {
    lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(", ")}]`);
  }
  lines.push("laughs: *a9");
  return lines.join("\n") + "\n";
}

/** `head` grown to about `mb` megabytes by lines indented two spaces (ConfigMap data keys). */
export function bigDocument(head: string, mb: number): string {
  const value = "v".repeat(90);
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const line = `  k${i}: ${value}\n`;
    parts.push(line);
    size += line.length;
  }
  return parts.join("");
}

/** `count` documents, the i-th made by `doc(i)`, each after a `---` line. */
export function manyDocuments(count: number, doc: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`---\n${doc(i)}`);
  return parts.join("");
}

/** `head` plus a key nested `depth` levels deep in flow sequences: `[[[...]]]`. */
export function deepSequence(head: string, depth: number): string {
  return `${head}deep: ${"[".repeat(depth)}${"]".repeat(depth)}\n`;
}

/** `head` plus a key nested `depth` levels deep in flow mappings: `{a: {a: ...}}`. */
export function deepMapping(head: string, depth: number): string {
  return `${head}deep: ${"{a: ".repeat(depth)}1${"}".repeat(depth)}\n`;
}

/** `head` with its first line repeated at the end: a duplicate top-level key. */
export function duplicateKey(head: string): string {
  return `${head}${head.split("\n", 1)[0] ?? ""}\n`;
}

/** `head` plus a key whose value is Latin-1 ("M\xfcnchen"), not UTF-8. */
export function notUtf8(head: string): Uint8Array {
  return Buffer.concat([Buffer.from(`${head}city: M`), Buffer.from([0xfc]), Buffer.from("nchen\n")]);
}

/** `text` with a UTF-8 byte order mark in front. */
export function withBom(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
}
