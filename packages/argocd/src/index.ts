export { ArgoClient, type ClientOptions, type ListOptions, type ReadOptions } from "./client.js";
export { argoSettings, parseServer, type ArgoFileSettings, type ArgoSettings } from "./settings.js";
export { permissionDenied, rbacRules, refusedToken, unreachable, type Subject } from "./problems.js";
export { parseDuration, formatDuration } from "./duration.js";
export { mapApplications, sourcesOf, type MappedApplication } from "./mapping.js";
export { freshness, inputPaths, type Freshness } from "./freshness.js";
export {
  collectStatus,
  deployedRevision,
  STATUS_FIELDS,
  type ApplicationStatus,
  type StatusOptions,
  type StatusReport,
} from "./status.js";
export {
  currentLabel,
  STATUS_HEADER,
  statusJson,
  statusMarkdown,
  statusRows,
  summaryCounts,
  type StatusCounts,
} from "./report.js";
export type * from "./types.js";
export { connect, type Connection } from "./connect.js";
export {
  planDeployments,
  pushDeployments,
  type DeploymentState,
  type PlannedDeployment,
} from "./deployments.js";
