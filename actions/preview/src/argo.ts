/**
 * Argo CD for the preview action, when it is configured: the `argocd-server` and `argocd-token`
 * inputs, else ARGOCD_SERVER / ARGOCD_AUTH_TOKEN (argocdEnv, as every Argo CD action reads them)
 * and `.gitops.yaml` `argocd:`. No token anywhere means no Argo CD (the comment then has no live
 * part); argocdEnv masks the token before any use.
 */
import { connect, parseDuration } from "../../../packages/argocd/src/index.js";
import { loadConfig } from "../../../packages/core/src/index.js";
import { argocdEnv, getString, warning } from "../../../packages/github/src/index.js";
import type { PreviewArgo } from "../../../packages/preview/src/index.js";
import { Inputs } from "./names.js";

export function argoFromInputs(repoPath: string): PreviewArgo | undefined {
  const env = argocdEnv();
  if (!env.ARGOCD_AUTH_TOKEN) return undefined;
  const { client, settings } = connect(env, loadConfig(repoPath).config.argocd);
  for (const w of settings.warnings) warning(w);
  return {
    client,
    appNamespace: settings.appNamespace,
    timeoutMs: parseDuration(getString(Inputs.WaitTimeout) || "10m", `input ${Inputs.WaitTimeout}`),
    intervalMs: parseDuration(getString(Inputs.PollInterval) || "15s", `input ${Inputs.PollInterval}`),
  };
}
