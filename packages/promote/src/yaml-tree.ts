/**
 * The tree of requested field changes behind a YAML edit, and what it
 * takes to write parts of it that do not exist yet: new keys and list
 * entries, indented the way the file already indents.
 */
import { isMap, isSeq, visit, type YAMLMap, type YAMLSeq } from "yaml";
import type { YamlDocument } from "../../core/src/index.js";
import type { ScalarText } from "./scalar.js";
import type { PathStep } from "./yaml-lookup.js";
import { blockEntry, columnOf, type IndentStyle, type NewNode, type TextEdit } from "./yaml-text.js";

/** A requested field: set to `value`, or removed when it is null. */
export interface Leaf {
  kind: "leaf";
  key: string;
  value: ScalarText | null;
}
/** A map or list entry on the way to requested fields. */
export interface Branch {
  kind: "branch";
  step: PathStep;
  children: Map<string, Child>;
}
export type Child = Leaf | Branch;

/** The key of a step among its siblings. */
export const stepId = (step: PathStep): string =>
  typeof step === "string" ? `k:${step}` : `s:${step.key}=${step.equals.text}`;

/** Edits that add `children` at the end of a file whose (last) document is empty. */
export function appendToRoot(text: string, children: Map<string, Child>, style = DEFAULT_STYLE): TextEdit[] {
  const created = newFromChildren(children);
  if (!created) return [];
  if (created.kind !== "map") throw new Error("a YAML document cannot start as a list entry");
  const lead = text === "" || text.endsWith("\n") ? "" : "\n";
  const body = created.entries.map(([k, v]) => blockEntry(k, v, 0, style)).join("");
  return [{ start: text.length, end: text.length, text: lead + body }];
}

export const DEFAULT_STYLE: IndentStyle = { step: 2, seqIndent: 2 };

/** What to write for requested fields that do not exist yet; undefined when there is nothing to set. */
export function newFromChildren(
  children: Map<string, Child>,
  selector?: Exclude<PathStep, string>,
): NewNode | undefined {
  const list = [...children.values()];
  if (!selector && list.length > 0 && list.every((c) => c.kind === "branch" && typeof c.step !== "string")) {
    const items = list.flatMap((c) =>
      c.kind === "branch" && typeof c.step !== "string" ? (newFromChildren(c.children, c.step) ?? []) : [],
    );
    return items.length > 0 ? { kind: "seq", items } : undefined;
  }
  const entries: [string, NewNode][] = [];
  for (const child of list) {
    if (child.kind === "leaf") {
      if (child.value) entries.push([child.key, { kind: "scalar", value: child.value }]);
    } else if (typeof child.step === "string") {
      const sub = newFromChildren(child.children);
      if (sub) entries.push([child.step, sub]);
    } else {
      throw new Error("a list entry selector under a map key that is also a map");
    }
  }
  if (entries.length === 0) return undefined;
  if (selector) entries.unshift([selector.key, { kind: "scalar", value: selector.equals }]);
  return { kind: "map", entries };
}

/** The indentation this document already uses, so added lines look like their neighbours. */
export function detectStyle(document: YamlDocument, text: string): IndentStyle {
  let step: number | undefined;
  let seqIndent: number | undefined;
  visit(document.doc, {
    Pair(_, pair) {
      const key = (pair.key as { range?: [number, number, number] } | null)?.range;
      const value = pair.value as YAMLMap | YAMLSeq | null;
      if (!key || !value || value.flow || !(isMap(value) || isSeq(value))) return undefined;
      const first = value.items[0] as { key?: { range?: number[] }; range?: number[] } | undefined;
      const keyColumn = columnOf(text, key[0]);
      if (isMap(value) && step === undefined && first?.key?.range?.[0] !== undefined) {
        step = columnOf(text, first.key.range[0]) - keyColumn;
      }
      if (isSeq(value) && seqIndent === undefined && first?.range?.[0] !== undefined) {
        seqIndent = columnOf(text, text.lastIndexOf("-", first.range[0])) - keyColumn;
      }
      return step !== undefined && seqIndent !== undefined ? visit.BREAK : undefined;
    },
  });
  return {
    step: step && step > 0 ? step : DEFAULT_STYLE.step,
    seqIndent: seqIndent !== undefined && seqIndent >= 0 ? seqIndent : DEFAULT_STYLE.seqIndent,
  };
}
