/**
 * GitHub deployments from what Argo CD deployed: one per sync in `status.history` (a success),
 * plus one for a running or failed sync operation, with environment = the Application's env and
 * ref = the deployed SHA. Idempotent across runs: each carries a key in its payload
 * (`gitops.key`), and a run creates only what GitHub lacks, adding a status where the state moved.
 * Works from the Argo CD API alone, with no Argo CD Notifications set up.
 */
import { listAll, type GitHubRepo } from "../../promote/src/github.js";
import type { RepoModel } from "../../core/src/model/types.js";
import type { ArgoClient } from "./client.js";
import { listRepoApplications } from "./list-mapped.js";
import { STATUS_FIELDS } from "./status.js";

export type DeploymentState = "success" | "failure" | "in_progress";

export interface PlannedDeployment {
  /** Stable across runs: `argocd:<namespace>/<app>/sync/<startedAt>` (else `.../history/<id>`). */
  key: string;
  application: string;
  env: string;
  sha: string;
  state: DeploymentState;
  /** When Argo CD finished (history) or started (operation) it. */
  at: string | null;
  environmentUrl: string | null;
  /** The Application in Argo CD's UI. */
  logUrl: string;
  /** What this run did about it. */
  action?: "created" | "updated" | "unchanged";
}

const SHA = /^[0-9a-f]{40}$/i;

/** Reads Argo CD and lists the deployments it implies, oldest first. Applications with no env are left out. */
export async function planDeployments(
  model: RepoModel,
  client: ArgoClient,
  options: { appNamespace?: string; projects?: string[]; envs?: string[] } = {},
): Promise<PlannedDeployment[]> {
  const { mapped } = await listRepoApplications(client, model, options, STATUS_FIELDS);
  const out: PlannedDeployment[] = [];
  for (const m of mapped) {
    if (!m.env || (options.envs?.length && !options.envs.includes(m.env))) continue;
    const ns = m.live.metadata?.namespace ?? "";
    const base = `argocd:${ns}/${m.name}`;
    const common = {
      application: m.name,
      env: m.env,
      environmentUrl: m.live.status?.summary?.externalURLs?.[0] ?? null,
      logUrl: `${client.server}/applications/${ns ? `${ns}/` : ""}${encodeURIComponent(m.name)}`,
    };
    for (const h of m.live.status?.history ?? []) {
      const sha = h.revisions?.[m.sourceIndex] ?? h.revision ?? "";
      // A Helm chart version or a branch name is no commit GitHub could deploy.
      if (!SHA.test(sha) || h.id === undefined) continue;
      // Argo CD stamps a history entry with its operation's start, so a sync seen running on one
      // run and finished on the next is the same deployment, moved to success.
      const key = h.deployStartedAt ? `${base}/sync/${h.deployStartedAt}` : `${base}/history/${h.id}`;
      if (out.some((p) => p.key === key)) continue;
      out.push({ key, sha, state: "success", at: h.deployedAt ?? null, ...common });
    }
    const op = m.live.status?.operationState;
    const opSha = op?.syncResult?.revisions?.[m.sourceIndex] ?? op?.syncResult?.revision ?? "";
    const state: DeploymentState | undefined =
      op?.phase === "Running"
        ? "in_progress"
        : op?.phase === "Failed" || op?.phase === "Error"
          ? "failure"
          : undefined;
    if (state && op?.startedAt && SHA.test(opSha)) {
      out.push({ key: `${base}/sync/${op.startedAt}`, sha: opSha, state, at: op.startedAt, ...common });
    }
  }
  return out.sort((a, b) => (a.at ?? "").localeCompare(b.at ?? "") || a.key.localeCompare(b.key));
}

interface GitHubDeployment {
  id: number;
  payload: unknown;
}

interface GitHubStatus {
  state: string;
}

/**
 * Creates the planned deployments GitHub lacks and adds a status to those whose state moved
 * (a running sync that finished). Sets `action` on each item.
 */
export async function pushDeployments(
  gh: GitHubRepo,
  planned: PlannedDeployment[],
  options: { productionEnvs?: string[]; server: string },
): Promise<PlannedDeployment[]> {
  const existing = new Map<string, GitHubDeployment>();
  for (const env of new Set(planned.map((p) => p.env))) {
    const list = await listAll<GitHubDeployment>(gh, "GET /repos/{owner}/{repo}/deployments", {
      environment: env,
    });
    for (const d of list) {
      const key = keyOf(d.payload);
      if (key && !existing.has(key)) existing.set(key, d);
    }
  }
  for (const p of planned) {
    const found = existing.get(p.key);
    if (found) {
      const statuses = await listAll<GitHubStatus>(
        gh,
        "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
        { deployment_id: found.id },
      );
      // Newest first: only the latest state counts. GitHub marks superseded deployments inactive
      // (auto_inactive), which is still the success we recorded.
      const latest = statuses[0]?.state;
      if (latest === p.state || (p.state === "success" && latest === "inactive")) {
        p.action = "unchanged";
        continue;
      }
      await addStatus(gh, found.id, p);
      p.action = "updated";
      continue;
    }
    const { data } = await gh.client.request("POST /repos/{owner}/{repo}/deployments", {
      owner: gh.owner,
      repo: gh.repo,
      ref: p.sha,
      environment: p.env,
      // The SHA already ran: GitHub must neither merge the default branch in nor wait for checks.
      auto_merge: false,
      required_contexts: [],
      payload: { gitops: { key: p.key, application: p.application, argocd: options.server } },
      description: `Argo CD sync of ${p.application}`.slice(0, 140),
      production_environment: options.productionEnvs?.includes(p.env) ?? false,
      transient_environment: false,
    });
    await addStatus(gh, (data as GitHubDeployment).id, p);
    p.action = "created";
  }
  return planned;
}

async function addStatus(gh: GitHubRepo, id: number, p: PlannedDeployment): Promise<void> {
  await gh.client.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
    owner: gh.owner,
    repo: gh.repo,
    deployment_id: id,
    state: p.state,
    log_url: p.logUrl,
    ...(p.environmentUrl && /^https?:\/\//.test(p.environmentUrl)
      ? { environment_url: p.environmentUrl }
      : {}),
    description: `${p.application} ${p.state === "success" ? "synced" : p.state === "failure" ? "sync failed" : "syncing"} at ${p.sha.slice(0, 7)}`,
  });
}

function keyOf(payload: unknown): string | undefined {
  const key = (payload as { gitops?: { key?: unknown } } | null)?.gitops?.key;
  return typeof key === "string" ? key : undefined;
}
