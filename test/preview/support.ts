// Small repositories with one preview ApplicationSet, for the preview suites: a written staging
// Application (the real env), a plain folder of manifests the previews deploy, and the set.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { writeFiles } from "../support/git.js";
import type { PreviewRequest } from "../../packages/preview/src/index.js";

export const FIXTURE = fileURLToPath(new URL("../fixtures/repos/preview-basic", import.meta.url));
export const SHA = "089d92cbf9ff857a39e6feccd32798ca700fb958";
const REPO_URL = "https://github.com/example-org/infra-gitops.git";

/** A private copy of test/fixtures/repos/preview-basic. */
export function fixtureCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-preview-")), "infra");
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

export function request(over: Partial<PreviewRequest> = {}): PreviewRequest {
  return {
    number: 7,
    branch: "feat/login",
    targetBranch: "main",
    headSha: SHA,
    labels: ["preview"],
    title: "Add the login page",
    author: "octocat",
    draft: false,
    ...over,
  };
}

/** What differs from the well-made preview set (every field optional). */
export interface SetOptions {
  name?: string;
  namespace?: string;
  /** The generator's github block besides owner and repo (default `labels: [preview]`). */
  github?: Record<string, unknown>;
  filters?: Record<string, string>[];
  finalizers?: string[] | null;
  /** The Application template's syncPolicy (default automated prune, CreateNamespace=true). */
  appSyncPolicy?: Record<string, unknown> | null;
  /** The ApplicationSet's own syncPolicy. */
  setSyncPolicy?: Record<string, unknown>;
  /** Template annotations (to read generator parameters back). */
  annotations?: Record<string, string>;
  goTemplate?: boolean;
}

/** The ApplicationSet's YAML. */
export function previewSet(o: SetOptions = {}): string {
  const go = o.goTemplate ?? true;
  const p = (name: string) => (go ? `{{ .${name} }}` : `{{${name}}}`);
  const generator: Record<string, unknown> = {
    github: { owner: "example-org", repo: "infra-gitops", ...(o.github ?? { labels: ["preview"] }) },
  };
  if (o.filters) generator.filters = o.filters;
  const metadata: Record<string, unknown> = { name: o.name ?? `web-pr-${p("number")}` };
  if (o.finalizers !== null) metadata.finalizers = o.finalizers ?? ["resources-finalizer.argocd.argoproj.io"];
  if (o.annotations) metadata.annotations = o.annotations;
  const appSpec: Record<string, unknown> = {
    project: "default",
    source: { repoURL: REPO_URL, targetRevision: p("head_sha"), path: "previews/web" },
    destination: {
      server: "https://kubernetes.default.svc",
      namespace: o.namespace ?? `web-pr-${p("number")}`,
    },
  };
  if (o.appSyncPolicy !== null)
    appSpec.syncPolicy = o.appSyncPolicy ?? {
      automated: { prune: true, selfHeal: true },
      syncOptions: ["CreateNamespace=true"],
    };
  const spec: Record<string, unknown> = {
    goTemplate: go,
    ...(go ? { goTemplateOptions: ["missingkey=error"] } : {}),
    generators: [{ pullRequest: generator }],
    template: { metadata, spec: appSpec },
  };
  if (o.setSyncPolicy) spec.syncPolicy = o.setSyncPolicy;
  return stringify({
    apiVersion: "argoproj.io/v1alpha1",
    kind: "ApplicationSet",
    metadata: { name: "web-previews", namespace: "argocd" },
    spec,
  });
}

/**
 * A repository whose previews come from `set` (YAML; `previewSet()` by default). The previews'
 * folder holds the Namespace `namespaceObject` (default web-pr-7, the namespace of pull request 7),
 * or none with false.
 */
export function previewRepo(
  set: string = previewSet(),
  more: Record<string, string> = {},
  namespaceObject: string | false = "web-pr-7",
): string {
  const dir = join(mkdtempSync(join(tmpdir(), "gitops-preview-")), "infra");
  writeFiles(dir, {
    ".gitops.yaml": `environments: [staging, prod]\nrender:\n  repoURLs: ["${REPO_URL}"]\n`,
    "apps/web/overlays/staging/configmap.yaml":
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  greeting: hello\n",
    "argo-apps/staging/web.yaml": stringify({
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Application",
      metadata: { name: "web-staging", namespace: "argocd" },
      spec: {
        project: "default",
        source: { repoURL: REPO_URL, targetRevision: "main", path: "apps/web/overlays/staging" },
        destination: { server: "https://kubernetes.default.svc", namespace: "web-staging" },
      },
    }),
    "previews/web/configmap.yaml":
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  greeting: preview\n",
    "argo-apps/previews.yaml": set,
    ...(namespaceObject
      ? {
          "previews/web/namespace.yaml": `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${namespaceObject}\n`,
        }
      : {}),
    ...more,
  });
  return dir;
}
