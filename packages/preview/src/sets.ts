/**
 * The ApplicationSets that make previews: those with a pullRequest generator anywhere in their
 * generators (matrix and merge children included), read from the files the model found them in.
 */
import {
  expandApplicationSet,
  clusterFromSecret,
  type ClusterInfo,
  type PullRequestParams,
} from "../../core/src/appset/index.js";
import { isObject, readArgo, sameRepo, type WrittenAppSet } from "../../core/src/model/applications.js";
import type { RepoModel } from "../../core/src/model/types.js";

/** An ApplicationSet with at least one pullRequest generator. */
export interface PreviewSet extends WrittenAppSet {
  /** Its pullRequest generator blocks (the value under `pullRequest:`), nested ones included. */
  generators: Record<string, unknown>[];
}

/** The pullRequest generator blocks among `generators`, matrix and merge children included. */
function pullRequestGenerators(generators: unknown): Record<string, unknown>[] {
  if (!Array.isArray(generators)) return [];
  const out: Record<string, unknown>[] = [];
  for (const g of generators) {
    if (!isObject(g)) continue;
    if (isObject(g.pullRequest)) out.push(g.pullRequest);
    for (const nested of [g.matrix, g.merge]) {
      if (isObject(nested)) out.push(...pullRequestGenerators(nested.generators));
    }
  }
  return out;
}

/** Whether a generator list uses the clusters generator anywhere (then cluster Secrets matter). */
function usesClusters(generators: unknown): boolean {
  if (!Array.isArray(generators)) return false;
  return generators.some(
    (g) =>
      isObject(g) &&
      (g.clusters !== undefined ||
        [g.matrix, g.merge].some((n) => isObject(n) && usesClusters(n.generators))),
  );
}

/** Reads back the ApplicationSets that watch pull requests, and expands them for other pull requests. */
export class PreviewSets {
  readonly sets: PreviewSet[];
  private clusters: ClusterInfo[] | undefined;

  constructor(private readonly model: RepoModel) {
    // Only the files that hold ApplicationSets: the model has parsed the rest already.
    const files = [...new Set(model.applicationSets.map((s) => s.file))].sort();
    this.sets = readArgo(model.repo, files)
      .applicationSets.map((s) => ({ ...s, generators: pullRequestGenerators(specOf(s).generators) }))
      .filter((s) => s.generators.length > 0);
  }

  /**
   * The Applications `set` generates for another pull request, expanded the way the model
   * expanded it for this one (same repository URLs, clusters and excluded folders).
   */
  expandFor(set: PreviewSet, pullRequest: PullRequestParams): Record<string, unknown>[] {
    const result = expandApplicationSet(set.value, {
      repo: this.model.repo,
      isLocalRepo: (url) => this.model.repoURLs.length === 0 || sameRepo(url, this.model.repoURLs),
      clusters: usesClusters(specOf(set).generators) ? this.allClusters() : [],
      pullRequest,
      excluded: this.model.outputDirs,
    });
    return result.applications.map((a) => a.manifest);
  }

  private allClusters(): ClusterInfo[] {
    this.clusters ??= [
      ...this.model.config.clusters.map((c) => ({
        ...c,
        labels: c.labels ?? {},
        annotations: c.annotations ?? {},
      })),
      ...readArgo(this.model.repo, this.model.argoFiles).clusterSecrets.flatMap(
        (s) => clusterFromSecret(s) ?? [],
      ),
    ];
    return this.clusters;
  }
}

/** `spec` of an ApplicationSet as written, `{}` when missing. */
export function specOf(set: WrittenAppSet): Record<string, unknown> {
  return isObject(set.value.spec) ? set.value.spec : {};
}
