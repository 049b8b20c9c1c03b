/**
 * `gitops status`: the live state of every Argo CD Application that deploys part of this
 * repository, mapped to its targets, with whether it runs the last change to their inputs.
 * Read-only: it lists Applications and nothing else.
 */
import type { Finding, Severity } from "../../core/src/finding.js";
import type { ModelApplication, RepoModel } from "../../core/src/model/types.js";
import type { ArgoClient } from "./client.js";
import { formatDuration } from "./duration.js";
import { freshness, inputPaths } from "./freshness.js";
import { listRepoApplications } from "./list-mapped.js";
import type { MappedApplication } from "./mapping.js";
import type { ArgoApplication } from "./types.js";

/** One Application in `gitops status --json` (DESIGN.md: fields may be added, never renamed). */
export interface ApplicationStatus {
  name: string;
  namespace: string;
  project: string;
  env: string;
  service: string | null;
  targets: string[];
  /** Synced, OutOfSync, Unknown */
  sync: string;
  /** Healthy, Progressing, Degraded, Suspended, Missing, Unknown */
  health: string;
  /** The revision of the newest sync in status.history (falls back to the last operation's). */
  revision: string | null;
  deployedAt: string | null;
  /** The newest commit that changed the targets' inputs. */
  expected: string | null;
  current: boolean | null;
  behind: { commits: number; since: string | null } | null;
  /** The last sync operation's phase and message (untrusted text), and when it ended (else started). */
  operation: { phase: string; message: string | null; at?: string | null } | null;
  /** status.health.lastTransitionTime, since when the health is what it is (absent when Argo CD gives none). */
  healthSince?: string;
  urls: string[];
  matchedBy: "name" | "source";
  note: string | null;
}

export interface StatusReport {
  server: string;
  applications: ApplicationStatus[];
  findings: Finding[];
  /** Live Applications that deploy nothing of this repository. */
  ignored: number;
}

export interface StatusOptions {
  model: RepoModel;
  client: ArgoClient;
  appNamespace?: string;
  projects?: string[];
  /** Drift younger than this is a notice, not a failure. */
  graceMs: number;
  /** Drift past the grace is an error (exit 1); otherwise a warning. */
  failOnDrift: boolean;
  /** Only Applications of these envs / services (empty or unset: all). */
  envs?: string[];
  services?: string[];
  now?: Date;
}

/** The fields status reads; Argo CD cuts the list answer down to them. */
export const STATUS_FIELDS = [
  "items.metadata.name",
  "items.metadata.namespace",
  "items.spec.project",
  "items.spec.source",
  "items.spec.sources",
  "items.status.sync",
  "items.status.health",
  "items.status.history",
  "items.status.operationState.phase",
  "items.status.operationState.message",
  "items.status.operationState.startedAt",
  "items.status.operationState.finishedAt",
  "items.status.operationState.syncResult",
  "items.status.summary.externalURLs",
];

export async function collectStatus(options: StatusOptions): Promise<StatusReport> {
  const { model, client } = options;
  const { live, mapped: all } = await listRepoApplications(client, model, options, STATUS_FIELDS);
  const wanted = (env: string, service: string | undefined) =>
    (!options.envs?.length || options.envs.includes(env)) &&
    (!options.services?.length || (service !== undefined && options.services.includes(service)));
  const mapped = all.filter((m) => wanted(m.env, m.service));
  const applications: ApplicationStatus[] = [];
  const findings: Finding[] = [];
  const now = options.now ?? new Date();
  // Each Application costs a few git processes; run them side by side, report in model order.
  const statuses = await Promise.all(mapped.map((m) => statusOf(model, m)));
  for (const [i, status] of statuses.entries()) {
    const m = mapped[i];
    if (!m) continue;
    applications.push(status);
    findings.push(...driftFindings(m, status, options, now));
  }
  const listed = new Set(live.map((a) => a.metadata?.name));
  const projects = options.projects ?? [];
  const missing = model.applications.filter(
    (a) =>
      !listed.has(a.name) &&
      (projects.length === 0 || projects.includes(a.project)) &&
      wanted(a.env, serviceOf(model, a.targets)),
  );
  findings.push(...missingFinding(missing, client.server));
  return { server: client.server, applications, findings, ignored: live.length - all.length };
}

async function statusOf(model: RepoModel, m: MappedApplication): Promise<ApplicationStatus> {
  const { live } = m;
  const deployed = deployedRevision(live, m.sourceIndex);
  const fresh = await freshness(model.repo, deployed.revision ?? undefined, inputPaths(model, m.targets));
  const op = live.status?.operationState;
  return {
    name: m.name,
    namespace: live.metadata?.namespace ?? "",
    project: live.spec?.project ?? "",
    env: m.env,
    service: m.service ?? null,
    targets: m.targets.map((t) => t.id),
    sync: live.status?.sync?.status ?? "Unknown",
    health: live.status?.health?.status ?? "Unknown",
    revision: deployed.revision,
    deployedAt: deployed.at,
    expected: fresh.expected,
    current: fresh.current,
    behind: fresh.behind,
    operation: op?.phase
      ? { phase: op.phase, message: op.message ?? null, at: op.finishedAt ?? op.startedAt ?? null }
      : null,
    // Only when Argo CD dates the health: the --json shape of an undated one stays as it was.
    ...(live.status?.health?.lastTransitionTime
      ? { healthSince: live.status.health.lastTransitionTime }
      : {}),
    urls: live.status?.summary?.externalURLs ?? [],
    matchedBy: m.matchedBy,
    note: fresh.note ?? null,
  };
}

