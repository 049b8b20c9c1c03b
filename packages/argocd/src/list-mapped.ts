/**
 * The one way status, metrics, deployments and the gates read Argo CD: list the Applications in
 * the configured namespace and projects, cut down to the fields the caller reads, and map them to
 * the repository model (mapping.ts).
 */
import type { RepoModel } from "../../core/src/model/types.js";
import type { ArgoClient } from "./client.js";
import { mapApplications, type MappedApplication } from "./mapping.js";
import type { ArgoApplication } from "./types.js";

/** Where to look: apps-in-any-namespace ("" for Argo CD's own) and the projects to list (none: all). */
export interface ListScope {
  appNamespace?: string;
  projects?: readonly string[];
}

export interface RepoApplications {
  /** Every Application listed, this repository's or not. */
  live: ArgoApplication[];
  /** Those that deploy part of this repository, in the model's terms. */
  mapped: MappedApplication[];
}

/** Lists the Applications in `scope` with only `fields`, and maps them to `model`. */
export async function listRepoApplications(
  client: ArgoClient,
  model: RepoModel,
  scope: ListScope,
  fields: readonly string[],
): Promise<RepoApplications> {
  const live = await client.listApplications({
    ...(scope.appNamespace ? { appNamespace: scope.appNamespace } : {}),
    ...(scope.projects?.length ? { projects: [...scope.projects] } : {}),
    fields: [...fields],
  });
  return { live, mapped: mapApplications(model, live) };
}
