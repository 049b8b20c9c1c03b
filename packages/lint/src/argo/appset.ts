import { isObject } from "../../../render/src/argo.js";
import type { ModelApplication } from "../../../core/src/model/types.js";
import type { AppView, ArgoObject } from "./model.js";

/**
 * The Applications an ApplicationSet generates, as the repository model expanded them (the way
 * Argo CD's controller would), viewed for the reference checks: lines point at the
 * ApplicationSet's template.
 */
export function generatedApps(set: ArgoObject, generated: readonly ModelApplication[]): AppView[] {
  const apps: AppView[] = [];
  for (const g of generated) {
    if (g.applicationSet !== set.name || g.file !== set.file.file) continue;
    const app: AppView = {
      name: g.name,
      metadata: isObject(g.manifest.metadata) ? g.manifest.metadata : {},
      spec: isObject(g.manifest.spec) ? g.manifest.spec : {},
      file: set.file,
      document: set.document,
      base: ["spec", "template"],
      generatedBy: `ApplicationSet ${set.name}`,
    };
    if (set.env) app.env = set.env;
    apps.push(app);
  }
  return apps;
}
