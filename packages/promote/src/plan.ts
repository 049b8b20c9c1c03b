/**
 * The promotion itself: for each service, read the promotable fields of the
 * source env and write them into the target env's files, and nothing else.
 */
import type { Layout } from "../../core/src/index.js";
import { locateFiles, YamlCache } from "./locate.js";
import { Changeset, type Change, type PlannedFile } from "./changeset.js";

export type { Change, PlannedFile } from "./changeset.js";
import { overlayOf, rulesFor, type FieldRules, type PromotionRequest } from "./services.js";
import type { Tree } from "./tree.js";
import { both, listEntries, read, type Context, type ServicePair, type Unplaced } from "./plan-context.js";
import {
  promoteConfigValues,
  promoteFiles,
  promoteHelmCharts,
  promoteInlineValues,
  promoteManifests,
} from "./plan-sites.js";

export { listEntries, type ServicePair, type Unplaced } from "./plan-context.js";

export interface PromotionPlan {
  request: PromotionRequest;
  changes: Change[];
  files: PlannedFile[];
  services: ServicePair[];
  /** Things the user should know, such as a target without a values file. */
  notes: string[];
  /** Promotable fields the source sets that have no place in the target: not promoted, and not equal. */
  unplaced: Unplaced[];
}

/** Plans the promotion of `request` reading the source env from `source` and the target env from `target`. */
export async function planPromotion(
  layout: Layout,
  request: PromotionRequest,
  source: Tree,
  target: Tree,
): Promise<PromotionPlan> {
  const src = new YamlCache(source);
  const dst = new YamlCache(target);
  const set = new Changeset();
  const notes: string[] = [];
  const unplaced: Unplaced[] = [];
  const services: ServicePair[] = [];
  for (const service of request.services) {
    const rules = rulesFor(layout, service);
    const pair: ServicePair = {
      service,
      rules,
      source: await locateFiles(src, overlayOf(layout, service, request.from)),
      target: await locateFiles(dst, overlayOf(layout, service, request.to)),
    };
    services.push(pair);
    const ctx = { set, service, src, dst, notes, request, unplaced };
    // Whole files first: a copied file takes no field edits.
    const copied = await promoteFiles(ctx, rules, pair);
    await promoteImages(ctx, rules, pair);
    await promoteValues(ctx, rules, pair);
    if (rules.chart) await promoteCharts(ctx, pair);
    await promoteHelmCharts(ctx, rules, pair);
    await promoteInlineValues(ctx, rules, pair);
    await promoteConfigValues(ctx, rules, pair);
    await promoteManifests(ctx, pair, copied);
  }
  return { request, changes: set.changes, files: set.files(), services, notes, unplaced };
}

async function promoteImages(ctx: Context, rules: FieldRules, pair: ServicePair): Promise<void> {
  const files = await both(ctx, pair.source.kustomization, pair.target.kustomization);
  if (!files) {
    if (pair.source.kustomization)
      ctx.notes.push(`${ctx.service}: the ${ctx.request.to} overlay has no kustomization`);
    return;
  }
  for (const step of listEntries(files.source, "images")) {
    for (const field of rules.images) {
      const value = read(files.source, ["images", step], field);
      ctx.set.field(ctx.service, files.target, 0, ["images", step], field, value);
    }
  }
}

async function promoteValues(ctx: Context, rules: FieldRules, pair: ServicePair): Promise<void> {
  const files = await both(ctx, pair.source.values, pair.target.values);
  if (!files) {
    if (pair.source.values) ctx.notes.push(`${ctx.service}: no Helm values file found for ${ctx.request.to}`);
    return;
  }
  for (const dotted of rules.values) {
    const path = dotted.split(".");
    const key = path.pop() ?? dotted;
    ctx.set.field(ctx.service, files.target, 0, path, key, read(files.source, path, key));
  }
}

async function promoteCharts(ctx: Context, pair: ServicePair): Promise<void> {
  const charts = await both(ctx, pair.source.chart, pair.target.chart);
  if (charts) {
    const targetDeps = new Set(listEntries(charts.target, "dependencies").map((s) => s.equals.text));
    for (const step of listEntries(charts.source, "dependencies")) {
      const value = read(charts.source, ["dependencies", step], "version");
      if (!targetDeps.has(step.equals.text)) {
        // A dependency only the source has is a change of the chart, not a promotable value.
        if (value) {
          const field = `dependencies[${step.equals.text}].version`;
          ctx.unplaced.push({ service: ctx.service, file: charts.source.file, field, value: value.text });
        }
        continue;
      }
      ctx.set.field(ctx.service, charts.target, 0, ["dependencies", step], "version", value);
    }
  }
  for (const app of pair.source.apps) {
    for (const source of app.sources) {
      if (!source.chart) continue;
      const match = pair.target.apps
        .flatMap((a) => a.sources.map((s) => ({ a, s })))
        .find((x) => x.s.chart === source.chart);
      const file = match ? await ctx.dst.get(match.a.file) : undefined;
      if (!match || !file) continue;
      ctx.set.field(ctx.service, file, match.a.doc, match.s.path, "targetRevision", source.targetRevision);
    }
  }
}
