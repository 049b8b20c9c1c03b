/** What the promotion passes share for one service: the two trees, the changes, and what they leave behind. */
import type { YamlFile } from "../../core/src/index.js";
import type { Changeset } from "./changeset.js";
import type { ServiceFiles, YamlCache } from "./locate.js";
import type { ScalarText } from "./scalar.js";
import type { FieldRules, PromotionRequest } from "./services.js";
import { readField, type PathStep } from "./yaml-lookup.js";

/** A promotable field of the source env with no counterpart in the target env. */
export interface Unplaced {
  service: string;
  /** The source's file. */
  file: string;
  /** What the field sets, e.g. `Deployment/web spec.template.spec.containers[web].image`. */
  field: string;
  value: string;
}

/** Where each promoted service keeps its fields, per side. */
export interface ServicePair {
  service: string;
  rules: FieldRules;
  source: ServiceFiles;
  target: ServiceFiles;
}

export interface Context {
  set: Changeset;
  service: string;
  src: YamlCache;
  dst: YamlCache;
  notes: string[];
  request: PromotionRequest;
  unplaced: Unplaced[];
}

/** Both envs' parsed files, or undefined when either is missing. */
export async function both(ctx: Context, from: string | undefined, to: string | undefined) {
  const source = from ? await ctx.src.get(from) : undefined;
  const target = to ? await ctx.dst.get(to) : undefined;
  return source && target ? { source, target } : undefined;
}

/** Selectors for the entries of list `key` (by their `name`) in the first document. */
export function listEntries(file: YamlFile, key: string): { key: string; equals: ScalarText }[] {
  const document = file.documents[0];
  const list = (document?.value as Record<string, unknown> | null | undefined)?.[key];
  if (!document || !Array.isArray(list)) return [];
  const seen = new Set<string>();
  const out: { key: string; equals: ScalarText }[] = [];
  for (const entry of list as unknown[]) {
    const name = (entry as { name?: unknown } | null)?.name;
    if (typeof name !== "string" || seen.has(name)) continue;
    seen.add(name);
    const step = { key: "name", equals: { text: name, isString: true } };
    out.push({ key: "name", equals: read(file, [key, step], "name") ?? step.equals });
  }
  return out;
}

export function read(file: YamlFile, path: readonly PathStep[], key: string): ScalarText | undefined {
  const document = file.documents[0];
  return document ? readField(file, document, path, key).value : undefined;
}
