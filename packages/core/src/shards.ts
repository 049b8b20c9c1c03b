import { UserError } from "./errors.js";
import type { Layout, Target } from "./layout.js";

/** Most shards a plan may ask for: GitHub caps a matrix at 256 jobs. */
export const MAX_SHARDS = 256;

/**
 * Splits targets into `count` shards for a CI matrix. Targets are dealt in id
 * order, round-robin, so each shard gets a similar mix of envs and services and
 * the same repo always gives the same plan. Empty shards are dropped.
 */
export function planShards(targets: readonly Target[], count: number): string[][] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) {
    throw new UserError(`shard count must be an integer from 1 to ${MAX_SHARDS}, got ${count}`);
  }
  const ids = targets.map((t) => t.id).sort();
  const shards: string[][] = Array.from({ length: Math.min(count, ids.length) }, () => []);
  ids.forEach((id, i) => shards[i % shards.length]?.push(id));
  return shards;
}

/**
 * Keeps the layout's targets whose env (and service, when given) is in the
 * filters; empty filters keep all. A name the repo does not know is a
 * `UserError` listing the names it does know.
 */
export function filterTargets(
  layout: Layout,
  filters: { environments?: readonly string[]; services?: readonly string[] },
): Target[] {
  const envs = filters.environments ?? [];
  const services = filters.services ?? [];
  const knownEnvs = new Set([...layout.environments, ...layout.targets.map((t) => t.env)].filter(Boolean));
  const knownServices = new Set(layout.targets.flatMap((t) => (t.service ? [t.service] : [])));
  for (const env of envs) {
    if (!knownEnvs.has(env))
      throw new UserError(`unknown environment "${env}"; known: ${[...knownEnvs].join(", ")}`);
  }
  for (const svc of services) {
    if (!knownServices.has(svc)) {
      throw new UserError(
        `unknown service "${svc}"; known: ${[...knownServices].sort().join(", ") || "(none)"}`,
      );
    }
  }
  return layout.targets.filter(
    (t) =>
      (envs.length === 0 || envs.includes(t.env)) &&
      (services.length === 0 || (t.service !== undefined && services.includes(t.service))),
  );
}
