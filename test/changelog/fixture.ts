// Fixture histories for the changelog: a test repo whose commits carry chosen dates and authors,
// so lead times and rollbacks come out as exact numbers.
import { execFileSync } from "node:child_process";
import { createTestRepo, GIT_ENV, writeFiles, type TestRepo } from "../support/git.js";

/** Monday 2026-01-05 09:00 UTC: day 0 of every fixture. */
export const DAY0 = Date.parse("2026-01-05T09:00:00Z");
const HOUR = 3_600_000;

/** An ISO time `days` (and `hours`) after day 0. */
export function at(days: number, hours = 0): string {
  return new Date(DAY0 + days * 24 * HOUR + hours * HOUR).toISOString().replace(/\.000Z$/, "Z");
}

export interface CommitOptions {
  /** Committer date (when it landed); the author date too unless `authored` is given. */
  date: string;
  authored?: string;
  author?: string;
  /** Paths to delete before committing. */
  remove?: string[];
}

export interface DatedRepo extends TestRepo {
  /** Writes files and commits them with the given dates and author; returns the SHA. */
  commitAt: (message: string, files: Record<string, string>, options: CommitOptions) => string;
  /** Runs git with the given dates and author (for merge and revert). */
  gitAt: (options: CommitOptions, ...args: string[]) => string;
}

/** A test repo (branch main, bare origin) whose only commit holds `files`, dated day 0. */
export function datedRepo(files: Record<string, string>): DatedRepo {
  const repo = createTestRepo({ "README.md": "# infra-gitops\n" });
  const gitAt = (options: CommitOptions, ...args: string[]) =>
    execFileSync("git", args, {
      cwd: repo.dir,
      env: {
        ...process.env,
        ...GIT_ENV,
        GIT_AUTHOR_DATE: options.authored ?? options.date,
        GIT_COMMITTER_DATE: options.date,
        GIT_AUTHOR_NAME: options.author ?? "Test Author",
      },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trimEnd();
  const commitAt = (message: string, more: Record<string, string>, options: CommitOptions) => {
    writeFiles(repo.dir, more);
    if (options.remove?.length) repo.git("rm", "--quiet", "--", ...options.remove);
    repo.git("add", "--all");
    gitAt(options, "commit", "--quiet", "--allow-empty", "-m", message);
    return repo.git("rev-parse", "HEAD");
  };
  // Rewrite the initial commit as day 0, so no commit is dated "now".
  writeFiles(repo.dir, files);
  repo.git("add", "--all");
  gitAt({ date: at(0) }, "commit", "--quiet", "--amend", `--date=${at(0)}`, "-m", "layout");
  return { ...repo, commitAt, gitAt };
}

/** A kustomize overlay pinning `ghcr.io/example-org/<service>` at `tag`. */
export function overlay(service: string, tag: string): string {
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
images:
  - name: ghcr.io/example-org/${service}
    newTag: ${tag}
`;
}

/** Helm values pinning the queue image at `tag`. */
export function values(tag: string, env: string): string {
  return `env: ${env}\nimage:\n  repository: ghcr.io/example-org/queue\n  tag: "${tag}"\n`;
}

/** The blueprint layout: web (kustomize), queue (Helm), a cluster folder and a policy. */
export function layoutFiles(): Record<string, string> {
  return {
    "apps/web/base/kustomization.yaml": "resources: [deployment.yaml]\n",
    "apps/web/base/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n",
    "apps/web/overlays/staging/kustomization.yaml": overlay("web", "1.0.0"),
    "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.0.0"),
    "apps/queue/base/Chart.yaml": "apiVersion: v2\nname: queue\nversion: 0.1.0\n",
    "apps/queue/overlays/staging/values.yaml": values("0.9.0", "staging"),
    "apps/queue/overlays/prod/values.yaml": values("0.9.0", "prod"),
    "clusters/prod/namespaces.yaml": "apiVersion: v1\nkind: Namespace\nmetadata: {name: web-prod}\n",
    // The Applications that render the queue chart with each env's values: they are what tie a
    // values file to its env in the repository model.
    "argo-apps/queue.yaml": [queueApp("staging"), queueApp("prod")].join("---\n"),
    "policies/kustomization.yaml": "resources: [require-limits.yaml]\n",
    "policies/require-limits.yaml": "# policy\n",
  };
}

function queueApp(env: string): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: queue-${env}
spec:
  project: default
  source:
    repoURL: https://github.com/example-org/infra-gitops.git
    path: apps/queue/base
    helm:
      valueFiles: [../overlays/${env}/values.yaml]
  destination:
    server: https://kubernetes.default.svc
    namespace: queue-${env}
`;
}
