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
}

/** What a token may do, as Argo CD RBAC objects `<project>/<app>` with `*` globs (e.g. `prod/*`). */
export interface Grant {
  get: string[];
  sync: string[];
}

export class FakeArgoState {
  readonly apps = new Map<string, Json>();
  readonly tokens = new Map<string, Grant>();
  /** Sync requests the fake accepted, in order. */
  readonly syncs: { name: string; body: Json }[] = [];

  /** A new token with these rights (default: get and sync everything). */
  token(grant: Partial<Grant> = {}): string {
    const token = `argocd-fake-${randomBytes(16).toString("hex")}`;
    this.tokens.set(token, { get: grant.get ?? ["*/*"], sync: grant.sync ?? ["*/*"] });
    return token;
  }

  app(seed: SeedApp): Json {
    const app = applicationOf(seed);
    this.apps.set(seed.name, app);
    return app;
  }
}

/** True when `grant` holds `object` (`<project>/<app>`) for the action. */
export function allowed(grant: Grant, action: keyof Grant, object: string): boolean {
  return grant[action].some((pattern) => globToRegExp(pattern).test(object));
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
    },
  };
}
