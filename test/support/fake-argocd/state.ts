/**
 * The fake's Applications and tokens. Seeds are short; `applicationOf` turns one into the
 * `v1alpha1Application` Argo CD serves, with only fields the description declares.
 */
import { randomBytes } from "node:crypto";

import type { Json } from "./spec.js";

export interface SeedSource {
  repoURL: string;
  path?: string;
  chart?: string;
  targetRevision?: string;
  ref?: string;
}

export interface SeedHistory {
  revision: string;
  /** RFC 3339. */
  deployedAt: string;
  deployStartedAt?: string;
  /** Default: its position, from 0. */
  id?: number;
  /** Multi-source Applications record one revision per source. */
  revisions?: string[];
}

export interface SeedApp {
  name: string;
  project?: string;
  /** metadata.namespace, default `argocd`. */
  namespace?: string;
  source?: SeedSource;
  sources?: SeedSource[];
  destination?: { server?: string; name?: string; namespace?: string };
  sync?: "Synced" | "OutOfSync" | "Unknown";
  /** status.sync.revision; default the newest history revision. */
  revision?: string;
  health?: "Healthy" | "Progressing" | "Degraded" | "Suspended" | "Missing" | "Unknown";
  healthMessage?: string;
  /** status.health.lastTransitionTime (RFC 3339). */
  healthSince?: string;
  /** Oldest first, as Argo CD keeps it. */
  history?: SeedHistory[];
  operationState?: {
    phase: "Running" | "Terminating" | "Failed" | "Error" | "Succeeded";
    message?: string;
    revision?: string;
    startedAt?: string;
    finishedAt?: string;
  };
  externalURLs?: string[];
  labels?: Record<string, string>;
  /** The ApplicationSet that generated it: metadata.ownerReferences, as Argo CD's controller sets it. */
  applicationSet?: string;
  /** metadata.creationTimestamp (RFC 3339). */
  createdAt?: string;
  finalizers?: string[];
  /** status.resources: the objects it manages, e.g. `{ kind: "Namespace", name: "web-pr-7" }`. */
  resources?: { kind: string; name: string; namespace?: string; group?: string; version?: string }[];
}

/** A Kubernetes event about an Application, as Argo CD's controller records it (`eventsEvent`). */
export interface SeedEvent {
  /** `ResourceUpdated` for sync/health transitions, `OperationCompleted` for sync results. */
  reason: string;
  /** e.g. `Updated health status: Healthy -> Degraded`, `Sync operation to <sha> failed: <message>`. */
  message: string;
  /** RFC 3339. */
  at: string;
  type?: "Normal" | "Warning";
}

/** What a token may do, as Argo CD RBAC objects `<project>/<app>` with `*` globs (e.g. `prod/*`). */
export interface Grant {
  get: string[];
  sync: string[];
  /** Default in `token()`: everything; in `tokenFor()`: nothing. */
  delete?: string[];
}

export class FakeArgoState {
  readonly apps = new Map<string, Json>();
  readonly tokens = new Map<string, Grant>();
  /** Events per Application name (`event()`), served by ListResourceEvents. */
  readonly events = new Map<string, Json[]>();
  /** Sync requests the fake accepted, in order. */
  readonly syncs: { name: string; body: Json }[] = [];
  /** Delete requests the fake accepted, in order, with their query. */
  readonly deletes: { name: string; query: Record<string, unknown> }[] = [];
  /** What an Application becomes after each read (List or Get); null: it is gone. */
  readonly scripts = new Map<string, (SeedApp | null)[]>();

  /** A new token with these rights (default: get and sync everything). */
  token(grant: Partial<Grant> = {}): string {
    const token = `argocd-fake-${randomBytes(16).toString("hex")}`;
    this.tokens.set(token, {
      get: grant.get ?? ["*/*"],
      sync: grant.sync ?? ["*/*"],
      delete: grant.delete ?? ["*/*"],
    });
    return token;
  }

