/**
 * What Argo CD knows about this repository's deploys, for the metrics: every Application the
 * repository model maps to an env and service, with its sync history (`status.history`) and its
 * failed syncs and Degraded periods (health-periods.ts). Read-only: a list and one events call
 * per Application.
 */
import type { ArgoClient } from "../../argocd/src/client.js";
import { listRepoApplications } from "../../argocd/src/list-mapped.js";
import type { RepoModel } from "../../core/src/model/types.js";
import { timelineOf, type Timeline } from "./health-periods.js";

/** One sync Argo CD recorded: the revision of this repository's source and when it was deployed. */
export interface ArgoSync {
  revision: string;
  at: string;
}

export interface ArgoApp {
  name: string;
  env: string;
  /** The one service its targets share; platform Applications have none. */
  service: string | null;
  /** Oldest first (by history id, as Argo CD numbers syncs). */
  history: ArgoSync[];
  timeline: Timeline;
}

export interface ArgoFacts {
  server: string;
  apps: ArgoApp[];
  /** What the API could not tell, for the report. */
  limits: string[];
}

const FIELDS = [
  "items.metadata.name",
  "items.metadata.namespace",
  "items.spec.project",
  "items.spec.source",
  "items.spec.sources",
  "items.status.health",
  "items.status.history",
  "items.status.operationState.phase",
  "items.status.operationState.message",
  "items.status.operationState.startedAt",
  "items.status.operationState.finishedAt",
  "items.status.operationState.syncResult",
];

/** Events are one call per Application; a few at a time keeps a large instance responsive. */
const PARALLEL = 6;

export async function readArgoFacts(
  client: ArgoClient,
  model: RepoModel,
  options: { appNamespace?: string; projects?: string[] } = {},
): Promise<ArgoFacts> {
  const mapped = (await listRepoApplications(client, model, options, FIELDS)).mapped.filter(
    (m) => m.env !== "",
  );
  const apps: ArgoApp[] = new Array<ArgoApp>(mapped.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < mapped.length; i = next++) {
      const m = mapped[i];
      if (!m) continue;
      const events = await client.listApplicationEvents(m.name, {
        ...(m.live.metadata?.namespace && options.appNamespace
          ? { appNamespace: m.live.metadata.namespace }
          : {}),
        ...(m.live.spec?.project ? { project: m.live.spec.project } : {}),
      });
      const history = [...(m.live.status?.history ?? [])]
        .sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
        .flatMap((h) => {
          const revision = h.revisions?.[m.sourceIndex] ?? h.revision;
          return revision && h.deployedAt ? [{ revision, at: h.deployedAt }] : [];
        });
      apps[i] = {
        name: m.name,
        env: m.env,
        service: m.service ?? null,
        history,
        timeline: timelineOf(m.live, events),
      };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, mapped.length) }, worker));
  const limits = [
    "Argo CD keeps the last 10 syncs per Application by default (spec.revisionHistoryLimit); older merges keep their merge time (git)",
    "Kubernetes keeps events about an hour by default (--event-ttl); Degraded periods and failed syncs older than that are not seen, except the current health and the last operation",
  ];
  return { server: client.server, apps: apps.filter(Boolean), limits };
}
