import { getString } from "./inputs.js";
import { maskSecret } from "./secrets.js";

/**
 * The environment the Argo CD client reads (ARGOCD_SERVER, ARGOCD_AUTH_TOKEN), with the step's
 * `argocd-server` and `argocd-token` inputs winning over the job's variables, as the argocd CLI's
 * flags win over its variables. The variable's token is masked too: it may be the one in use.
 */
export function argocdEnv(): NodeJS.ProcessEnv {
  maskSecret(process.env.ARGOCD_AUTH_TOKEN);
  const server = getString("argocd-server");
  const token = getString("argocd-token");
  maskSecret(token);
  return {
    ...process.env,
    ...(server ? { ARGOCD_SERVER: server } : {}),
    ...(token ? { ARGOCD_AUTH_TOKEN: token } : {}),
  };
}
