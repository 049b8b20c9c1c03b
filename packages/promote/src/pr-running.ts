/**
 * How long each service has run in the source env, for the promotion PR body: from Argo CD when
 * it is configured (the time the service's source-env Applications first ran a revision holding
 * the change), else the merge time. It is context, not a gate: an Argo CD that cannot be read
 * leaves the merge time and a note saying why. When the target env is gated, the gate's
 * evidence is used as it is, so Argo CD is asked once.
 */
import { connect } from "../../argocd/src/index.js";
import { isUserError, type Layout } from "../../core/src/index.js";
import type { ArgoAccess, GateReport } from "./gate-argocd.js";
import type { PromotionRequest } from "./services.js";
import { readSourceEvidence, type GateEvidence } from "./source-evidence.js";

/** Per service, when its change started running in the source env by Argo CD. */
export interface ArgoRunning {
  server: string;
  /** Service → the time and the Applications it was read from (the latest start of them). */
  times: Map<string, { at: string; applications: string[] }>;
  /** Why a service (or every one) kept its merge time. */
  notes: string[];
}

/** A non-gate read gives up sooner than the gate: the PR is opened either way. */
const TIMEOUT_MS = 10_000;

/**
 * Argo CD's times for `request.services` in `request.from`: from `gate` when there is one, else
 * read now when Argo CD is configured; undefined when it is not configured (merge times, as is).
 */
export async function argoRunning(
  layout: Layout,
  request: PromotionRequest,
  gate: GateReport | undefined,
  access: ArgoAccess = {},
): Promise<ArgoRunning | undefined> {
  if (gate) return timesOf(request, gate.server, gate.applications);
  const env = access.env ?? process.env;
  const server = (env.ARGOCD_SERVER ?? "").trim() || layout.config.argocd.server.trim();
  if (!server) return undefined;
  try {
    const connection = connect(env, layout.config.argocd, { timeoutMs: access.timeoutMs ?? TIMEOUT_MS });
    const clock = { soak: "0s", soakMs: 0, now: access.now ?? new Date() };
    const read = await readSourceEvidence(layout, request, connection, clock);
    return timesOf(request, read.server, read.applications);
  } catch (err) {
    if (!isUserError(err)) throw err;
    return {
      server,
      times: new Map(),
      notes: [`Argo CD could not be read (${err.message}): every time is the merge time`],
    };
  }
}

function timesOf(request: PromotionRequest, server: string, evidence: readonly GateEvidence[]): ArgoRunning {
  const times = new Map<string, { at: string; applications: string[] }>();
  const notes: string[] = [];
  for (const service of request.services) {
    const apps = evidence.filter((a) => a.service === service);
    const names = apps.map((a) => a.name).sort();
    const waiting = apps.filter((a) => a.runningSince === null).map((a) => a.name);
    if (apps.length === 0) {
      notes.push(`${service}: no Argo CD Application deploys it in ${request.from}; merge time`);
    } else if (waiting.length > 0) {
      notes.push(
        `${service}: ${waiting.join(", ")} ${waiting.length > 1 ? "do" : "does"} not run the change yet (or Argo CD's history cannot tell); merge time`,
      );
    } else {
      // Every Application runs it: it has run everywhere since the latest of their starts.
      const starts = apps.map((a) => a.runningSince ?? "");
      const at = starts.reduce((x, y) => (Date.parse(y) > Date.parse(x) ? y : x));
      times.set(service, { at, applications: names });
    }
  }
  return { server, times, notes };
}
