import { missingToolsError, findTool } from "../../tools/src/locate.js";
import type { KustomizeTool } from "./kustomize.js";
import type { RenderConfig } from "../../core/src/config.js";

/** The binaries a render needs, found on PATH or in the setup-tools cache. */
export interface RenderTools {
  kustomize?: KustomizeTool;
  helm?: string;
}

/**
 * Finds kustomize (or kubectl) and helm when the selected targets need them.
 * Missing ones end the run with exit 2, naming each and how to install it.
 */
export function locateRenderTools(
  need: { kustomize: boolean; helm: boolean },
  config: RenderConfig,
  env: NodeJS.ProcessEnv = process.env,
): RenderTools {
  const missing: string[] = [];
  const tools: RenderTools = {};
  const helm = need.helm || need.kustomize ? findTool("helm", env) : undefined;
  if (need.helm && !helm) missing.push("helm");
  if (helm) tools.helm = helm;
  if (need.kustomize) {
    const kustomize = config.kustomize !== "kubectl" ? findTool("kustomize", env) : undefined;
    const kubectl = config.kustomize !== "kustomize" && !kustomize ? findTool("kubectl", env) : undefined;
    if (kustomize) tools.kustomize = { kind: "kustomize", path: kustomize };
    else if (kubectl) tools.kustomize = { kind: "kubectl", path: kubectl };
    else missing.push(config.kustomize === "kubectl" ? "kubectl" : "kustomize");
    if (tools.kustomize && helm) tools.kustomize.helm = helm;
  }
  if (missing.length > 0) throw missingToolsError(missing, "render the targets");
  return tools;
}
