import type { ArgoCdConfig } from "../../core/src/config.js";
import { ArgoClient } from "./client.js";
import { argoSettings, type ArgoSettings } from "./settings.js";

export interface Connection {
  client: ArgoClient;
  settings: ArgoSettings;
}

/** The client the CLI and actions use: settings from the environment and `.gitops.yaml` `argocd:`. */
export function connect(
  env: NodeJS.ProcessEnv,
  config: ArgoCdConfig,
  options: { timeoutMs?: number; retries?: number; backoffMs?: number } = {},
): Connection {
  const settings = argoSettings(env, config);
  const client = new ArgoClient({ baseUrl: settings.baseUrl, token: settings.token, ...options });
  return { client, settings };
}
