/**
 * Text-level helpers for editing YAML in place: positions, indentation, and
 * rendering of the small structures promotion adds (a missing key, an
 * `images` entry). Everything here works on the original text so that what
 * the edit does not touch stays byte for byte as the author wrote it.
 */
import { Scalar } from "yaml";
import { renderScalar, type ScalarText } from "./scalar.js";

/** A replacement of `text[start, end)`; inserts have `start === end`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Something new to write: a scalar, or a map or sequence of new things. */
export type NewNode =
  | { kind: "scalar"; value: ScalarText }
  | { kind: "map"; entries: [string, NewNode][] }
  | { kind: "seq"; items: NewNode[] };

/** How this file indents: spaces per nesting level, and whether `- ` items sit under their key or indented. */
export interface IndentStyle {
  step: number;
  /** Columns from a key to the `-` of its block sequence (0 for kustomize's `images:\n- name`). */
  seqIndent: number;
}

/** Applies non-overlapping edits; inserts at one offset keep the order they were made in. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  let limit = Infinity;
  for (const e of ordered) {
    if (e.end > limit) throw new Error(`overlapping YAML edits at offset ${e.start}`);
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Offset of the start of the line holding `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos - 1) + 1;
}

/** Offset just past the line that holds `pos - 1` (a position at a line start is already there). */
export function endOfLine(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === "\n") return pos;
  const nl = text.indexOf("\n", pos);
  return nl === -1 ? text.length : nl + 1;
}

/** Column of `pos` in its line. */
export function columnOf(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** True when only spaces precede `pos` on its line (the node starts its line). */
export function startsLine(text: string, pos: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, pos), pos));
}

/** Renders a key as it would be written plainly, quoting only when needed. */
export function renderKey(key: string, inFlow: boolean): string {
  return renderScalar({ text: key, isString: true }, Scalar.PLAIN, inFlow);
}

/** Block lines for `key: value` at column `indent`, each ending in a newline. */
export function blockEntry(key: string, value: NewNode, indent: number, style: IndentStyle): string {
  const pad = " ".repeat(indent);
  const k = renderKey(key, false);
  if (value.kind === "scalar") return `${pad}${k}: ${renderScalar(value.value, value.value.type, false)}\n`;
  if (value.kind === "map") {
    return `${pad}${k}:\n${value.entries.map(([ck, cv]) => blockEntry(ck, cv, indent + style.step, style)).join("")}`;
  }
  return `${pad}${k}:\n${value.items.map((item) => blockItem(item, indent + style.seqIndent, style)).join("")}`;
}

/** Block lines for one sequence item whose `-` sits at column `dash`. */
export function blockItem(item: NewNode, dash: number, style: IndentStyle): string {
  if (item.kind === "scalar") {
    return `${" ".repeat(dash)}- ${renderScalar(item.value, item.value.type, false)}\n`;
  }
  if (item.kind === "seq") throw new Error("nested sequences are never created by promotion");
  const body = item.entries.map(([k, v]) => blockEntry(k, v, dash + 2, style)).join("");
  return `${" ".repeat(dash)}- ${body.slice(dash + 2)}`;
}

/** Flow text for a new node, for insertion inside `{...}` or `[...]`. */
export function flowNode(node: NewNode): string {
  if (node.kind === "scalar") return renderScalar(node.value, node.value.type, true);
  if (node.kind === "map") {
    return `{${node.entries.map(([k, v]) => `${renderKey(k, true)}: ${flowNode(v)}`).join(", ")}}`;
  }
  return `[${node.items.map(flowNode).join(", ")}]`;
}