  /** Records events about the Application `app`, oldest first. */
  event(app: string, ...seeds: SeedEvent[]): void {
    const list = this.events.get(app) ?? [];
    for (const e of seeds) {
      list.push({
        metadata: { name: `${app}.${randomBytes(8).toString("hex")}`, namespace: "argocd" },
        involvedObject: {
          kind: "Application",
          apiVersion: "argoproj.io/v1alpha1",
          name: app,
          namespace: "argocd",
        },
        reason: e.reason,
        message: e.message,
        type: e.type ?? "Normal",
        firstTimestamp: e.at,
        lastTimestamp: e.at,
        count: 1,
        source: { component: "argocd-application-controller" },
      });
    }
    this.events.set(app, list);
  }

  app(seed: SeedApp): Json {
    const app = applicationOf(seed);
    this.apps.set(seed.name, app);
    return app;
  }

  /**
   * Makes the Application change as Argo CD would while a test's code polls it, with no timing:
   * each read (an answer of List or Get that holds it) moves it to the next step; null deletes it.
   */
  script(name: string, ...steps: (SeedApp | null)[]): void {
    this.scripts.set(name, steps);
  }

  /** Called after an answer that held the Application `name` was built. */
  advance(name: string): void {
    const steps = this.scripts.get(name);
    if (!steps || steps.length === 0) return;
    const next = steps.shift();
    if (next) this.app(next);
    else this.apps.delete(name);
  }
}

/** True when `grant` holds `object` (`<project>/<app>`) for the action. */
export function allowed(grant: Grant, action: keyof Grant, object: string): boolean {
  return (grant[action] ?? []).some((pattern) => globToRegExp(pattern).test(object));
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split("*").map(escape).join(".*")}$`);
}

function escape(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

export function applicationOf(seed: SeedApp): Json {
  const history = (seed.history ?? []).map((h, i) => ({
    id: h.id ?? i,
    revision: h.revision,
    ...(h.revisions ? { revisions: h.revisions } : {}),
    deployedAt: h.deployedAt,
    ...(h.deployStartedAt ? { deployStartedAt: h.deployStartedAt } : {}),
    ...(seed.source ? { source: seed.source } : {}),
    ...(seed.sources ? { sources: seed.sources } : {}),
  }));
  const revision = seed.revision ?? seed.history?.at(-1)?.revision;
  const op = seed.operationState;
  return {
    metadata: {
      name: seed.name,
      namespace: seed.namespace ?? "argocd",
      uid: randomBytes(8).toString("hex"),
      resourceVersion: "1",
      ...(seed.labels ? { labels: seed.labels } : {}),
      ...(seed.createdAt ? { creationTimestamp: seed.createdAt } : {}),
      ...(seed.finalizers ? { finalizers: seed.finalizers } : {}),
      ...(seed.applicationSet
        ? {
            ownerReferences: [
              {
                apiVersion: "argoproj.io/v1alpha1",
                kind: "ApplicationSet",
                name: seed.applicationSet,
                uid: "00000000-0000-0000-0000-000000000001",
                controller: true,
                blockOwnerDeletion: true,
              },
            ],
          }
        : {}),
    },
    spec: {
      project: seed.project ?? "default",
      ...(seed.source ? { source: seed.source } : {}),
      ...(seed.sources ? { sources: seed.sources } : {}),
      destination: seed.destination ?? { server: "https://kubernetes.default.svc", namespace: seed.name },
    },
    status: {
      sync: {
        status: seed.sync ?? "Synced",
        ...(revision ? { revision } : {}),
      },
      health: {
        status: seed.health ?? "Healthy",
        ...(seed.healthMessage ? { message: seed.healthMessage } : {}),
        ...(seed.healthSince ? { lastTransitionTime: seed.healthSince } : {}),
      },
      history,
      ...(op
        ? {
            operationState: {
              phase: op.phase,
              ...(op.message ? { message: op.message } : {}),
              ...(op.startedAt ? { startedAt: op.startedAt } : {}),
              ...(op.finishedAt ? { finishedAt: op.finishedAt } : {}),
              operation: { sync: { ...(op.revision ? { revision: op.revision } : {}) } },
              ...(op.revision ? { syncResult: { revision: op.revision } } : {}),
            },
          }
        : {}),
      summary: { ...(seed.externalURLs ? { externalURLs: seed.externalURLs } : {}) },
      ...(seed.resources
        ? {
            resources: seed.resources.map((r) => ({
              ...r,
              version: r.version ?? "v1",
              namespace: r.namespace ?? "",
              status: "Synced",
            })),
          }
        : {}),
    },
  };
}
