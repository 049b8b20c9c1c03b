/**
 * Reading promotable fields out of a parsed YAML document by path, where a
 * path step is a map key or "the list entry whose `name` is X" (how
 * kustomize's `images` are matched).
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";
import { lineOfOffset, UserError, type YamlDocument, type YamlFile } from "../../core/src/index.js";
import { scalarText, type ScalarText } from "./scalar.js";

/** A map key, or the entry of a list whose field `key` holds `equals`. */
export type PathStep = string | { key: string; equals: ScalarText };

/** What a field lookup found. */
export interface FieldValue {
  /** The value, or undefined when the field (or a map on its way) is absent or null. */
  value?: ScalarText;
  /** 1-based line of the field, or of the deepest part of the path that exists. */
  line: number;
}

/** The node an alias points at, or the node itself. */
export function resolveNode(document: YamlDocument, node: unknown): unknown {
  return isAlias(node) ? node.resolve(document.doc) : node;
}

/** The pair of `map` whose key is `key` (compared as text). */
export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === key);
}

/** The entry of a list that `step` selects, if any. */
export function findEntry(document: YamlDocument, list: unknown, step: Exclude<PathStep, string>): unknown {
  if (!isSeq(list)) return undefined;
  return list.items.find((item) => {
    const map = resolveNode(document, item);
    if (!isMap(map)) return false;
    return scalarText(resolveNode(document, findPair(map, step.key)?.value))?.text === step.equals.text;
  });
}

/** `images[ghcr.io/x].newTag`-style text for messages and change tables. */
export function formatPath(path: readonly PathStep[], key?: string): string {
  let out = "";
  for (const step of path)
    out += typeof step === "string" ? (out ? `.${step}` : step) : `[${step.equals.text}]`;
  if (key !== undefined) out += out ? `.${key}` : key;
  return out;
}

/**
 * The scalar at `path` + `key`. An absent field is `value: undefined`; a
 * field that holds a map or list where a scalar belongs is a `UserError`
 * naming the file and line, since promoting it would copy a whole structure.
 */
export function readField(
  file: YamlFile,
  document: YamlDocument,
  path: readonly PathStep[],
  key: string,
): FieldValue {
  let node: unknown = resolveNode(document, document.doc.contents);
  let line = document.line;
  for (const step of [...path, key]) {
    let next: unknown;
    let at: unknown;
    if (typeof step === "string") {
      if (!isMap(node)) return { line };
      const pair = findPair(node, step);
      at = pair?.key;
      next = pair?.value;
    } else {
      at = next = findEntry(document, node, step);
    }
    if (next === undefined || next === null) return { line };
    line = lineOf(file, at, line);
    node = resolveNode(document, next);
  }
  if (isMap(node) || isSeq(node)) {
    throw new UserError(
      `${file.file}:${line}: ${formatPath(path, key)} holds a ${isMap(node) ? "map" : "list"}, not a single value; promotion copies scalars only`,
      file.file,
      line,
    );
  }
  const value = scalarText(node);
  return value ? { value, line } : { line };
}

function lineOf(file: YamlFile, node: unknown, fallback: number): number {
  const range = (node as Node | undefined)?.range;
  return range ? lineOfOffset(file.lineCounter, range[0]) : fallback;
}
