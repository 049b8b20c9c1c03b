/**
 * YAML written as a string inside YAML: an Application's `helm.values: |` and a kustomization's
 * inline `patches[].patch: |`. The string is parsed as a file of its own, so every locator and
 * the editor work on it unchanged; an edit then goes back into the outer file line by line,
 * re-indented, so the lines of the string that did not change (comments included) and the
 * whole rest of the file stay byte-identical.
 *
 * Only literal block scalars (`|`, `|-`, `|+`, no explicit indentation digit) are edited: there
 * each line of the value is one line of the file plus the block's indent. A folded (`>`) or
 * quoted string would have to be re-flowed or re-escaped, so it is read as having no fields.
 */
import { isScalar, Scalar } from "yaml";
import { parseYaml, type YamlFile } from "../../core/src/index.js";
import type { TextEdit } from "./yaml-text.js";

/** Keys and list indexes from a document's root to a node, e.g. `["patches", 2, "patch"]`. */
export type NodeKeys = (string | number)[];

/** Where a YAML string sits in its file. */
export interface Embedding {
  outer: YamlFile;
  doc: number;
  keys: NodeKeys;
  /** The string's place, as the change table prefixes its fields: `patches[2].patch`. */
  field: string;
  /** One string per file, document and place. */
  id: string;
  /** Lines before the string's first line in the outer file (to report outer line numbers). */
  lineOffset: number;
  indent: number;
  /** Offsets of the value's lines in the outer text, plus the offset just past the last one. */
  lineStarts: number[];
}

/** A YAML string parsed as a file: `file` is the outer file's path, `text` the string's value. */
export interface EmbeddedFile extends YamlFile {
  embedding: Embedding;
}

export function isEmbedded(file: YamlFile): file is EmbeddedFile {
  return "embedding" in file;
}

/** The literal block string at `keys` of document `doc` parsed as YAML, or undefined when it is none. */
export function embeddedFile(outer: YamlFile, doc: number, keys: NodeKeys): EmbeddedFile | undefined {
  const document = outer.documents[doc];
  const node = document?.doc.getIn(keys, true);
  if (
    !isScalar(node) ||
    node.type !== Scalar.BLOCK_LITERAL ||
    typeof node.value !== "string" ||
    !node.range
  ) {
    return undefined;
  }
  const value = node.value;
  const text = outer.text;
  const header = text.indexOf("\n", node.range[0]);
  if (header < 0 || /\d/.test(text.slice(node.range[0], header).replace(/#.*$/, ""))) return undefined;
  const lines = contentLines(value);
  const lineStarts: number[] = [];
  let at = header + 1;
  let indent = -1;
  for (const line of lines) {
    const end = text.indexOf("\n", at);
    const raw = text.slice(at, end < 0 ? text.length : end);
    if (indent < 0 && raw.trim() !== "") indent = raw.length - raw.trimStart().length;
    // A line that does not read back as the value's line (tabs, CRLF, escapes): not editable.
    const read = raw.trim() === "" && line === "" ? "" : raw.slice(Math.max(indent, 0));
    if (read !== line || (raw.trim() !== "" && !raw.startsWith(" ".repeat(indent)))) return undefined;
    lineStarts.push(at);
    at = end < 0 ? text.length : end + 1;
  }
  lineStarts.push(at);
  if (indent < 0) return undefined;
  let parsed: YamlFile;
  try {
    parsed = parseYaml(value, outer.file);
  } catch {
    // A string that is not YAML holds no fields.
    return undefined;
  }
  const field = formatKeys(keys);
  const lineOffset = text.slice(0, lineStarts[0]).split("\n").length - 1;
  return {
    ...parsed,
    embedding: {
      outer,
      doc,
      keys,
      field,
      id: `${outer.file}#${doc}:${field}`,
      lineOffset,
      indent,
      lineStarts,
    },
  };
}

/** The outer-file edit that makes the string read `after`: only the lines that differ are rewritten. */
export function embeddedEdit(file: EmbeddedFile, after: string): TextEdit {
  const { indent, lineStarts, outer } = file.embedding;
  const old = contentLines(file.text);
  const now = contentLines(after);
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < now.length - head &&
    old[old.length - 1 - tail] === now[now.length - 1 - tail]
  )
    tail++;
  const start = lineStarts[head] ?? outer.text.length;
  const end = lineStarts[old.length - tail] ?? outer.text.length;
  let body = now
    .slice(head, now.length - tail)
    .map((line) => (line === "" ? "" : " ".repeat(indent) + line) + "\n")
    .join("");
  // The string ends the file without a final newline: keep it that way.
  if (end === outer.text.length && !outer.text.endsWith("\n") && body.endsWith("\n")) {
    body = (start === end ? "\n" : "") + body.slice(0, -1);
  }
  return { start, end, text: body };
}

/** Throws (a bug) when the edited outer text does not hold `after` at the string's place. */
export function checkEmbedded(file: EmbeddedFile, outerAfter: string, after: string): void {
  const { outer, doc, keys, field } = file.embedding;
  const got = parseYaml(outerAfter, outer.file).documents[doc]?.doc.getIn(keys);
  if (typeof got !== "string" || got.replace(/\n+$/, "") !== after.replace(/\n+$/, "")) {
    throw new Error(`editing the YAML string ${field} of ${outer.file} did not leave the value asked for`);
  }
}

/** The value's lines, without the empty one a final newline leaves. */
function contentLines(value: string): string[] {
  const lines = value.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** `patches[2].patch`, `spec.sources[1].helm.values`. */
export function formatKeys(keys: NodeKeys): string {
  let out = "";
  for (const k of keys) out += typeof k === "number" ? `[${k}]` : out ? `.${k}` : k;
  return out;
}
