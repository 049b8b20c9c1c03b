import { CONFIG_FILE } from "../config.js";
import { UserError } from "../errors.js";
import type { RepoModel, Target } from "./types.js";

/** One target as `gitops targets --json` and the plan action give it. */
export interface TargetJson {
  id: string;
  env: string;
  service?: string;
  kind: string;
  source: string;
  origin: Target["origin"];
  root?: string;
  /** Names of the Applications that deploy it. */
  applications: string[];
  /** With `--explain`: why it was found and how it was named. */
  reasons?: string[];
}

/** One Application as `gitops targets --json` gives it. */
export interface ApplicationJson {
  name: string;
  namespace: string;
  project: string;
  file: string;
  line: number;
  applicationSet: string | null;
  targets: string[];
  destination: { server?: string; name?: string; namespace?: string };
}

/** The model as JSON: the chosen targets, and the Applications that deploy any of them. */
export function modelJson(
  model: RepoModel,
  targets: readonly Target[],
  options: { explain?: boolean } = {},
): { environments: string[]; targets: TargetJson[]; applications: ApplicationJson[] } {
  const chosen = new Set(targets.map((t) => t.id));
  // Unfiltered, every Application is listed (those that render nothing here too).
  const all = targets.length === model.targets.length;
  return {
    environments: model.environments,
    targets: targets.map((t) => targetJson(t, options.explain === true)),
    applications: model.applications
      .filter((a) => all || a.targets.some((id) => chosen.has(id)))
      .map((a) => ({
        name: a.name,
        namespace: a.namespace,
        project: a.project,
        file: a.file,
        line: a.line,
        applicationSet: a.applicationSet,
        targets: a.targets,
        destination: a.destination,
      })),
  };
}

function targetJson(t: Target, explain: boolean): TargetJson {
  const out: TargetJson = {
    id: t.id,
    env: t.env,
    kind: t.kind,
    source: t.source,
    origin: t.origin,
    applications: [...new Set(t.applications.map((a) => a.name))],
  };
  if (t.service) out.service = t.service;
  if (t.root) out.root = t.root;
  if (explain) out.reasons = t.reasons.filter(Boolean);
  return out;
}

/** `gitops targets --explain` as text: each target, then why. */
export function explainText(targets: readonly Target[]): string {
  const lines: string[] = [];
  for (const t of targets) {
    lines.push(`${t.id}  (${t.kind}, env ${t.env || "none: shared"}, service ${t.service ?? "none"})`);
    for (const r of t.reasons.filter(Boolean)) lines.push(`  - ${r}`);
    for (const a of t.applications) {
      lines.push(
        `  - deployed by Application ${a.name} (${a.file}:${a.line}${a.applicationSet ? `, ApplicationSet ${a.applicationSet}` : ""})`,
      );
    }
  }
  return lines.join("\n") + "\n";
}

/** A repo with nothing to check: say where we looked and how to point us elsewhere. */
export function noTargets(layout: RepoModel): UserError {
  const where = layout.configFile ? `targets.roots in ${CONFIG_FILE}` : `targets.roots in a ${CONFIG_FILE}`;
  const looked =
    layout.config.targets.roots.length > 0
      ? `no kustomization, chart or manifest folder under ${layout.config.targets.roots.join(", ")}`
      : "no kustomization or chart that nothing else uses, no manifest folder under an env folder";
  return new UserError(
    `no targets in ${layout.repo}: ${looked}, and no Argo CD Application points into the repository; ` +
      `set ${where} to where your overlays live`,
    layout.configFile ? CONFIG_FILE : undefined,
  );
}
