/**
 * A preview's live state in Argo CD, polled: while the pull request is open, wait for each
 * preview Application to be Synced and Healthy at the pull request's head; once it is closed,
 * wait for the Applications to be gone, with their namespaces.
 *
 * Namespaces: Argo CD's API has no call that reads a namespace outside an Application, so
 * teardown is read from the Application itself. Its `status.resources` lists the objects it
 * manages; when the preview's Namespace is one of them, the resources finalizer deletes it and
 * Argo CD only lets the Application go once that is done, so "Application gone" then means
 * "namespace gone". A namespace only CreateNamespace=true made is never among them, and Argo CD
 * leaves it behind.
 */
import type { ArgoApplication } from "../../argocd/src/types.js";
import type { ArgoClient } from "../../argocd/src/client.js";

/** The fields read, so a busy Argo CD sends little. */
const FIELDS = [
  "items.metadata.name",
  "items.metadata.deletionTimestamp",
  "items.status.sync",
  "items.status.health",
  "items.status.resources",
];

export interface LiveTarget {
  name: string;
  /** The destination namespace ("" when none). */
  namespace: string;
}

export interface PollOptions {
  client: ArgoClient;
  /** Apps-in-any-namespace: where the Applications live ("" for Argo CD's own namespace). */
  appNamespace?: string;
  apps: readonly LiveTarget[];
  timeoutMs: number;
  intervalMs: number;
  /** For tests that need no clock; default a real timer. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface LiveApp extends LiveTarget {
  /** False until Argo CD's generator has created it. */
  present: boolean;
  sync: string;
  health: string;
  revision: string;
  /** Synced and Healthy at the head. */
  ready: boolean;
}

export interface LiveResult {
  apps: LiveApp[];
  /** Every Application ready. */
  ready: boolean;
  waitedMs: number;
  headSha: string;
}

/** Polls until every preview Application is Synced and Healthy at `headSha`, or the timeout. */
export async function waitForPreviews(o: PollOptions & { headSha: string }): Promise<LiveResult> {
  const { result, waitedMs } = await poll(o, (found) => {
    const apps = o.apps.map((t) => liveApp(t, found.get(t.name), o.headSha));
    return { done: apps.every((a) => a.ready), value: apps };
  });
  return { apps: result.value, ready: result.done, waitedMs, headSha: o.headSha };
}

export type TeardownState = "gone" | "deleting" | "present";
/** deleted: it was one of the Application's resources; left-behind: it never was; unknown: not seen. */
export type NamespaceState = "deleted" | "left-behind" | "unknown" | "present";

export interface TeardownApp extends LiveTarget {
  state: TeardownState;
  namespaceState: NamespaceState;
}

export interface TeardownResult {
  apps: TeardownApp[];
  /** Every Application gone, and no namespace known to be left behind. */
  done: boolean;
  waitedMs: number;
}

/** Polls until the preview Applications are gone, remembering whether each managed its namespace. */
export async function verifyTeardown(o: PollOptions): Promise<TeardownResult> {
  const managed = new Map<string, boolean>();
  const { result, waitedMs } = await poll(o, (found) => {
    const apps = o.apps.map((t): TeardownApp => {
      const app = found.get(t.name);
      if (app) managed.set(t.name, managesNamespace(app, t.namespace));
      const seen = managed.get(t.name);
      const state: TeardownState = !app ? "gone" : app.metadata?.deletionTimestamp ? "deleting" : "present";
      const namespaceState: NamespaceState =
        state !== "gone" || !t.namespace
          ? state === "gone"
            ? "unknown"
            : "present"
          : seen === undefined
            ? "unknown"
            : seen
              ? "deleted"
              : "left-behind";
      return { ...t, state, namespaceState };
    });
    // Once every Application is gone nothing changes any more, a left-behind namespace included.
    return {
      done: apps.every((a) => a.state === "gone" && a.namespaceState !== "left-behind"),
      stop: apps.every((a) => a.state === "gone"),
      value: apps,
    };
  });
  return { apps: result.value, done: result.done, waitedMs };
}

async function poll<T>(
  o: PollOptions,
  check: (found: Map<string, ArgoApplication>) => { done: boolean; stop?: boolean; value: T },
): Promise<{ result: { done: boolean; value: T }; waitedMs: number }> {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const start = now();
  for (;;) {
    const list = await o.client.listApplications({
      fields: FIELDS,
      ...(o.appNamespace ? { appNamespace: o.appNamespace } : {}),
    });
    const wanted = new Set(o.apps.map((a) => a.name));
    const found = new Map(
      list.flatMap((a) => (a.metadata?.name && wanted.has(a.metadata.name) ? [[a.metadata.name, a]] : [])),
    );
    const result = check(found);
    const waitedMs = now() - start;
    if (result.done || result.stop || waitedMs + o.intervalMs > o.timeoutMs) return { result, waitedMs };
    await sleep(o.intervalMs);
  }
}

function liveApp(t: LiveTarget, app: ArgoApplication | undefined, headSha: string): LiveApp {
  const sync = app?.status?.sync;
  const revision = sync?.revision ?? sync?.revisions?.find((r) => r === headSha) ?? "";
  const out: LiveApp = {
    ...t,
    present: app !== undefined,
    sync: sync?.status ?? (app ? "Unknown" : "—"),
    health: app?.status?.health?.status ?? (app ? "Unknown" : "—"),
    revision,
    ready: false,
  };
  const atHead = revision === headSha || (sync?.revisions ?? []).includes(headSha);
  out.ready = out.present && out.sync === "Synced" && out.health === "Healthy" && atHead;
  return out;
}

function managesNamespace(app: ArgoApplication, namespace: string): boolean {
  return (app.status?.resources ?? []).some(
    (r) => r.kind === "Namespace" && (r.group ?? "") === "" && r.name === namespace,
  );
}
