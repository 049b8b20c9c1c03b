/**
 * Argo CD for the preview action, when it is configured: the `argocd-server` and `argocd-token`
 * inputs, else ARGOCD_SERVER / ARGOCD_AUTH_TOKEN and `.gitops.yaml` `argocd:`. No token anywhere
 * means no Argo CD (the comment then has no live part); the token is masked before any use.
 */
import { connect, parseDuration, type Connection } from "../../../packages/argocd/src/index.js";
import { loadConfig } from "../../../packages/core/src/index.js";
import { getString, maskSecret, warning } from "../../../packages/github/src/index.js";
import { Inputs } from "./names.js";

export interface ArgoInputs {
  connection: Connection;
  timeoutMs: number;
  intervalMs: number;
}

export function argoFromInputs(repoPath: string): ArgoInputs | undefined {
  const token = getString(Inputs.ArgoCdToken) || process.env.ARGOCD_AUTH_TOKEN || "";
  maskSecret(token);
  if (!token) return undefined;
  const server = getString(Inputs.ArgoCdServer) || process.env.ARGOCD_SERVER || "";
  const env = { ...process.env, ARGOCD_SERVER: server, ARGOCD_AUTH_TOKEN: token };
  const connection = connect(env, loadConfig(repoPath).config.argocd);
  for (const w of connection.settings.warnings) warning(w);
  return {
    connection,
    timeoutMs: parseDuration(getString(Inputs.WaitTimeout) || "10m", `input ${Inputs.WaitTimeout}`),
    intervalMs: parseDuration(getString(Inputs.PollInterval) || "15s", `input ${Inputs.PollInterval}`),
  };
}
