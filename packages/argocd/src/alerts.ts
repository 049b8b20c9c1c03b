/**
 * Which Applications deserve an alert, from a `gitops status` report: the problems of each
 * (OutOfSync, Degraded, a failed sync and, when asked, not current), with since when each lasts,
 * and whether the oldest is past the grace period. Pure: no network, no clock of its own.
 */
import { UserError } from "../../core/src/errors.js";
import type { ApplicationStatus, StatusReport } from "./status.js";

export const ALERT_RULES = ["out-of-sync", "degraded", "sync-failed", "not-current"] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

/** Issue #17: OutOfSync, Degraded or sync-failed. Not current is opt-in (a pinned targetRevision is on purpose). */
export const DEFAULT_ALERT_RULES: readonly AlertRule[] = ["out-of-sync", "degraded", "sync-failed"];

export interface AlertProblem {
  rule: AlertRule;
  /** When it started, as Argo CD or git tells; null when nothing dates it (it counts at once). */
  since: string | null;
}

export interface AppAlert {
  app: ApplicationStatus;
  /** Stable across runs: `<namespace>/<name>` (Applications in any namespace may share a name). */
  key: string;
  problems: AlertProblem[];
  /** The oldest problem's start (null: undated). */
  since: string | null;
  /** True when some problem has lasted longer than the grace period. */
  pastGrace: boolean;
  /** What a change of means a comment: the problems and the deployed revision. */
  signature: string;
}

export interface AlertOptions {
  graceMs: number;
  now: Date;
  rules?: readonly AlertRule[];
}

/** One entry per Application of the report, problems or not (no problems: it is healthy). */
export function evaluateAlerts(report: StatusReport, options: AlertOptions): AppAlert[] {
  const rules = options.rules ?? DEFAULT_ALERT_RULES;
  return report.applications.map((app) => {
    const problems = problemsOf(app).filter((p) => rules.includes(p.rule));
    const dated = problems.map((p) => p.since);
    // An undated problem counts at once, as `gitops status` counts it.
    const since = dated.includes(null) ? null : (dated.filter((d) => d !== null).sort()[0] ?? null);
    const age = since === null ? Number.POSITIVE_INFINITY : options.now.getTime() - Date.parse(since);
    return {
      app,
      key: alertKey(app),
      problems,
      since,
      pastGrace: problems.length > 0 && !(age < options.graceMs),
      signature: signatureOf(problems, app.revision),
    };
  });
}

/** `<namespace>/<name>`, or the name alone when Argo CD gave no namespace. */
export function alertKey(app: Pick<ApplicationStatus, "name" | "namespace">): string {
  return app.namespace ? `${app.namespace}/${app.name}` : app.name;
}

/** The problems of one Application, dated the way `gitops status` dates its drift findings. */
export function problemsOf(app: ApplicationStatus): AlertProblem[] {
  const out: AlertProblem[] = [];
  // A pending change dates OutOfSync; without one, live objects were changed by hand: at once.
  if (app.sync === "OutOfSync")
    out.push({ rule: "out-of-sync", since: app.behind?.commits ? app.behind.since : null });
  if (app.health === "Degraded") out.push({ rule: "degraded", since: app.healthSince ?? null });
  if (app.operation && (app.operation.phase === "Failed" || app.operation.phase === "Error"))
    out.push({ rule: "sync-failed", since: app.operation.at ?? null });
  if (app.current === false && app.behind) out.push({ rule: "not-current", since: app.behind.since });
  return out;
}

/** Parses rule names (`--alert-on`, the action's `alert-on`); an unknown one is a `UserError` naming `what`. */
export function parseAlertRules(values: readonly string[], what: string): AlertRule[] {
  const out: AlertRule[] = [];
  for (const v of values) {
    if (!(ALERT_RULES as readonly string[]).includes(v))
      throw new UserError(`${what}: unknown rule "${v}"; use ${ALERT_RULES.join(", ")}`);
    if (!out.includes(v as AlertRule)) out.push(v as AlertRule);
  }
  return out;
}

function signatureOf(problems: readonly AlertProblem[], revision: string | null): string {
  const rules = problems.map((p) => p.rule).sort();
  return `${rules.join("+") || "ok"}@${revision ? revision.slice(0, 12) : "none"}`;
}
