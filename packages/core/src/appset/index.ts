/**
 * Offline expansion of Argo CD ApplicationSets: generators (list, git,
 * clusters, matrix, merge, pullRequest), fasttemplate and Go templates with
 * sprig, templatePatch, as the applicationset controller (v3.x) does it.
 */
export type {
  AppSetContext,
  ClusterInfo,
  ExpandResult,
  GeneratedApplication,
  PullRequestParams,
} from "./types.js";
export { expandApplicationSet } from "./expand.js";
export { clusterFromSecret } from "./clusters.js";
