/**
 * Where `changelog --metrics` takes deploys from: `--source argocd|git|auto`. `auto` (the
 * default) reads Argo CD when it is configured (ARGOCD_SERVER, or `.gitops.yaml` argocd.server)
 * and a token is there; a configured server without ARGOCD_AUTH_TOKEN falls back to git with a
 * note, since a laptop usually has the config and not the CI token. `argocd` insists: anything
 * missing is a UserError (exit 2).
 */
import { connect } from "../../argocd/src/connect.js";
import { loadConfig, UserError } from "../../core/src/index.js";
import type { MetricsOptions } from "./metrics-run.js";

export type MetricsSource = "argocd" | "git" | "auto";

export interface ResolvedSource {
  argocd?: NonNullable<MetricsOptions["argocd"]>;
  /** Plain http and the like: the run goes on. */
  warnings: string[];
  /** Why auto fell back to git. */
  notes: string[];
}

/** `what` names the value for the message: the CLI flag or the action input. */
export function parseMetricsSource(raw: string | undefined, what = "--source"): MetricsSource {
  const value = raw ?? "auto";
  if (value === "argocd" || value === "git" || value === "auto") return value;
  throw new UserError(`${what} must be argocd, git or auto, got "${value}"`);
}

/** The Argo CD connection the metrics use, or none for git-only. */
export function resolveMetricsSource(
  source: MetricsSource,
  repo: string,
  env: NodeJS.ProcessEnv,
  options: { timeoutMs?: number } = {},
): ResolvedSource {
  if (source === "git") return { warnings: [], notes: [] };
  const config = loadConfig(repo).config.argocd;
  const server = (env.ARGOCD_SERVER ?? "").trim() || config.server.trim();
  if (source === "auto" && !server) return { warnings: [], notes: [] };
  if (source === "auto" && !(env.ARGOCD_AUTH_TOKEN ?? "").trim()) {
    return {
      warnings: [],
      notes: [`Argo CD at ${server} is configured but ARGOCD_AUTH_TOKEN is not set: metrics from git only`],
    };
  }
  const { client, settings } = connect(env, config, options);
  return {
    argocd: { client, appNamespace: settings.appNamespace, projects: settings.projects },
    warnings: settings.warnings,
    notes: [],
  };
}
