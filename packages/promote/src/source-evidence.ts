/**
 * What Argo CD shows for the promoted services in the source env: one evidence per Application
 * (sync, health, the revision it runs and whether that holds the last change to its inputs,
 * when it was deployed and since when it has run the change). The staging gate judges it; the
 * promotion PR dates "Running for" by it.
 */
import {
  deployedRevision,
  formatDuration,
  freshness,
  inputPaths,
  listRepoApplications,
  STATUS_FIELDS,
  type Connection,
  type MappedApplication,
} from "../../argocd/src/index.js";
import type { Layout } from "../../core/src/index.js";
import { runningSince } from "./gate-since.js";
import type { PromotionRequest } from "./services.js";

/** One source-env Application as Argo CD showed it. */
export interface GateEvidence {
  name: string;
  service: string;
  sync: string;
  health: string;
  /** The revision of its newest sync (status.history). */
  revision: string | null;
  deployedAt: string | null;
  /** When it first ran a revision containing `expected` (and has run one since); null when it does not run it. */
  runningSince: string | null;
  /** The last commit (at HEAD) that changed its inputs: what it must run. */
  expected: string | null;
  /** Whether `revision` contains `expected`; null when git cannot tell. */
  contains: boolean | null;
  /** Everything that keeps this Application from passing the gate; empty when it passes. */
  problems: string[];
}

export interface SourceEvidence {
  server: string;
  applications: GateEvidence[];
  /** Per service with no Application in the source env: what is missing, naming the RBAC a token needs. */
  missing: { service: string; problem: string }[];
}

/** The soak an Application must have had, and "now" to measure it with. */
export interface SoakClock {
  soak: string;
  soakMs: number;
  now: Date;
}

/** Lists the source env's Applications of `request.services` (one List call) and judges each. */
export async function readSourceEvidence(
  layout: Layout,
  request: PromotionRequest,
  { client, settings }: Connection,
  clock: SoakClock,
): Promise<SourceEvidence> {
  const { mapped: all } = await listRepoApplications(client, layout, settings, STATUS_FIELDS);
  const mapped = all.filter(
    (m) => m.env === request.from && m.service !== undefined && request.services.includes(m.service),
  );
  const applications = await Promise.all(mapped.map((m) => evidenceOf(layout, m, clock)));
  const missing = request.services
    .filter((service) => !applications.some((a) => a.service === service))
    .map((service) => ({
      service,
      problem: missingProblem(layout, request.from, service, client.server, settings.projects),
    }));
  return { server: client.server, applications, missing };
}

async function evidenceOf(
  layout: Layout,
  m: MappedApplication,
  { soak, soakMs, now }: SoakClock,
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
    runningSince: fresh.current
      ? await runningSince(layout.repo, m.live, m.sourceIndex, fresh.expected)
      : null,
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
