// A dated history of web in staging and prod (hand promotions, a trailer-dated bump, a merge not yet
// deployed) and the swagger-checked fake Argo CD seeded with the syncs, failures and Degraded
// periods of its Applications. Every time is fixed; nothing depends on the clock.
import { startFakeArgoCD, type FakeArgoCD } from "../support/fake-argocd/index.js";
import { at, datedRepo, layoutFiles, overlay, type DatedRepo } from "./fixture.js";

export const REPO_URL = "https://github.com/example-org/infra-gitops.git";
const SOURCE_SHA = "d".repeat(40);

export interface ArgoHistory {
  repo: DatedRepo;
  /** staging 1.1.0 (day 1), prod 1.1.0 by hand (day 2), staging 1.2.0 with trailers (day 3), prod 1.2.0 by hand (day 4), staging 1.3.0 not deployed (day 5). */
  s1: string;
  p1: string;
  s2: string;
  p2: string;
  s3: string;
}

function webApp(env: string): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: web-${env}
spec:
  project: ${env}
  source:
    repoURL: ${REPO_URL}
    path: apps/web/overlays/${env}
  destination:
    server: https://kubernetes.default.svc
    namespace: web-${env}
`;
}

export function argoHistory(): ArgoHistory {
  const repo = datedRepo({
    ...layoutFiles(),
    "argo-apps/web.yaml": [webApp("staging"), webApp("prod")].join("---\n"),
  });
  const staging = "apps/web/overlays/staging/kustomization.yaml";
  const prod = "apps/web/overlays/prod/kustomization.yaml";
  const s1 = repo.commitAt("web 1.1.0 in staging", { [staging]: overlay("web", "1.1.0") }, { date: at(1) });
  const p1 = repo.commitAt("web 1.1.0 in prod", { [prod]: overlay("web", "1.1.0") }, { date: at(2) });
  const s2 = repo.commitAt(
    `web 1.2.0 in staging\n\nSource-Repository: example-org/web\nSource-Commit: ${SOURCE_SHA}\nSource-Commit-Date: ${at(2, 12)}`,
    { [staging]: overlay("web", "1.2.0") },
    { date: at(3) },
  );
  const p2 = repo.commitAt("web 1.2.0 in prod", { [prod]: overlay("web", "1.2.0") }, { date: at(4) });
  const s3 = repo.commitAt("web 1.3.0 in staging", { [staging]: overlay("web", "1.3.0") }, { date: at(5) });
  return { repo, s1, p1, s2, p2, s3 };
}

/**
 * - web-staging synced s1 at day 1 + 1 h and s2 at day 3 + 2 h (s3 never), and is Degraded
 *   since day 5 + 1 h (no events: they expired);
 * - web-prod synced p1 at day 2 + 30 min and p2 at day 4 + 3 h; a sync failed at day 4 + 2 h (its
 *   event and the operation state: one failure), and it was Degraded from day 4 + 4 h to
 *   Healthy at day 4 + 6 h (through Progressing).
 */
export async function seedArgo(h: ArgoHistory): Promise<FakeArgoCD> {
  const argo = await startFakeArgoCD();
  argo.app({
    name: "web-staging",
    project: "staging",
    source: { repoURL: REPO_URL, path: "apps/web/overlays/staging" },
    health: "Degraded",
    healthSince: at(5, 1),
    healthMessage: "Deployment web has 0 available replicas",
    history: [
      { revision: h.s1, deployedAt: at(1, 1) },
      { revision: h.s2, deployedAt: at(3, 2) },
    ],
  });
  argo.app({
    name: "web-prod",
    project: "prod",
    source: { repoURL: REPO_URL, path: "apps/web/overlays/prod" },
    health: "Healthy",
    healthSince: at(4, 6),
    history: [
      { revision: h.p1, deployedAt: at(2, 0.5) },
      { revision: h.p2, deployedAt: at(4, 3) },
    ],
    operationState: {
      phase: "Failed",
      message: "one or more objects failed to apply",
      revision: h.p2,
      startedAt: at(4, 1.9),
      finishedAt: at(4, 2),
    },
  });
  argo.state.event(
    "web-prod",
    {
      reason: "OperationCompleted",
      type: "Warning",
      message: `Sync operation to ${h.p2} failed: one or more objects failed to apply`,
      at: at(4, 2),
    },
    { reason: "ResourceUpdated", message: "Updated sync status: OutOfSync -> Synced", at: at(4, 3) },
    { reason: "ResourceUpdated", message: "Updated health status: Healthy -> Degraded", at: at(4, 4) },
    { reason: "ResourceUpdated", message: "Updated health status: Degraded -> Progressing", at: at(4, 5) },
    { reason: "ResourceUpdated", message: "Updated health status: Progressing -> Healthy", at: at(4, 6) },
  );
  return argo;
}
