export { ArgoClient, type ClientOptions, type ListOptions, type ReadOptions } from "./client.js";
export { argoSettings, parseServer, type ArgoFileSettings, type ArgoSettings } from "./settings.js";
export { permissionDenied, rbacRules, refusedToken, unreachable, type Subject } from "./problems.js";
export { parseDuration, formatDuration } from "./duration.js";
export { mapApplications, sourcesOf, type MappedApplication } from "./mapping.js";
export { listRepoApplications, type ListScope, type RepoApplications } from "./list-mapped.js";
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
export {
  ALERT_RULES,
  alertKey,
  DEFAULT_ALERT_RULES,
  evaluateAlerts,
  parseAlertRules,
  problemsOf,
  type AlertOptions,
  type AlertProblem,
  type AlertRule,
  type AppAlert,
} from "./alerts.js";
export { ALERT_LABEL, alertBody, alertTitle, parseMarker, type AlertLinks } from "./alert-body.js";
export {
  listAlertIssues,
  syncAlertIssues,
  type AlertAction,
  type AlertIssue,
  type AlertOutcome,
  type AlertSyncOptions,
} from "./alert-issues.js";
export {
  ALERT_HEADER,
  alertCounts,
  alertRows,
  alertsMarkdown,
  alertSummaryLine,
  type AlertCounts,
} from "./alert-report.js";
export { observeAlerts, type ObserveOptions, type ObserveResult } from "./alert-run.js";
