/**
 * After `/sync` started its syncs: wait, bounded, for each Application's sync operation to end and
 * the Application to be Synced and Healthy at the revision the operation synced. Argo CD keeps
 * `operation` on the Application while a requested operation is queued or running and clears it
 * when the operation completes; `status.operationState` then holds the result. An operation state
 * whose `startedAt` is the one seen before the sync request is the previous operation's, not ours.
 */
import { isUserError } from "../../core/src/index.js";
import type { ArgoApplication, ArgoClient } from "../../argocd/src/index.js";

/** How long `/sync` waits for the outcome, and how often it asks Argo CD meanwhile. */
export interface SyncWait {
  timeoutMs: number;
  /** Default 5 s. */
  intervalMs?: number;
}

/** The action's default wait: enough for a usual rollout, short enough for a chat answer. */
export const DEFAULT_SYNC_WAIT_MS = 5 * 60_000;

/** One started sync to follow. */
export interface SyncToWatch {
  name: string;
  project?: string;
  appNamespace?: string;
  /** `status.operationState.startedAt` before the sync request: that operation is not ours. */
  before?: string;
}

/** Where a sync got to: ended (`succeeded`, `failed`), or still under way at the timeout (`running`). */
export interface SyncEnd {
  outcome: "succeeded" | "failed" | "running";
  /** The operation's phase (Running, Succeeded, Failed, Error …), once ours has started. */
  phase?: string;
  /** The operation's message, as Argo CD wrote it (untrusted text: render it inert). */
  message?: string;
  sync?: string;
  health?: string;
  /** The revision the operation synced. */
  revision?: string;
  /** Argo CD stopped answering about it (e.g. the token lost access): no use asking again. */
  unreadable?: boolean;
}

const FAILED = new Set(["Failed", "Error"]);

/** Follows every sync until it ends or `wait.timeoutMs` passes; each Application is read at least once. */
export async function waitForSyncs(
  client: ArgoClient,
  syncs: readonly SyncToWatch[],
  wait: SyncWait,
): Promise<Map<string, SyncEnd>> {
  const deadline = Date.now() + wait.timeoutMs;
  const ends = new Map<string, SyncEnd>();
  let pending = [...syncs];
  for (;;) {
    const next: SyncToWatch[] = [];
    for (const s of pending) {
      const end = await readEnd(client, s);
      ends.set(s.name, end);
      if (end.outcome === "running" && !end.unreadable) next.push(s);
    }
    pending = next;
    const left = deadline - Date.now();
    if (pending.length === 0 || left <= 0) return ends;
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait.intervalMs ?? 5000, left)));
  }
}

async function readEnd(client: ArgoClient, s: SyncToWatch): Promise<SyncEnd> {
  let app: ArgoApplication & { operation?: unknown };
  try {
    app = await client.getApplication(s.name, {
      ...(s.project ? { project: s.project } : {}),
      ...(s.appNamespace ? { appNamespace: s.appNamespace } : {}),
    });
  } catch (err) {
    // Losing sight of it is not the sync failing: say so, and stop asking.
    if (!isUserError(err)) throw err;
    return { outcome: "running", message: `cannot read it: ${err.message}`, unreadable: true };
  }
  return endOf(app, s.before);
}

/** Where the Application's sync stands, from one read of it. */
export function endOf(app: ArgoApplication & { operation?: unknown }, before?: string): SyncEnd {
  const op = app.status?.operationState;
  const sync = app.status?.sync?.status;
  const health = app.status?.health?.status;
  const seen = { ...(sync ? { sync } : {}), ...(health ? { health } : {}) };
  const ours = op !== undefined && op.startedAt !== before;
  if (app.operation !== undefined || !ours) return { outcome: "running", ...seen };
  const revision = op.syncResult?.revision;
  const told = {
    ...(op.phase ? { phase: op.phase } : {}),
    ...(op.message ? { message: op.message } : {}),
    ...seen,
    ...(revision ? { revision } : {}),
  };
  if (FAILED.has(op.phase ?? "")) return { outcome: "failed", ...told };
  const atRevision = !revision || app.status?.sync?.revision === revision;
  if (op.phase === "Succeeded" && sync === "Synced" && atRevision && health === "Healthy")
    return { outcome: "succeeded", ...told };
  return { outcome: "running", ...told };
}
