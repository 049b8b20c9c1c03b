// Fixtures for promotion tests: the example repo's files, and small repos built from them.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFiles } from "../support/git.js";

export const EXAMPLE = fileURLToPath(new URL("../../examples/infra-gitops", import.meta.url));

/** Every file of examples/infra-gitops (relative path → content), render output excluded. */
export function exampleFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory() && e.name !== "render") walk(full);
      else if (e.isFile()) out[relative(EXAMPLE, full)] = readFileSync(full, "utf8");
    }
  };
  walk(EXAMPLE);
  return out;
}

/** A temporary folder holding `files`. */
export function tempRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "gitops-promote-"));
  writeFiles(dir, files);
  return dir;
}

/** A two-env kustomize service whose overlays hold `staging` and `prod` as their kustomization. */
export function kustomizeService(name: string, staging: string, prod: string): Record<string, string> {
  return {
    [`apps/${name}/overlays/staging/kustomization.yaml`]: staging,
    [`apps/${name}/overlays/prod/kustomization.yaml`]: prod,
  };
}

/** An Argo CD Application for a Helm chart in this repo with env value files. */
export function helmApplication(service: string, env: string, valueFiles: string[], extra = ""): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${service}-${env}
spec:
  project: ${env}
  source:
    repoURL: https://github.com/acme/infra-gitops.git
    targetRevision: main
    path: apps/${service}/base
    helm:
      valueFiles:
${valueFiles.map((f) => `        - ${f}`).join("\n")}
${extra}`;
}

/** The same process-wide git settings the test helpers use, for code that runs git itself. */
export function isolateGit(): void {
  process.env.GIT_CONFIG_GLOBAL = "/dev/null";
  process.env.GIT_CONFIG_NOSYSTEM = "1";
}

export const IDENTITY = { name: "Promotion Bot", email: "bot@example.com" };
