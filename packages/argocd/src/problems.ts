/**
 * The messages of a refusing or unreachable Argo CD. Each names the server (and the
 * Application where there is one) and never the token: they end up in CI logs.
 */
import { UserError } from "../../core/src/errors.js";

/** What a request was about, for the 403 message. */
export interface Subject {
  app: string;
  /** The project when known; `<project>` otherwise. */
  project?: string;
  action: "get" | "sync" | "delete";
}

/** The RBAC lines a CI token needs, as written in argocd-rbac-cm `policy.csv` or an AppProject role. */
export function rbacRules(project = "<project>", role = "role:ci"): string[] {
  return [
    `p, ${role}, applications, get, ${project}/*, allow`,
    `p, ${role}, applications, sync, ${project}/*, allow`,
  ];
}

export function refusedToken(server: string, detail: string): UserError {
  return new UserError(
    `Argo CD at ${server} refused the token in ARGOCD_AUTH_TOKEN (401${detail ? `: ${detail}` : ""}); ` +
      `generate a new one with "argocd account generate-token --account <ci-account>"`,
  );
}

/**
 * Argo CD answers "permission denied" for an Application that does not exist as well as for one
 * the token may not see, so the message says both and gives the rule that would grant access.
 */
export function permissionDenied(server: string, subject: Subject): UserError {
  const [get, sync] = rbacRules(subject.project);
  const del = `p, role:ci, applications, delete, ${subject.project ?? "<project>"}/*, allow`;
  const needs =
    subject.action === "sync"
      ? `"${get}" and "${sync}"`
      : subject.action === "delete"
        ? `"${get}" and "${del}"`
        : `"${get}" (and "${sync}" to sync)`;
  return new UserError(
    `Argo CD at ${server} answered "permission denied" for Application "${subject.app}": it does not exist, ` +
      `or the token may not ${subject.action} it (Argo CD answers both alike). A CI token needs ${needs} ` +
      `in argocd-rbac-cm policy.csv or an AppProject role; "applications, override" is not needed ` +
      `(it only adds syncing local manifests or overridden parameters, which gitops never does)`,
  );
}

export function unreachable(server: string, reason: string, attempts: number): UserError {
  return new UserError(
    `Argo CD at ${server} is unreachable: ${reason} (${attempts} attempt${attempts === 1 ? "" : "s"})`,
  );
}

export function serverFailed(server: string, status: number, detail: string, attempts: number): UserError {
  return new UserError(
    `Argo CD at ${server} failed with ${status}${detail ? `: ${detail}` : ""} (${attempts} attempt${attempts === 1 ? "" : "s"})`,
  );
}

/** A network error in a few words: fetch hides the useful part in `cause`. */
export function networkReason(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")) {
    return `no answer within ${formatMs(timeoutMs)}`;
  }
  const cause = (err as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code === "ECONNREFUSED") return "connection refused";
  if (cause?.code === "ENOTFOUND" || cause?.code === "EAI_AGAIN") return "host not found";
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
  return err instanceof Error ? err.message : String(err);
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
