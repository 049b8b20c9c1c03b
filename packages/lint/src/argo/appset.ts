import type { Finding } from "../../../core/src/finding.js";
import { isObject } from "../../../render/src/argo.js";
import type { ModelApplication } from "../../../core/src/model/types.js";
import { appLine, type AppView, type ArgoObject } from "./model.js";

/**
 * The Applications an ApplicationSet generates, as the repository model expanded them (the way
 * Argo CD's controller would), viewed for the reference checks: lines point at the
 * ApplicationSet's template.
 */
export function generatedApps(set: ArgoObject, generated: readonly ModelApplication[]): AppView[] {
  const apps: AppView[] = [];
  for (const g of generated) {
    if (g.applicationSet !== set.name || g.file !== set.at.file) continue;
    const app: AppView = {
      name: g.name,
      metadata: isObject(g.manifest.metadata) ? g.manifest.metadata : {},
      spec: isObject(g.manifest.spec) ? g.manifest.spec : {},
      at: set.at,
      base: ["spec", "template"],
      generatedBy: `ApplicationSet ${set.name}`,
      targets: g.targets,
    };
    if (set.env) app.env = set.env;
    apps.push(app);
  }
  return apps;
}

/**
 * An ApplicationSet that generates no Application although nothing it needs is live (a git
 * generator whose paths match no folder, an empty list): almost always a typo in a path.
 */
export function noMatch(set: ArgoObject, generated: number, needsLive: boolean): Finding[] {
  if (generated > 0 || needsLive) return [];
  const spec = isObject(set.value.spec) ? set.value.spec : {};
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const gi = generators.findIndex((g) => isObject(g) && isObject(g.git));
  const git = gi === -1 ? undefined : (generators[gi] as { git: Record<string, unknown> }).git;
  const key =
    git && Array.isArray(git.directories)
      ? "directories"
      : git && Array.isArray(git.files)
        ? "files"
        : undefined;
  const path = gi === -1 ? ["spec", "generators"] : ["spec", "generators", gi, "git", ...(key ? [key] : [])];
  const view: AppView = {
    name: set.name,
    metadata: {},
    spec: {},
    at: set.at,
    base: [],
  };
  return [
    {
      tool: "lint",
      rule: "argo/appset-no-match",
      severity: "error",
      message: `ApplicationSet ${set.name} generates no Application from this repository${key ? ` (no ${key === "files" ? "file" : "folder"} matches its git ${key})` : ""}`,
      file: set.at.file,
      line: appLine(view, path),
    },
  ];
}

/**
 * The template of an ApplicationSet whose generator needs the SCM or the live cluster (a
 * pullRequest generator with no pull request given) and so generated nothing here: its source
 * paths still name what it deploys. A `{{ }}` placeholder in a path stands for one folder name.
 */
export function liveTemplate(set: ArgoObject): AppView | undefined {
  const spec = isObject(set.value.spec) ? set.value.spec : {};
  const template = isObject(spec.template) ? spec.template : {};
  if (!isObject(template.spec)) return undefined;
  return {
    name: set.name,
    metadata: isObject(template.metadata) ? template.metadata : {},
    spec: template.spec,
    at: set.at,
    base: ["spec", "template"],
    generatedBy: `ApplicationSet ${set.name}`,
  };
}
