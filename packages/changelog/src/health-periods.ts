/**
 * Failed deploys and Degraded periods of one Argo CD Application, from what the API gives:
 * the Kubernetes events the application controller records about the Application
 * (`GET /api/v1/applications/{name}/events`), its last sync operation and its current health.
 *
 * The controller's messages (controller/appcontroller.go, Argo CD 2.x-3.x):
 * - `Updated health status: <from> -> <to>` (reason `ResourceUpdated`) on every health change;
 * - `Sync operation to <revision> failed: <message>` / `Partial sync operation ...` (reason
 *   `OperationCompleted`, type Warning) when a sync ends Failed or Error.
 * Events expire (kube-apiserver `--event-ttl`, one hour by default), so a period whose start has
 * expired has no known start, and anything older than the TTL is not seen at all. The current
 * `status.health` and `status.operationState` fill in what is still visible.
 */
import type { ArgoEvent } from "../../argocd/src/client.js";
import type { ArgoApplication } from "../../argocd/src/types.js";

/** A sync operation that ended Failed or Error. */
export interface FailedSync {
  at: string;
  revision: string | null;
  /** The server's message (untrusted text). */
  message: string;
}

/** From Degraded back to Healthy; `from` is null when its start is no longer in the events. */
export interface DegradedPeriod {
  from: string | null;
  to: string | null;
}

export interface Timeline {
  failedSyncs: FailedSync[];
  degraded: DegradedPeriod[];
}

const HEALTH = /^Updated health status: (\w+) -> (\w+)\s*$/;
const SYNC_FAILED = /^(?:Partial sync|Sync) operation(?: to (\S+))? failed:\s*([\s\S]*)$/;
/** An operation state and its event are the same failure when this close. */
const SAME_FAILURE_MS = 60_000;

/** The failed syncs and Degraded periods of `app`, oldest first. */
export function timelineOf(app: ArgoApplication, events: readonly ArgoEvent[]): Timeline {
  const dated = events
    .map((e) => ({ e, at: e.lastTimestamp ?? e.firstTimestamp ?? "" }))
    .filter((d) => !Number.isNaN(Date.parse(d.at)))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const failedSyncs: FailedSync[] = [];
  const degraded: DegradedPeriod[] = [];
  let open: DegradedPeriod | undefined;
  for (const { e, at } of dated) {
    const message = e.message ?? "";
    const health = HEALTH.exec(message);
    if (health) {
      const [, from, to] = health;
      if (to === "Degraded" && !open) {
        open = { from: at, to: null };
        degraded.push(open);
      } else if (to === "Healthy") {
        if (open) open.to = at;
        // The Degraded start expired from the events: a failure with no known duration.
        else if (from === "Degraded") degraded.push({ from: null, to: at });
        open = undefined;
      }
      continue;
    }
    const failed = e.reason === "OperationCompleted" ? SYNC_FAILED.exec(message) : null;
    if (failed) failedSyncs.push({ at, revision: failed[1] ?? null, message: failed[2]?.trim() ?? "" });
  }
  addCurrentHealth(app, degraded, open);
  addLastOperation(app, failedSyncs);
  return { failedSyncs, degraded };
}

/** The Application's health now: a Degraded app with no open period opened at its last transition. */
function addCurrentHealth(
  app: ArgoApplication,
  degraded: DegradedPeriod[],
  open: DegradedPeriod | undefined,
) {
  const health = app.status?.health;
  const since = health?.lastTransitionTime ?? null;
  if (health?.status === "Degraded" && !open) {
    const last = degraded.at(-1);
    // The event of this same transition is already there when the period closed before it.
    if (!last || last.to === null || since === null || Date.parse(since) > Date.parse(last.to))
      degraded.push({ from: since, to: null });
  } else if (
    health?.status === "Healthy" &&
    open &&
    since &&
    Date.parse(since) >= Date.parse(open.from ?? "")
  ) {
    // The Degraded -> Healthy event expired or was dropped; the transition time says when.
    open.to = since;
  }
}

/** The last operation, when it failed and its event is not already counted. */
function addLastOperation(app: ArgoApplication, failedSyncs: FailedSync[]) {
  const op = app.status?.operationState;
  if (op?.phase !== "Failed" && op?.phase !== "Error") return;
  const at = op.finishedAt ?? op.startedAt;
  if (!at) return;
  const revision = op.syncResult?.revision ?? null;
  const seen = failedSyncs.some(
    (f) =>
      (f.revision === revision || f.revision === null || revision === null) &&
      Math.abs(Date.parse(f.at) - Date.parse(at)) <= SAME_FAILURE_MS,
  );
  if (!seen) {
    failedSyncs.push({ at, revision, message: op.message ?? "" });
    failedSyncs.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }
}
