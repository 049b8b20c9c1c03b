import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../../core/src/finding.js";
import { isObject } from "../../../render/src/argo.js";
import type { IndexEntry } from "../../../render/src/output.js";
import type { ArgoContext } from "./checks.js";
import { argo, localPaths } from "./checks.js";
import { appLabel, type AppView, type ArgoObject } from "./model.js";

export const SYNC_WAVE = "argocd.argoproj.io/sync-wave";

/** Argo CD parses sync waves with strconv.Atoi: an optional sign and digits. */
export function isSyncWave(value: unknown): boolean {
  return typeof value === "string" && /^[+-]?\d+$/.test(value.trim()) && value.trim() === value;
}

/**
 * Two Applications deploying the same object to the same cluster fight over it. A cluster is the
 * env folder plus the destination server (staging and prod may both say kubernetes.default.svc);
 * an object is group/kind, namespace (its own, else the Application's) and name.
 */
export function checkDuplicates(
  ctx: ArgoContext,
  apps: readonly AppView[],
  targetOf: (ctx: ArgoContext, app: AppView) => IndexEntry | undefined,
): Finding[] {
  const out: Finding[] = [];
  const owners = new Map<string, AppView>();
  for (const app of apps) {
    const target = targetOf(ctx, app);
    if (!target) continue;
    const dest = isObject(app.spec.destination) ? app.spec.destination : {};
    const server =
      typeof dest.server === "string" ? dest.server : typeof dest.name === "string" ? dest.name : "";
    const destNs = typeof dest.namespace === "string" ? dest.namespace : "";
    const seen = new Set<string>();
    for (const r of ctx.byTarget.get(target.id) ?? []) {
      const group = r.apiVersion.includes("/") ? r.apiVersion.split("/")[0] : "";
      const namespaced = ctx.namespaced(r.apiVersion, r.kind) ?? true;
      const ns = namespaced ? (r.namespace ?? destNs) : "";
      const key = `${app.env ?? ""}|${server}|${group ?? ""}/${r.kind}|${ns}|${r.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, app);
      } else if (owner !== app) {
        out.push(
          argo(
            app,
            "argo/duplicate-resource",
            "error",
            `deploys ${r.kind} ${ns ? `${ns}/` : ""}${r.name} to ${server || "the same cluster"}, which ${appLabel(owner)} (${owner.at.file}) deploys too`,
            ["spec", "destination"],
          ),
        );
      }
    }
  }
  return out;
}

/** Sync-wave annotations on the Argo CD objects (and ApplicationSet templates) must be integers. */
export function checkSyncWaves(_ctx: ArgoContext, objects: readonly ArgoObject[]): Finding[] {
  const out: Finding[] = [];
  const check = (o: ArgoObject, metadata: unknown, path: (string | number)[]) => {
    const annotations = isObject(metadata) && isObject(metadata.annotations) ? metadata.annotations : {};
    const wave = annotations[SYNC_WAVE];
    if (wave === undefined || isSyncWave(wave) || (typeof wave === "string" && wave.includes("{{"))) return;
    out.push({
      tool: "lint",
      rule: "argo/sync-wave",
      severity: "error",
      message: `${o.kind} ${o.name}: sync-wave ${JSON.stringify(wave)} is not an integer`,
      file: o.at.file,
      line: o.at.lineOf([...path, "annotations", SYNC_WAVE]),
    });
  };
  for (const o of objects) {
    check(o, o.value.metadata, ["metadata"]);
    const spec = isObject(o.value.spec) ? o.value.spec : {};
    if (o.kind === "ApplicationSet" && isObject(spec.template))
      check(o, spec.template.metadata, ["spec", "template", "metadata"]);
  }
  return out;
}

/**
 * Every `apps/<service>/overlays/<env>` folder should be deployed by some Application: through
 * its source path, a Helm value file in it, or a kustomization the Application renders. The
 * templates of ApplicationSets that generated nothing here because they need a live source (a
 * pullRequest generator's previews) deploy their source paths too, `{{ }}` matching one folder.
 */
export function checkOverlaysReferenced(
  ctx: ArgoContext,
  apps: readonly AppView[],
  targetOf: (ctx: ArgoContext, app: AppView) => IndexEntry | undefined,
  templates: readonly AppView[] = [],
): Finding[] {
  const patterns = templates.flatMap((t) => localPaths(ctx, t).flatMap((p) => templatePattern(p.path) ?? []));
  const used = new Set<string>();
  for (const app of apps) {
    for (const { source, path } of localPaths(ctx, app)) {
      used.add(path);
      const helm = isObject(source.helm) ? source.helm : {};
      for (const f of Array.isArray(helm.valueFiles) ? helm.valueFiles : []) {
        if (typeof f === "string") used.add(join(path, f).replace(/\/[^/]*$/, ""));
      }
    }
    const target = targetOf(ctx, app);
    for (const f of target ? (ctx.inputs.get(target.id) ?? []) : []) used.add(f.replace(/\/[^/]*$/, ""));
  }
  const out: Finding[] = [];
  for (const overlay of overlayFolders(ctx.repo)) {
    if ([...used].some((u) => u === overlay || u.startsWith(`${overlay}/`))) continue;
    if (patterns.some((p) => p.test(overlay))) continue;
    const file = ["kustomization.yaml", "kustomization.yml", "values.yaml", "Chart.yaml"]
      .map((f) => `${overlay}/${f}`)
      .find((f) => existsSync(join(ctx.repo, f)));
    out.push({
      tool: "lint",
      rule: "argo/unreferenced-overlay",
      severity: "warning",
      message: `overlay ${overlay} is not deployed by any Application or ApplicationSet under argo-apps/`,
      file: file ?? overlay,
    });
  }
  return out;
}

/**
 * A template's source path as a pattern: the folder itself or anything below it. A path that
 * starts with a placeholder (`{{path}}`) says nothing about which folder: none.
 */
function templatePattern(path: string): RegExp | undefined {
  if (path.startsWith("{{")) return undefined;
  const parts = path.split(/\{\{.*?\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[^/]+")}(/.*)?$`);
}

function overlayFolders(repo: string): string[] {
  const out: string[] = [];
  for (const service of list(join(repo, "apps"))) {
    for (const env of list(join(repo, "apps", service, "overlays")))
      out.push(`apps/${service}/overlays/${env}`);
  }
  return out;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith("."))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}
