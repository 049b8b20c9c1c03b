/**
 * Which live Applications belong to this repository, and what they deploy. One answer, from
 * the repository model: by name first (the Applications written or generated in the repo),
 * then by source (an Application made elsewhere whose repoURL is this repo and whose path is
 * a target's folder).
 */
import { sameRepo } from "../../core/src/model/applications.js";
import type { ModelApplication, RepoModel, Target } from "../../core/src/model/types.js";
import type { ArgoApplication, ArgoSource } from "./types.js";

export interface MappedApplication {
  live: ArgoApplication;
  name: string;
  /** The model's Application of the same name, when there is one. */
  model?: ModelApplication;
  targets: Target[];
  env: string;
  /** The one service its targets share, else undefined. */
  service?: string;
  /** How it was matched, for `--explain`-style notes. */
  matchedBy: "name" | "source";
  /** Index of the source that reads this repository (multi-source Applications), else 0. */
  sourceIndex: number;
}

/** Maps each live Application to the model; those of other repositories are left out. */
export function mapApplications(model: RepoModel, live: readonly ArgoApplication[]): MappedApplication[] {
  const byName = new Map<string, ModelApplication[]>();
  for (const app of model.applications) {
    const list = byName.get(app.name);
    if (list) list.push(app);
    else byName.set(app.name, [app]);
  }
  const targetsById = new Map(model.targets.map((t) => [t.id, t]));
  const bySource = new Map(model.targets.map((t) => [t.source, t]));
  const out: MappedApplication[] = [];
  for (const app of live) {
    const name = app.metadata?.name;
    if (!name) continue;
    const sources = sourcesOf(app);
    const sourceIndex = Math.max(
      0,
      sources.findIndex((s) => s.repoURL !== undefined && sameRepo(s.repoURL, model.repoURLs)),
    );
    const candidates = byName.get(name) ?? [];
    // Same name in two namespaces (apps in any namespace): the namespace decides.
    const match =
      candidates.find((c) => c.namespace !== "" && c.namespace === app.metadata?.namespace) ??
      candidates.find((c) => c.namespace === "" || candidates.length === 1);
    if (match) {
      const targets = match.targets.flatMap((id) => targetsById.get(id) ?? []);
      out.push(describe(app, name, targets, "name", sourceIndex, match));
      continue;
    }
    const targets = sources
      .filter((s) => s.repoURL !== undefined && s.path !== undefined && sameRepo(s.repoURL, model.repoURLs))
      .flatMap((s) => bySource.get(normalizePath(s.path ?? "")) ?? []);
    if (targets.length > 0) out.push(describe(app, name, targets, "source", sourceIndex));
  }
  return out.sort((a, b) => envRank(model, a.env) - envRank(model, b.env) || a.name.localeCompare(b.name));
}

function describe(
  live: ArgoApplication,
  name: string,
  targets: Target[],
  matchedBy: "name" | "source",
  sourceIndex: number,
  model?: ModelApplication,
): MappedApplication {
  const services = [...new Set(targets.flatMap((t) => (t.service ? [t.service] : [])))];
  const env = model?.env || targets.find((t) => t.env)?.env || "";
  return {
    live,
    name,
    ...(model ? { model } : {}),
    targets,
    env,
    ...(services.length === 1 ? { service: services[0] } : {}),
    matchedBy,
    sourceIndex,
  };
}

export function sourcesOf(app: ArgoApplication): ArgoSource[] {
  if (app.spec?.sources?.length) return app.spec.sources;
  return app.spec?.source ? [app.spec.source] : [];
}

function normalizePath(path: string): string {
  return path
    .replace(/^\.\/+/, "")
    .replace(/\/+$/, "")
    .replace(/^\.$/, "");
}

function envRank(model: RepoModel, env: string): number {
  const i = model.environments.indexOf(env);
  return i < 0 ? model.environments.length : i;
}