/** The newest history entry (by id, as Argo CD numbers syncs), its revision for our source. */
export function deployedRevision(
  app: ArgoApplication,
  sourceIndex = 0,
): { revision: string | null; at: string | null } {
  const history = [...(app.status?.history ?? [])].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const latest = history.at(-1);
  if (latest) {
    const revision = latest.revisions?.[sourceIndex] ?? latest.revision ?? null;
    return { revision: revision || null, at: latest.deployedAt ?? null };
  }
  const result = app.status?.operationState?.syncResult;
  const revision = result?.revisions?.[sourceIndex] ?? result?.revision ?? null;
  return { revision: revision || null, at: null };
}

function driftFindings(m: MappedApplication, s: ApplicationStatus, o: StatusOptions, now: Date): Finding[] {
  const out: Finding[] = [];
  const where = {
    ...(m.model ? { file: m.model.file, line: m.model.line } : {}),
    ...(s.targets[0] ? { target: s.targets[0] } : {}),
  };
  const severity = (since: string | null | undefined): { severity: Severity; age: string } => {
    const age = since ? now.getTime() - Date.parse(since) : Number.POSITIVE_INFINITY;
    const past = !(age < o.graceMs);
    return {
      severity: !past ? "notice" : o.failOnDrift ? "error" : "warning",
      age: Number.isFinite(age) ? ` for ${formatDuration(age)}` : "",
    };
  };
  const label = `Application ${s.name}${s.env ? ` (${s.env}${s.service ? `/${s.service}` : ""})` : ""}`;
  if (s.sync === "OutOfSync") {
    // A pending change dates the drift; without one, live objects were changed by hand.
    const { severity: sev, age } = severity(s.behind?.commits ? s.behind.since : undefined);
    out.push({
      tool: "argocd",
      rule: "out-of-sync",
      severity: sev,
      message: `${label} is OutOfSync${age}`,
      ...where,
    });
  }
  if (s.health === "Degraded") {
    const { severity: sev } = severity(m.live.status?.health?.lastTransitionTime);
    const msg = m.live.status?.health?.message;
    out.push({
      tool: "argocd",
      rule: "degraded",
      severity: sev,
      message: `${label} is Degraded${msg ? `: ${oneLine(msg)}` : ""}`,
      ...where,
    });
  }
  if (s.current === false && s.behind) {
    const { severity: sev, age } = severity(s.behind.since);
    out.push({
      tool: "argocd",
      rule: "not-current",
      severity: sev,
      message:
        `${label} runs ${short(s.revision)}, ${s.behind.commits} input commit(s) behind ${short(s.expected)}` +
        (age ? `,${age}` : ""),
      ...where,
    });
  }
  if (s.operation && (s.operation.phase === "Failed" || s.operation.phase === "Error")) {
    out.push({
      tool: "argocd",
      rule: "sync-failed",
      severity: "warning",
      message: `${label}: last sync ${s.operation.phase}${s.operation.message ? `: ${oneLine(s.operation.message)}` : ""}`,
      ...where,
    });
  }
  if (s.note)
    out.push({
      tool: "argocd",
      rule: "revision-unknown",
      severity: "notice",
      message: `${label}: ${s.note}`,
      ...where,
    });
  return out;
}

/**
 * One notice for the Applications of the repository that Argo CD did not list: not created yet,
 * or hidden from the token (Argo CD leaves those out of a list instead of refusing). One, not one
 * per Application: a token scoped to prod would otherwise bury the run in notices.
 */
function missingFinding(apps: readonly ModelApplication[], server: string): Finding[] {
  if (apps.length === 0) return [];
  const projects = [...new Set(apps.map((a) => a.project || "<project>"))].sort();
  const names = apps.map((a) => a.name).sort();
  const shown =
    names.length > 10 ? `${names.slice(0, 10).join(", ")} and ${names.length - 10} more` : names.join(", ");
  return [
    {
      tool: "argocd",
      rule: "not-listed",
      severity: "notice",
      message:
        `${apps.length} Application(s) of the repository were not listed by Argo CD at ${server}: ${shown}. ` +
        `They are not created yet, or the token lacks ${projects.map((p) => `"applications, get, ${p}/*"`).join(", ")}`,
    },
  ];
}

function serviceOf(model: RepoModel, ids: readonly string[]): string | undefined {
  const services = new Set(
    model.targets.filter((t) => ids.includes(t.id)).flatMap((t) => (t.service ? [t.service] : [])),
  );
  return services.size === 1 ? [...services][0] : undefined;
}

function short(sha: string | null): string {
  return sha ? sha.slice(0, 7) : "(none)";
}

/** Operation and health messages are the server's text: one line, bounded. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
