/**
 * The staging gate (`promote.gate` in .gitops.yaml). A promotion into a gated env goes ahead only
 * when Argo CD shows every Application of the promoted services in the source env Synced,
 * Healthy, running a revision that contains the last change to its inputs (real git ancestry),
 * and deployed at least `promote.gate.soak` ago. The evidence is kept for the pull request.
 */
import { isUserError, UserError, type Layout } from "../../core/src/index.js";
import { connect, parseDuration, type Connection } from "../../argocd/src/index.js";
import { envsNamed } from "./chain.js";
import type { PromotionRequest } from "./services.js";
import { readSourceEvidence, type GateEvidence } from "./source-evidence.js";

export type { GateEvidence } from "./source-evidence.js";

/** How to reach Argo CD, and the clock the soak is measured with. */
export interface ArgoAccess {
  /** Where ARGOCD_SERVER and ARGOCD_AUTH_TOKEN are read; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** "Now" for the soak (tests and replays); default the current time. */
  now?: Date;
  /** Per request to Argo CD; default 30 s. */
  timeoutMs?: number;
}

export interface GateReport {
  from: string;
  to: string;
  server: string;
  /** `promote.gate.soak` as configured, and in milliseconds. */
  soak: string;
  soakMs: number;
  /** The time the soak was measured at (RFC 3339). */
  checkedAt: string;
  applications: GateEvidence[];
  /** Why the promotion is refused, each naming what is missing; empty when the gate passed. */
  problems: string[];
  /** Settings worth knowing that did not stop the check (plain http). */
  warnings: string[];
}

/** True when `promote.gate.envs` names `to` or a group of the chain that holds it. */
export function isGated(layout: Layout, to: string): boolean {
  return layout.config.promote.gate.envs.some((name) => {
    const envs = envsNamed(layout, name);
    if (!envs) {
      throw new UserError(
        `.gitops.yaml promote.gate.envs names "${name}", which is no environment or group of the chain; known: ${layout.environments.join(", ")}`,
        ".gitops.yaml",
      );
    }
    return envs.includes(to);
  });
}

/** The gate for `request`, or undefined when its target env is not gated. Argo CD not configured: a `UserError`. */
export async function checkArgoGate(
  layout: Layout,
  request: PromotionRequest,
  access: ArgoAccess = {},
): Promise<GateReport | undefined> {
  if (!isGated(layout, request.to)) return undefined;
  const soak = layout.config.promote.gate.soak;
  const soakMs = parseDuration(soak, ".gitops.yaml promote.gate.soak");
  const connection = connectForGate(layout, request, access);
  const now = access.now ?? new Date();
  const { server, applications, missing } = await readSourceEvidence(layout, request, connection, {
    soak,
    soakMs,
    now,
  });
  const problems = [...missing.map((m) => m.problem), ...applications.flatMap((a) => a.problems)];
  return {
    from: request.from,
    to: request.to,
    server,
    soak,
    soakMs,
    checkedAt: now.toISOString(),
    applications,
    problems,
    warnings: connection.settings.warnings,
  };
}

/** The refusal reason for a report with problems, undefined when it passed. */
export function gateRefusal(report: GateReport): string | undefined {
  if (report.problems.length === 0) return undefined;
  return `${report.from} has not passed the gate into ${report.to} (promote.gate): ${report.problems.join("; ")}`;
}

function connectForGate(layout: Layout, request: PromotionRequest, access: ArgoAccess): Connection {
  try {
    const options = access.timeoutMs ? { timeoutMs: access.timeoutMs } : {};
    return connect(access.env ?? process.env, layout.config.argocd, options);
  } catch (err) {
    if (!isUserError(err)) throw err;
    throw new UserError(
      `promotion to ${request.to} is gated (promote.gate in .gitops.yaml) and reads Argo CD: ${err.message}`,
    );
  }
}
