// Small repositories written on the fly for the policy suites: a policies folder, manifests,
// an optional .gitops.yaml. None of them needs rendering (`manifests` mode).
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runPolicyCheck, type PolicyCheckOptions } from "../../packages/policy/src/index.js";

/** Writes `files` (path → text) into a fresh folder and returns it. */
export function writeRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-policy-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Writes an executable stand-in for a tool into `dir` and returns `dir` (put it on PATH). */
export function standIn(dir: string, name: string, script: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), script);
  chmodSync(join(dir, name), 0o755);
  return dir;
}

/** Runs the check on the repo's `manifests.yaml` (or `manifests`), returning findings and stats. */
export async function check(repo: string, options: Partial<PolicyCheckOptions> = {}) {
  return runPolicyCheck({
    repo,
    manifests: [join(repo, "manifests.yaml")],
    env: { PATH: "/usr/bin:/bin" },
    ...options,
  });
}

/** `{rule, severity, message}` of each finding, for compact assertions. */
export function summary(findings: { rule: string; severity: string; message: string }[]) {
  return findings.map((f) => `${f.severity} ${f.rule}: ${f.message.replace(/^[^:]+: /, "")}`);
}

/** A Namespace document. */
export function namespace(name: string, labels: Record<string, string> = {}): string {
  const l = Object.entries(labels)
    .map(([k, v]) => `\n    ${k}: "${v}"`)
    .join("");
  return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels:${l || " {}"}\n`;
}

/** A Deployment document with `replicas` in `ns`, with labels. */
export function deployment(
  name: string,
  ns: string,
  replicas: number,
  labels: Record<string, string> = {},
): string {
  const l = Object.entries(labels)
    .map(([k, v]) => `\n    ${k}: "${v}"`)
    .join("");
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels:${l || " {}"}\nspec:\n  replicas: ${replicas}\n`;
}

export const docs = (...parts: string[]) => parts.join("---\n");
