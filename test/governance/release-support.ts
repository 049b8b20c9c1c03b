// A small kustomize repository with dated commits and release/* branches on a local bare origin,
// for the release-branch drift tests. Dates come from GIT_COMMITTER_DATE, never the wall clock.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyExample } from "../support/example.js";
import { GIT_ENV, writeFiles } from "../support/git.js";

export interface DatedRepo {
  dir: string;
  remote: string;
  git: (...args: string[]) => string;
  /** Writes files and commits them with author and committer date `date` (ISO 8601). */
  commitAt: (date: string, message: string, files: Record<string, string>) => string;
  /** Cherry-picks `commit` onto the current branch, committed at `date`. */
  pickAt: (date: string, commit: string) => string;
}

export function datedRepo(): DatedRepo {
  const base = mkdtempSync(join(tmpdir(), "gitops-release-test-"));
  const remote = join(base, "remote.git");
  const dir = join(base, "work");
  const run = (cwd: string, env: NodeJS.ProcessEnv, args: string[]) =>
    execFileSync("git", args, {
      cwd,
      env: { ...process.env, ...GIT_ENV, ...env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trimEnd();
  run(base, {}, ["init", "--quiet", "--bare", "--initial-branch=main", remote]);
  run(base, {}, ["init", "--quiet", "--initial-branch=main", dir]);
  run(dir, {}, ["remote", "add", "origin", remote]);
  const dated = (date: string) => ({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return {
    dir,
    remote,
    git: (...args) => run(dir, {}, args),
    commitAt: (date, message, files) => {
      writeFiles(dir, files);
      run(dir, {}, ["add", "--all"]);
      run(dir, dated(date), ["commit", "--quiet", "--allow-empty", "-m", message]);
      return run(dir, {}, ["rev-parse", "HEAD"]);
    },
    pickAt: (date, commit) => {
      run(dir, dated(date), ["cherry-pick", commit]);
      return run(dir, {}, ["rev-parse", "HEAD"]);
    },
  };
}

/** A web service: a base Deployment and staging and prod overlays. */
export function webFiles(options: { replicas?: number; stagingTag?: string; prodTag?: string } = {}) {
  const overlay = (tag: string) =>
    `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\nimages:\n  - name: web\n    newTag: "${tag}"\n`;
  return {
    "apps/web/base/kustomization.yaml":
      "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n",
    "apps/web/base/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${options.replicas ?? 1}
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: web
`,
    "apps/web/overlays/staging/kustomization.yaml": overlay(options.stagingTag ?? "1.0.0"),
    "apps/web/overlays/prod/kustomization.yaml": overlay(options.prodTag ?? "1.0.0"),
  };
}

/** The example on main (2026-05-01) and release/2026.05 with a prod web image of its own (2026-05-02). */
export function exampleWithRelease(): DatedRepo {
  const prodFile = "apps/web/overlays/prod/kustomization.yaml";
  const r = datedRepo();
  copyExample(r.dir);
  r.commitAt("2026-05-01T09:00:00+0000", "example", {});
  r.git("push", "--quiet", "origin", "main");
  r.git("checkout", "--quiet", "-b", "release/2026.05");
  const prod = readFileSync(join(r.dir, prodFile), "utf8");
  r.commitAt("2026-05-02T09:00:00+0000", "hotfix", {
    [prodFile]: prod.replace("newTag: 2.7.4", "newTag: 2.7.4-hotfix1"),
  });
  r.git("push", "--quiet", "origin", "release/2026.05");
  r.git("checkout", "--quiet", "main");
  return r;
}
