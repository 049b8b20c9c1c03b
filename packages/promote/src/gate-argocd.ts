/**
 * The staging gate (`promote.gate` in .gitops.yaml). A promotion into a gated env goes ahead only
 * when Argo CD shows every Application of the promoted services in the source env Synced,
 * Healthy, running a revision that contains the last change to its inputs (real git ancestry),
 * and deployed at least `promote.gate.soak` ago. The evidence is kept for the pull request.
 */
import { isUserError, UserError, type Layout } from "../../core/src/index.js";
import {
  connect,
  deployedRevision,
  formatDuration,
  freshness,
  inputPaths,
  mapApplications,
  parseDuration,
  STATUS_FIELDS,
  type Connection,
  type MappedApplication,
} from "../../argocd/src/index.js";
import { envsNamed } from "./chain.js";
import type { PromotionRequest } from "./services.js";

/** How to reach Argo CD, and the clock the soak is measured with. */
export interface ArgoAccess {
  /** Where ARGOCD_SERVER and ARGOCD_AUTH_TOKEN are read; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** "Now" for the soak (tests and replays); default the current time. */
  now?: Date;
  /** Per request to Argo CD; default 30 s. */
  timeoutMs?: number;
}

/** One source-env Application as the gate saw it. */
export interface GateEvidence {
  name: string;
  service: string;
  sync: string;
  health: string;
  /** The revision of its newest sync (status.history). */
  revision: string | null;
  deployedAt: string | null;
  /** The last commit (at HEAD) that changed its inputs: what it must run. */
  expected: string | null;
  /** Whether `revision` contains `expected`; null when git cannot tell. */
  contains: boolean | null;
  /** Everything that keeps this Application from passing; empty when it passes. */
  problems: string[];
}

export interface GateReport {
  from: string;
  to: string;
  server: string;
  /** `promote.gate.soak` as configured, and in milliseconds. */
  soak: string;
  soakMs: number;
  /** The time the soak was measured at (RFC 3339). */
  checkedAt: string;
  applications: GateEvidence[];
  /** Why the promotion is refused, each naming what is missing; empty when the gate passed. */
  problems: string[];
  /** Settings worth knowing that did not stop the check (plain http). */
  warnings: string[];
}

/** True when `promote.gate.envs` names `to` or a group of the chain that holds it. */
export function isGated(layout: Layout, to: string): boolean {
  return layout.config.promote.gate.envs.some((name) => {
    const envs = envsNamed(layout, name);
    if (!envs) {
      throw new UserError(
        `.gitops.yaml promote.gate.envs names "${name}", which is no environment or group of the chain; known: ${layout.environments.join(", ")}`,
        ".gitops.yaml",
      );
    }
    return envs.includes(to);
  });
}

/** The gate for `request`, or undefined when its target env is not gated. Argo CD not configured: a `UserError`. */
export async function checkArgoGate(
  layout: Layout,
  request: PromotionRequest,
  access: ArgoAccess = {},
): Promise<GateReport | undefined> {
  if (!isGated(layout, request.to)) return undefined;
  const soak = layout.config.promote.gate.soak;
  const soakMs = parseDuration(soak, ".gitops.yaml promote.gate.soak");
  const { client, settings } = connectForGate(layout, request, access);
  const live = await client.listApplications({
    ...(settings.appNamespace ? { appNamespace: settings.appNamespace } : {}),
    ...(settings.projects.length ? { projects: settings.projects } : {}),
    fields: STATUS_FIELDS,
  });
  const mapped = mapApplications(layout, live).filter(
    (m) => m.env === request.from && m.service !== undefined && request.services.includes(m.service),
  );
  const now = access.now ?? new Date();
  const applications = await Promise.all(mapped.map((m) => evidenceOf(layout, m, soakMs, soak, now)));
  const problems = request.services.flatMap((service) =>
    applications.some((a) => a.service === service)
      ? []
      : [missingProblem(layout, request.from, service, client.server, settings.projects)],
  );
  problems.push(...applications.flatMap((a) => a.problems));
  return {
    from: request.from,
    to: request.to,
    server: client.server,
    soak,
    soakMs,
    checkedAt: now.toISOString(),
    applications,
    problems,
    warnings: settings.warnings,
  };
}

/** The refusal reason for a report with problems, undefined when it passed. */
export function gateRefusal(report: GateReport): string | undefined {
  if (report.problems.length === 0) return undefined;
  return `${report.from} has not passed the gate into ${report.to} (promote.gate): ${report.problems.join("; ")}`;
}

function connectForGate(layout: Layout, request: PromotionRequest, access: ArgoAccess): Connection {
  try {
    const options = access.timeoutMs ? { timeoutMs: access.timeoutMs } : {};
    return connect(access.env ?? process.env, layout.config.argocd, options);
  } catch (err) {
    if (!isUserError(err)) throw err;
    throw new UserError(
      `promotion to ${request.to} is gated (promote.gate in .gitops.yaml) and reads Argo CD: ${err.message}`,
    );
  }
}

async function evidenceOf(
  layout: Layout,
  m: MappedApplication,
  soakMs: number,
  soak: string,
  now: Date,
): Promise<GateEvidence> {
  const status = m.live.status;
  const sync = status?.sync?.status ?? "Unknown";
  const health = status?.health?.status ?? "Unknown";
  const { revision, at } = deployedRevision(m.live, m.sourceIndex);
  const fresh = await freshness(layout.repo, revision ?? undefined, inputPaths(layout, m.targets));
  const problems: string[] = [];
  if (sync !== "Synced") problems.push(`${m.name} is ${sync}, not Synced`);
  if (health !== "Healthy") {
    const why = status?.health?.message ? ` (${oneLine(status.health.message)})` : "";
    problems.push(`${m.name} is ${health}${why}, not Healthy`);
  }
  if (fresh.current === false) {
    problems.push(
      `${m.name} runs ${short(revision)}, which does not contain ${short(fresh.expected)}, the last change to its inputs`,
    );
  } else if (fresh.current === null) {
    problems.push(`${m.name}: cannot tell whether it runs the promoted change: ${fresh.note ?? "unknown"}`);
  }
  if (soakMs > 0) {
    const age = at ? now.getTime() - Date.parse(at) : Number.NaN;
    if (!at || Number.isNaN(age)) problems.push(`${m.name} has no deployment time in its sync history`);
    else if (age < soakMs)
      problems.push(
        `${m.name} was deployed ${formatDuration(age)} ago (${at}); the gate needs ${soak} of soak`,
      );
  }
  return {
    name: m.name,
    service: m.service ?? "",
    sync,
    health,
    revision,
    deployedAt: at,
    expected: fresh.expected,
    contains: fresh.current,
    problems,
  };
}

/** No Application of the service in the source env: not created, or hidden from the token. */
function missingProblem(
  layout: Layout,
  env: string,
  service: string,
  server: string,
  projects: readonly string[],
): string {
  const inModel = layout.applications.filter(
    (a) =>
      a.env === env &&
      layout.targets.some((t) => t.service === service && a.targets.includes(t.id)) &&
      (projects.length === 0 || projects.includes(a.project)),
  );
  const named = inModel.map((a) => a.name).sort();
  const rbac = [...new Set(inModel.map((a) => `"applications, get, ${a.project || "<project>"}/*"`))];
  return (
    `no Argo CD Application at ${server} deploys ${service} in ${env}` +
    (named.length
      ? ` (the repository defines ${named.join(", ")}: not created yet, or the token lacks ${rbac.join(", ")})`
      : "")
  );
}

function short(sha: string | null): string {
  return sha ? sha.slice(0, 7) : "(none)";
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
