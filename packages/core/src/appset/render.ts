/**
 * Rendering an Application from a template and one parameter set, as Argo CD's
 * Render does: every string (and map key) goes through fasttemplate or Go's
 * text/template on its own, generator templates fill the gaps of the
 * ApplicationSet's template (mergo), and the deletion finalizer is added.
 */
import { LIMITS } from "./budget.js";
import { fastReplace } from "./fasttemplate.js";
import { renderGoTemplate } from "./gotemplate/index.js";
import type { MissingKey } from "./gotemplate/exec.js";
import type { Budget } from "./budget.js";
import { DepthError, type Params } from "./params.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Render.Replace: one string through the ApplicationSet's template engine. */
export interface Replacer {
  (text: string, params: Params): string;
}

export function makeReplacer(goTemplate: boolean, missingKey: MissingKey, budget: Budget): Replacer {
  if (goTemplate) return (text, params) => renderGoTemplate(text, params, missingKey, budget);
  return (text, params) => {
    const out = fastReplace(text, params);
    budget.write(out.length);
    return out;
  };
}

/**
 * deeplyReplace: strings and map keys rendered, nulls in maps dropped (Go
 * skips nil map values), everything else copied.
 */
export function renderDeep(
  value: Json | undefined,
  params: Params,
  replace: Replacer,
  depth = 0,
): Json | undefined {
  if (depth > LIMITS.maxDepth) throw new DepthError();
  if (typeof value === "string") return replace(value, params);
  if (Array.isArray(value)) return value.map((v) => renderDeep(v, params, replace, depth + 1) ?? null);
  if (isObject(value)) {
    const entries: [string, Json][] = [];
    for (const [k, v] of Object.entries(value)) {
      if (v === null) continue;
      const rendered = renderDeep(v, params, replace, depth + 1);
      if (rendered !== undefined) entries.push([replace(k, params), rendered]);
    }
    return Object.fromEntries(entries);
  }
  return value;
}

/** mergo's isEmptyValue for JSON. */
function isEmpty(v: Json | undefined): boolean {
  if (v === undefined || v === null || v === "" || v === false || v === 0) return true;
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/**
 * mergo.Merge(generatorTemplate, applicationSetTemplate): the generator's
 * template wins wherever it has a non-empty value; objects merge field by field.
 */
export function mergeTemplates(dst: Json | undefined, src: Json | undefined, depth = 0): Json | undefined {
  if (depth > LIMITS.maxDepth) throw new DepthError();
  if (isObject(dst) && isObject(src)) {
    const out: JsonObject = Object.fromEntries(Object.entries(dst));
    for (const [k, v] of Object.entries(src)) {
      const merged = Object.prototype.hasOwnProperty.call(dst, k) ? mergeTemplates(dst[k], v, depth + 1) : v;
      if (merged !== undefined)
        Object.defineProperty(out, k, {
          value: merged,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return out;
  }
  if (isEmpty(dst) && !isEmpty(src)) return src;
  if (dst === undefined) return src;
  return dst;
}

/** GetTempApplication: only these metadata fields of the template reach the Application. */
export function templateApplication(template: Json | undefined): JsonObject {
  const t = isObject(template) ? template : {};
  const meta = isObject(t.metadata) ? t.metadata : {};
  const metadata: JsonObject = {};
  for (const key of ["name", "namespace", "labels", "annotations", "finalizers"]) {
    const v = meta[key];
    if (v !== undefined && v !== null) metadata[key] = v;
  }
  return { metadata, spec: isObject(t.spec) ? t.spec : {} };
}

export const RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io";

/** RenderTemplateParams: render, then add the deletion finalizer unless resources are preserved. */
export function renderApplication(
  tmpl: JsonObject,
  params: Params,
  replace: Replacer,
  preserveResources: boolean,
): JsonObject {
  // Argo CD returns the template untouched (no finalizer either) for an empty parameter set.
  if (Object.keys(params).length === 0) return structuredClone(tmpl);
  const app = renderDeep(tmpl, params, replace);
  const out: JsonObject = isObject(app) ? app : {};
  const metadata: JsonObject = isObject(out.metadata) ? out.metadata : {};
  out.metadata = metadata;
  const finalizers = metadata.finalizers;
  if (!preserveResources && (!Array.isArray(finalizers) || finalizers.length === 0)) {
    metadata.finalizers = [RESOURCES_FINALIZER];
  }
  return out;
}
