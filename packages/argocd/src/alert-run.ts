/**
 * One observe run, shared by `gitops status --alert` and the observe action: read Argo CD through
 * `collectStatus`, decide per Application, and bring the alert issues in line.
 */
import type { RepoModel } from "../../core/src/model/types.js";
import type { GitHubRepo } from "../../promote/src/github.js";
import { syncAlertIssues, type AlertOutcome } from "./alert-issues.js";
import { evaluateAlerts, type AlertRule, type AppAlert } from "./alerts.js";
import type { ArgoClient } from "./client.js";
import { collectStatus, type StatusReport } from "./status.js";

export interface ObserveOptions {
  model: RepoModel;
  client: ArgoClient;
  gh: GitHubRepo;
  appNamespace?: string;
  projects?: string[];
  envs?: string[];
  services?: string[];
  graceMs: number;
  rules?: readonly AlertRule[];
  /** `https://github.com` or the GHES host, for commit links; default `https://github.com`. */
  githubServerUrl?: string;
  runUrl?: string;
  label?: string;
  dryRun?: boolean;
  now?: Date;
}

export interface ObserveResult {
  report: StatusReport;
  alerts: AppAlert[];
  outcomes: AlertOutcome[];
}

export async function observeAlerts(o: ObserveOptions): Promise<ObserveResult> {
  const now = o.now ?? new Date();
  const report = await collectStatus({
    model: o.model,
    client: o.client,
    ...(o.appNamespace ? { appNamespace: o.appNamespace } : {}),
    ...(o.projects ? { projects: o.projects } : {}),
    graceMs: o.graceMs,
    failOnDrift: false,
    envs: o.envs ?? [],
    services: o.services ?? [],
    now,
  });
  const alerts = evaluateAlerts(report, { graceMs: o.graceMs, now, ...(o.rules ? { rules: o.rules } : {}) });
  const server = (o.githubServerUrl || "https://github.com").replace(/\/+$/, "");
  const outcomes = await syncAlertIssues(o.gh, alerts, {
    links: {
      server: o.client.server,
      repoUrl: `${server}/${o.gh.owner}/${o.gh.repo}`,
      ...(o.runUrl ? { runUrl: o.runUrl } : {}),
      now,
    },
    ...(o.label ? { label: o.label } : {}),
    ...(o.dryRun ? { dryRun: true } : {}),
  });
  return { report, alerts, outcomes };
}
