/**
 * `templatePatch`: the rendered patch (JSON when it starts with `{`, YAML
 * otherwise) applied as a Kubernetes strategic merge patch on the Application.
 * The Application type has merge strategies only on metadata.finalizers
 * (union) and metadata.ownerReferences (by uid); every other list is replaced,
 * maps merge, null deletes, and `$patch: replace|delete` work on maps.
 */
import { parseYaml } from "../yaml.js";
import { messageOf } from "../errors.js";
import { LIMITS } from "./budget.js";
import { isObject, type Json, type JsonObject } from "./render.js";
import { DepthError, toPlain, toGoValue } from "./params.js";

export class PatchError extends Error {}

/** ConvertYAMLToJSON + json.Unmarshal of the patch. */
export function parsePatch(text: string): Json {
  const trimmed = text.trim();
  let value: unknown;
  try {
    if (trimmed.startsWith("{")) value = JSON.parse(trimmed);
    else value = parseYaml(text, "templatePatch").documents[0]?.value ?? null;
  } catch (err) {
    throw new PatchError(
      `error while converting template to json ${JSON.stringify(trimmed.slice(0, 200))}: ${messageOf(err)}`,
    );
  }
  const plain = toPlain(toGoValue(value)) as Json;
  if (plain !== null && !isObject(plain)) {
    throw new PatchError(
      `invalid templatePatch ${JSON.stringify(trimmed.slice(0, 200))}: json: cannot unmarshal ${Array.isArray(plain) ? "array" : typeof plain} into Go value of type v1alpha1.Application`,
    );
  }
  return plain;
}

const MERGE_LISTS: Record<string, "set" | "uid"> = {
  "metadata.finalizers": "set",
  "metadata.ownerReferences": "uid",
};

export function strategicMerge(original: JsonObject, patch: Json): JsonObject {
  if (!isObject(patch)) return original;
  const merged = mergeMap(original, patch, "", 0);
  return isObject(merged) ? merged : {};
}

function mergeMap(original: JsonObject, patch: JsonObject, path: string, depth: number): Json | undefined {
  if (depth > LIMITS.maxDepth) throw new DepthError();
  const directive = patch.$patch;
  if (directive === "delete") return undefined;
  if (directive === "replace") {
    return Object.fromEntries(Object.entries(patch).filter(([k]) => k !== "$patch"));
  }
  const out: JsonObject = Object.fromEntries(Object.entries(original));
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith("$")) continue;
    const childPath = path === "" ? k : `${path}.${k}`;
    if (v === null) {
      Reflect.deleteProperty(out, k);
      continue;
    }
    const cur = Object.prototype.hasOwnProperty.call(original, k) ? original[k] : undefined;
    let next: Json | undefined;
    if (isObject(v) && isObject(cur)) next = mergeMap(cur, v, childPath, depth + 1);
    else if (isObject(v)) next = mergeMap({}, v, childPath, depth + 1);
    else if (Array.isArray(v) && Array.isArray(cur) && MERGE_LISTS[childPath])
      next = mergeList(cur, v, MERGE_LISTS[childPath]);
    else next = v;
    if (next === undefined) Reflect.deleteProperty(out, k);
    else Object.defineProperty(out, k, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function mergeList(original: Json[], patch: Json[], strategy: "set" | "uid"): Json[] {
  if (strategy === "set") {
    const out = [...original];
    for (const item of patch) if (!out.includes(item)) out.push(item);
    return out;
  }
  const out = [...original];
  for (const item of patch) {
    const uid = isObject(item) ? item.uid : undefined;
    const at = out.findIndex((o) => isObject(o) && o.uid === uid);
    if (at >= 0 && isObject(item)) {
      const cur = out[at];
      out[at] = isObject(cur) ? { ...cur, ...item } : item;
    } else {
      out.push(item);
    }
  }
  return out;
}
