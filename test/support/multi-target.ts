// A generated repository of several services (kustomize and Helm, staging and prod) with the
// example's policies: the multi-target fixture of the per-target cache suites.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateRepo } from "../../bench/generate.js";
import { EXAMPLE } from "./example.js";

export function multiTargetRepo(services = 4): string {
  const repo = generateRepo(join(mkdtempSync(join(tmpdir(), "gitops-multi-")), "repo"), {
    services,
    helmRatio: 0.25,
    resourcesPerService: 3,
    seed: 7,
  }).dir;
  cpSync(join(EXAMPLE, "policies"), join(repo, "policies"), { recursive: true });
  return repo;
}

/** The first kustomize service of a generated repo. */
export function kustomizeService(repo: string): string {
  const service = readdirSync(join(repo, "apps"))
    .sort()
    .find((s) => readdirSync(join(repo, "apps", s, "base")).includes("kustomization.yaml"));
  if (!service) throw new Error(`${repo} has no kustomize service`);
  return service;
}

/** Bumps one service's prod image tag: a change to exactly one target. */
export function bumpProdTag(repo: string, service: string, tag: string): void {
  const file = join(repo, "apps", service, "overlays", "prod", "kustomization.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace(/newTag: .*/, `newTag: "${tag}"`));
}
