/**
 * One pass over one parsed document that turns the requested field tree
 * into text edits: scalar ranges replaced, pairs removed by their lines,
 * new keys and entries inserted beside their siblings.
 */
import { isMap, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import { lineOfOffset, UserError, type YamlDocument, type YamlFile } from "../../core/src/index.js";
import { renderScalar, type ScalarText } from "./scalar.js";
import { findEntry, findPair, resolveNode } from "./yaml-lookup.js";
import { appendToRoot, detectStyle, newFromChildren, type Child } from "./yaml-tree.js";
import {
  blockEntry,
  blockItem,
  columnOf,
  endOfLine,
  flowNode,
  renderKey,
  startsLine,
  type IndentStyle,
  type NewNode,
  type TextEdit,
} from "./yaml-text.js";

interface Insert {
  anchor?: Pair | undefined;
  key: string;
  value: NewNode;
}

/** One pass over one document, turning the requested tree into text edits. */
export class Walk {
  private readonly style: IndentStyle;
  private readonly text: string;
  private readonly replaced = new Map<number, TextEdit>();

  constructor(
    private readonly file: YamlFile,
    private readonly document: YamlDocument,
    private readonly edits: TextEdit[],
  ) {
    this.text = file.text;
    this.style = detectStyle(document, this.text);
  }

  root(children: Map<string, Child>): void {
    const node = resolveNode(this.document, this.document.doc.contents);
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) {
      if (this.document !== this.file.documents.at(-1)) {
        throw this.error(this.document.line, "cannot add promoted fields to an empty YAML document");
      }
      this.edits.push(...appendToRoot(this.text, children, this.style));
      return;
    }
    this.collection(node, children, false, undefined);
  }

  private collection(node: unknown, children: Map<string, Child>, inFlow: boolean, selector?: string): void {
    if (isMap(node)) this.map(node, children, inFlow || Boolean(node.flow), selector);
    else if (isSeq(node)) this.seq(node, children, inFlow || Boolean(node.flow));
    else throw this.error(this.lineOfNode(node), "expected a map or a list here");
  }

  private map(map: YAMLMap, children: Map<string, Child>, inFlow: boolean, selector?: string): void {
    const inserts: Insert[] = [];
    let previous: Pair | undefined;
    for (const child of children.values()) {
      if (child.kind === "leaf") {
        const pair = findPair(map, child.key);
        if (pair) {
          this.leaf(map, pair, child.value, inFlow);
          if (!previous || map.items.indexOf(pair) > map.items.indexOf(previous)) previous = pair;
        } else if (child.value) {
          const anchor = previous ?? (selector ? findPair(map, selector) : undefined);
          inserts.push({ anchor, key: child.key, value: { kind: "scalar", value: child.value } });
        }
        continue;
      }
      if (typeof child.step !== "string") throw this.error(this.lineOfNode(map), "expected a list here");
      const pair = findPair(map, child.step);
      const value = resolveNode(this.document, pair?.value);
      if (pair && !(isScalar(value) && value.value === null)) {
        this.collection(value, child.children, inFlow);
        continue;
      }
      if (pair) throw this.error(this.lineOfNode(pair.key), `"${child.step}" has no value; give it a map`);
      const created = newFromChildren(child.children);
      if (created) inserts.push({ key: child.step, value: created });
    }
    this.insertIntoMap(map, inserts, inFlow);
  }

  private seq(seq: YAMLSeq, children: Map<string, Child>, inFlow: boolean): void {
    const appends: NewNode[] = [];
    for (const child of children.values()) {
      if (child.kind !== "branch" || typeof child.step === "string") {
        throw this.error(this.lineOfNode(seq), "expected a map here, found a list");
      }
      const entry = findEntry(this.document, seq, child.step);
      if (entry !== undefined) {
        this.collection(resolveNode(this.document, entry), child.children, inFlow, child.step.key);
        continue;
      }
      const created = newFromChildren(child.children, child.step);
      if (created) appends.push(created);
    }
    if (appends.length === 0) return;
    const last = seq.items.at(-1) as { range?: [number, number, number] } | undefined;
    if (inFlow || !last?.range) {
      const close = this.text.lastIndexOf("]", seq.range?.[1] ?? 0);
      const at = last?.range ? last.range[1] : close;
      const sep = last?.range ? ", " : "";
      this.edits.push({ start: at, end: at, text: sep + appends.map(flowNode).join(", ") });
      return;
    }
    const first = seq.items[0] as { range: [number, number, number] };
    const dash = this.text.lastIndexOf("-", first.range[0]);
    const at = endOfLine(this.text, last.range[1]);
    const lead = at === this.text.length && !this.text.endsWith("\n") ? "\n" : "";
    const body = appends.map((n) => blockItem(n, columnOf(this.text, dash), this.style)).join("");
    this.edits.push({ start: at, end: at, text: lead + body });
  }

  private leaf(map: YAMLMap, pair: Pair, value: ScalarText | null, inFlow: boolean): void {
    const node = resolveNode(this.document, pair.value);
    if (value === null) {
      if (node !== null && node !== undefined) this.deletePair(map, pair, inFlow);
      return;
    }
    if (!isScalar(node) || !node.range) {
      throw this.error(this.lineOfNode(pair.key), `"${String(pair.key)}" holds a map or list, not a value`);
    }
    const [start, end] = node.range;
    const old = this.text.slice(start, end);
    let text: string;
    if (node.value === null) {
      text = (start === end ? " " : "") + renderScalar(value, value.type, inFlow);
    } else if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
      text = JSON.stringify(value.text) + (old.endsWith("\n") ? "\n" : "");
    } else {
      text = renderScalar(value, node.type, inFlow);
    }
    // Two fields may share one anchored scalar; it can take only one value.
    const same = this.replaced.get(start);
    if (same) {
      if (same.text !== text)
        throw this.error(this.lineOfNode(node), "two promoted fields share this anchored value");
      return;
    }
    const edit = { start, end, text };
    this.replaced.set(start, edit);
    this.edits.push(edit);
  }

  private deletePair(map: YAMLMap, pair: Pair, inFlow: boolean): void {
    const index = map.items.indexOf(pair);
    const prev = map.items[index - 1];
    const next = map.items[index + 1];
    const keyStart = rangeOf(pair.key)[0];
    const valueEnd = pairEnd(pair);
    if (inFlow) {
      if (prev) this.edits.push({ start: pairEnd(prev), end: valueEnd, text: "" });
      else if (next) this.edits.push({ start: keyStart, end: rangeOf(next.key)[0], text: "" });
      else this.edits.push({ start: keyStart, end: valueEnd, text: "" });
      return;
    }
    if (startsLine(this.text, keyStart)) {
      const from = keyStart - columnOf(this.text, keyStart);
      this.edits.push({ start: from, end: endOfLine(this.text, valueEnd), text: "" });
    } else if (next) {
      // `- digest: x` opening a list entry: the next key moves up behind the dash.
      this.edits.push({ start: keyStart, end: rangeOf(next.key)[0], text: "" });
    } else {
      throw this.error(this.lineOfNode(pair.key), "cannot remove the only field of a list entry");
    }
  }

  private insertIntoMap(map: YAMLMap, inserts: Insert[], inFlow: boolean): void {
    if (inserts.length === 0) return;
    const last = map.items.at(-1);
    if (inFlow || !last) {
      const close = this.text.lastIndexOf("}", map.range?.[1] ?? 0);
      const at = last ? pairEnd(last) : close;
      const parts = inserts.map((i) => `${renderKey(i.key, true)}: ${flowNode(i.value)}`);
      this.edits.push({ start: at, end: at, text: (last ? ", " : "") + parts.join(", ") });
      return;
    }
    const indent = columnOf(this.text, rangeOf(map.items[0]?.key)[0]);
    const groups = new Map<Pair, Insert[]>();
    for (const insert of inserts) {
      const anchor = insert.anchor ?? last;
      groups.set(anchor, [...(groups.get(anchor) ?? []), insert]);
    }
    for (const [anchor, group] of groups) {
      const at = endOfLine(this.text, pairEnd(anchor));
      const lead = at === this.text.length && !this.text.endsWith("\n") ? "\n" : "";
      const body = group.map((i) => blockEntry(i.key, i.value, indent, this.style)).join("");
      this.edits.push({ start: at, end: at, text: lead + body });
    }
  }

  private lineOfNode(node: unknown): number {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? lineOfOffset(this.file.lineCounter, range[0]) : this.document.line;
  }

  private error(line: number, message: string): UserError {
    return new UserError(`${this.file.file}:${line}: ${message}`, this.file.file, line);
  }
}

function rangeOf(node: unknown): [number, number, number] {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (!range) throw new Error("YAML node without a source range");
  return range;
}

/** Where a pair's text ends: after its value, or after its key when the value is empty. */
function pairEnd(pair: Pair): number {
  const value = pair.value as { range?: [number, number, number] } | null;
  return value?.range ? value.range[1] : rangeOf(pair.key)[1];
}
