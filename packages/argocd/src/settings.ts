/**
 * Where Argo CD is and how to reach it: `ARGOCD_SERVER` and `ARGOCD_AUTH_TOKEN` (the argocd
 * CLI's names) and `.gitops.yaml` `argocd:`. The environment wins over the file for the
 * server, as it does for the argocd CLI, so a CI job can point at another instance (or a
 * port-forward) without a commit; the token only ever comes from the environment.
 */
import { UserError } from "../../core/src/errors.js";

export interface ArgoFileSettings {
  server: string;
  appNamespace: string;
  projects: string[];
}

export interface ArgoSettings {
  /** Base URL without a trailing slash, e.g. `https://argocd.example.com` (a path prefix is kept). */
  baseUrl: string;
  token: string;
  /** Apps-in-any-namespace: the namespace to list and read Applications in ("" for Argo CD's own). */
  appNamespace: string;
  /** Only Applications of these projects (empty: every project the token sees). */
  projects: string[];
  /** Things the user should know but that do not stop the run (plain http). */
  warnings: string[];
}

/** Resolves the settings; a missing server or token, or a server value that is no host, is a UserError. */
export function argoSettings(
  env: NodeJS.ProcessEnv,
  file: ArgoFileSettings = { server: "", appNamespace: "", projects: [] },
): ArgoSettings {
  const fromEnv = (env.ARGOCD_SERVER ?? "").trim();
  const raw = fromEnv || file.server.trim();
  const origin = fromEnv ? "ARGOCD_SERVER" : ".gitops.yaml argocd.server";
  if (!raw) {
    throw new UserError(
      "Argo CD is not configured: set ARGOCD_SERVER (host[:port]) or argocd.server in .gitops.yaml",
    );
  }
  const { baseUrl, warnings } = parseServer(raw, origin);
  const token = (env.ARGOCD_AUTH_TOKEN ?? "").trim();
  if (!token) {
    throw new UserError(
      `Argo CD at ${baseUrl} needs a token: set ARGOCD_AUTH_TOKEN (an API token of a CI account)`,
    );
  }
  return { baseUrl, token, appNamespace: file.appNamespace, projects: file.projects, warnings };
}

/**
 * `host`, `host:port` and `https://host[:port][/path]` mean HTTPS; `http://...` is accepted
 * for port-forwards and tests, with a warning because the token then travels in clear text.
 */
export function parseServer(raw: string, origin = "ARGOCD_SERVER"): { baseUrl: string; warnings: string[] } {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new UserError(`${origin} "${raw}" is not a host[:port] or an http(s) URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UserError(`${origin} "${raw}" must use https (or http for a local port-forward)`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new UserError(
      `${origin} "${url.host}" must be a plain host[:port] or URL, without credentials or query`,
    );
  }
  const baseUrl = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
  const warnings =
    url.protocol === "http:"
      ? [`${origin} ${baseUrl} uses plain http: the Argo CD token is sent unencrypted`]
      : [];
  return { baseUrl, warnings };
}
