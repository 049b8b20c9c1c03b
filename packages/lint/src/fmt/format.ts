/**
 * Canonical formatting of one YAML text through the `yaml` library's document model, so comments,
 * anchors, aliases, merge keys, key order and `---` documents survive. Every result is checked:
 * a text whose data or comments would change is refused, never returned.
 */
import { isDeepStrictEqual } from "node:util";
import {
  isCollection,
  isMap,
  isScalar,
  Lexer,
  LineCounter,
  parseAllDocuments,
  Scalar,
  visit,
  type Document,
  type ScalarTag,
} from "yaml";
import { stringifyString } from "yaml/util";
import { messageOf, UserError } from "../../../core/src/errors.js";
import type { Finding } from "../../../core/src/finding.js";
import { DEFAULT_YAML_LIMITS, lineOfOffset, parseYaml, type YamlFile } from "../../../core/src/yaml.js";
import { YAML11_BOOLEANS, YAML_FORMAT_OPTIONS, yaml11Compat } from "../yaml-style.js";

/** A formatted text, or the finding that says why the file is left as it is. */
export type FormatResult = { ok: true; text: string; changed: boolean } | { ok: false; finding: Finding };

/**
 * Formats `text` (the contents of `file`, used in findings): 2-space indentation, sequences
 * indented under their key, no trailing spaces outside block scalars, one final newline, LF line
 * ends. Plain scalars that YAML 1.1 (Kubernetes) reads differently from YAML 1.2 are quoted
 * (`on` -> `"on"`), numbers keep their spelling (`0644` stays octal to Kubernetes), quoted
 * scalars keep their quotes, block scalars keep their content line for line. A file that does not
 * parse, or whose data or comments would change, is a finding and no text.
 */
export function formatYaml(text: string, file: string): FormatResult {
  let before: YamlFile;
  try {
    before = parseYaml(text, file);
  } catch (err) {
    if (err instanceof UserError) return { ok: false, finding: parseFinding(err, file) };
    throw err;
  }
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let out: string;
  if (before.documents.length === 0) {
    // Only comments and blank lines: nothing for the document model to hold.
    out = source.replace(/[ \t]+$/gm, "").replace(/\n+$/, "");
    out = out ? `${out}\n` : "";
  } else {
    let docs: Document.Parsed[];
    try {
      docs = (source === text ? before : parseYaml(source, file)).documents.map((d) => d.doc);
    } catch (err) {
      if (err instanceof UserError) return { ok: false, finding: parseFinding(err, file) };
      throw err;
    }
    try {
      out = stripTrailingSpaces(docs.map((doc, i) => emit(doc, source, i)).join(""));
    } catch (err) {
      // The library cannot write something it read; say so rather than fail the whole run.
      return {
        ok: false,
        finding: refusal(file, "fmt/unsupported", `cannot format: ${messageOf(err)}; left as it is`),
      };
    }
  }
  const problem = checkFormatted(before, out, file);
  if (problem) return { ok: false, finding: problem };
  return { ok: true, text: out, changed: out !== text };
}

/**
 * Why `formatted` may not replace the text of `before`, or undefined when it may: the formatted
 * text must parse, hold as many documents with the same data (read with merge keys resolved and
 * read with `<<` as a plain key) and keep every comment.
 */
export function checkFormatted(before: YamlFile, formatted: string, file: string): Finding | undefined {
  let after: YamlFile;
  try {
    after = parseYaml(formatted, file);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return refusal(
      file,
      "fmt/data-changed",
      `formatting would not parse again (${err.message}); left as it is`,
    );
  }
  const changed = firstDataChange(before, after);
  if (changed !== undefined) {
    return refusal(
      file,
      "fmt/data-changed",
      `formatting would change the data of document ${changed + 1}; left as it is (please report this file)`,
      before.documents[changed]?.line,
    );
  }
  const { lost, added } = commentDifference(before.text, formatted);
  if (lost !== undefined) {
    return refusal(file, "fmt/comment-lost", `formatting would lose the comment "${lost}"; left as it is`);
  }
  if (added !== undefined) {
    return refusal(file, "fmt/comment-added", `formatting would add the comment "${added}"; left as it is`);
  }
  return undefined;
}

/** The index of the first document whose data differ, the document count if only that differs. */
export function firstDataChange(before: YamlFile, after: YamlFile): number | undefined {
  const a = before.documents;
  const b = after.documents;
  const literalA = literalData(before.text);
  const literalB = literalData(after.text);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) return i;
    if (!isDeepStrictEqual(x.value, y.value)) return i;
    if (!isDeepStrictEqual(literalA[i], literalB[i])) return i;
  }
  return undefined;
}

/**
 * Each document's data with `<<` read as a plain key (so a merge key stays one, not merely its
 * result) and mappings kept as Maps (so `1:` and `"1":` differ). Called on texts parseYaml took.
 */
function literalData(text: string): unknown[] {
  const docs = parseAllDocuments(text.replace(/^\uFEFF/, ""), { merge: false, uniqueKeys: false });
  if (!Array.isArray(docs)) return [];
  return docs.map((d) => {
    const data: unknown = d.toJS({ mapAsMap: true, maxAliasCount: DEFAULT_YAML_LIMITS.maxAliasCount });
    return data;
  });
}

/** One document as text, in the house style. */
function emit(doc: Document.Parsed, source: string, index: number): string {
  prepare(doc, source);
  let text = emptyDocument(doc) ?? doc.toString(YAML_FORMAT_OPTIONS).replace(OWN_LINE_COMMENT, "");
  // Documents after the first need their `---`, even when the source separated them with `...`.
  if (index > 0 && !/^(---|%)/m.test(firstNonComment(text))) text = `---\n${text}`;
  return text;
}

/**
 * An empty document (`---` with nothing or only comments after it) as the library does not write
 * it: without blank lines it invents, its comments starting in the first column.
 */
function emptyDocument(doc: Document.Parsed): string | undefined {
  const c = doc.contents;
  if (!isScalar(c) || c.value !== null || c.source !== "" || c.anchor || c.tag) return undefined;
  const lines: string[] = [];
  const directives = doc.directives.toString(doc);
  if (directives) lines.push(directives);
  if (directives || doc.directives.docStart) lines.push("---");
  for (const comment of [doc.commentBefore, c.commentBefore, c.comment, doc.comment]) {
    if (comment) lines.push(...comment.split("\n").map((l) => (l ? `#${l}` : "")));
  }
  if (doc.directives.docEnd) lines.push("...");
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

function firstNonComment(text: string): string {
  return text.split("\n").find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
}

/**
 * Marks up the document before it is written: YAML 1.1 booleans as plain strings get quotes,
 * numbers keep their spelling and block scalars their lines (see the tags below), and the
 * schema learns YAML 1.1's look-alikes so no plain string turns into one.
 */
function prepare(doc: Document.Parsed, source: string): void {
  const schema = doc.schema.clone();
  schema.compat = yaml11Compat();
  schema.tags = [verbatimPlainTag, verbatimBlockTag, ...schema.tags];
  doc.schema = schema;
  const workflowOn = githubWorkflowOn(doc);
  visit(doc, {
    Scalar(key, node) {
      if (node.tag) return;
      if (node === workflowOn) {
        node.value = new VerbatimPlain("on");
      } else if (
        node.type === Scalar.PLAIN &&
        typeof node.value === "string" &&
        YAML11_BOOLEANS.has(node.value)
      ) {
        node.type = Scalar.QUOTE_DOUBLE;
      } else if (
        node.type === Scalar.PLAIN &&
        (typeof node.value === "number" || typeof node.value === "bigint") &&
        node.source &&
        !/[\n#]/.test(node.source)
      ) {
        node.value = new VerbatimPlain(node.source.trim());
      } else if (
        key !== "key" &&
        (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) &&
        typeof node.value === "string" &&
        node.range
      ) {
        const block = blockSource(source.slice(node.range[0], node.range[1]), node.value, node.type);
        if (block) node.value = block;
      }
    },
  });
  visit(doc, (key, node, path) => {
    if (key === "key" || !(isScalar(node) || (isCollection(node) && node.flow))) return;
    if (path.some((p) => isCollection(p) && p.flow)) return;
    if (isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)) return;
    if (!node.comment || node.comment.includes("\n") || !node.range) return;
    const after = source.slice(node.range[1], node.range[2]);
    const hash = after.indexOf("#");
    if (hash > 0 && after.slice(0, hash).includes("\n")) node.comment += `\n${OWN_LINE}`;
  });
}

/**
 * The plain `on` key of a GitHub Actions workflow (a document with `on:` and `jobs:` at the top):
 * GitHub reads it as the string it is, and `"on":` would only puzzle the people who read it.
 */
function githubWorkflowOn(doc: Document.Parsed): Scalar | undefined {
  if (!isMap(doc.contents)) return undefined;
  const keys: Scalar[] = [];
  for (const pair of doc.contents.items) if (isScalar(pair.key)) keys.push(pair.key);
  const on = keys.find((k) => k.value === "on" && k.type === Scalar.PLAIN);
  return on && keys.some((k) => k.value === "jobs") ? on : undefined;
}

/**
 * Marks a one-line comment that stood on its own line after a value (`resources: {}` then an
 * indented `# limits: ...`, as `helm create` writes): the library would move it up beside the
 * value, but it writes a comment of two lines below it; the marker line is then removed.
 */
const OWN_LINE = "\u0000gitops-fmt-own-line";
const OWN_LINE_COMMENT = new RegExp(`^[ \\t]*#${OWN_LINE}\\n`, "gm");

/**
 * A plain scalar as it was written: a number (`0644` is octal to Kubernetes and 644 to YAML 1.2;
 * keep it `0644`), or a workflow's `on`.
 */
class VerbatimPlain {
  constructor(readonly text: string) {}
}

const verbatimPlainTag: ScalarTag = {
  tag: "tag:gitops-actions,2026:verbatim-plain",
  default: true,
  identify: (value) => value instanceof VerbatimPlain,
  resolve: (value) => value,
  stringify: (item) => (isScalar(item) && item.value instanceof VerbatimPlain ? item.value.text : ""),
};

/** A block scalar's header and content lines as written (content without its indentation). */
class VerbatimBlock {
  constructor(
    readonly value: string,
    readonly type: Scalar.Type,
    readonly indicator: string,
    readonly lines: readonly string[],
    readonly keptBlankLines: number,
  ) {}
}

/**
 * The block scalar `raw` (its source from `|` or `>` on) as header and content lines, or
 * undefined for one the library writes well enough itself: an explicit indentation indicator,
 * no content.
 */
function blockSource(raw: string, value: string, type: Scalar.Type): VerbatimBlock | undefined {
  const [header = "", ...body] = raw.split("\n");
  const indicator = /^[|>][+-]?/.exec(header)?.[0];
  if (!indicator || /^[|>][+-]?[1-9]/.test(header)) return undefined;
  if (body.at(-1) === "") body.pop();
  const first = body.find((l) => l.trim() !== "");
  if (first === undefined) return undefined;
  const indent = first.length - first.trimStart().length;
  let end = body.length;
  while (end > 0 && (body[end - 1]?.length ?? 0) <= indent) end--;
  const lines = body.slice(0, end).map((l) => (l.length <= indent ? "" : l.slice(indent)));
  const keep = indicator.endsWith("+") ? body.length - end : 0;
  return new VerbatimBlock(value, type, indicator, lines, keep);
}

const verbatimBlockTag: ScalarTag = {
  tag: "tag:gitops-actions,2026:verbatim-block",
  default: true,
  identify: (value) => value instanceof VerbatimBlock,
  resolve: (value) => value,
  stringify(item, ctx, onComment, onChompKeep) {
    if (!isScalar(item) || !(item.value instanceof VerbatimBlock)) return "";
    const block = item.value;
    if (!ctx.indent || ctx.inFlow || ctx.implicitKey) {
      // Where the library would pick another indentation (top level) or style, let it.
      const plain = new Scalar(block.value);
      plain.type = block.type;
      if (item.comment) plain.comment = item.comment;
      return stringifyString(plain, ctx, onComment, onChompKeep);
    }
    let header = block.indicator;
    if (item.comment) {
      header += ` ${ctx.options.commentString(item.comment.replace(/ ?\n+/g, " "))}`;
      onComment?.();
    }
    if (block.indicator.endsWith("+")) onChompKeep?.();
    const body = block.lines.map((l) => (l ? ctx.indent + l : "")).join("\n");
    return `${header}\n${body}${"\n".repeat(block.keptBlankLines)}`;
  },
};

/** Removes trailing spaces and tabs on every line outside a block scalar (there they are content). */
function stripTrailingSpaces(text: string): string {
  if (!/[ \t]$/m.test(text)) return text;
  const blockLines = blockScalarLines(text);
  return text
    .split("\n")
    .map((line, i) => (blockLines.has(i + 1) ? line : line.replace(/[ \t]+$/, "")))
    .join("\n");
}

/**
 * The 1-based lines of block scalars in `text`, which the library wrote. Read without the
 * duplicate-key check (quadratic in a mapping's size, and done on the input already);
 * checkFormatted reads the result in full.
 */
function blockScalarLines(text: string): Set<number> {
  const lineCounter = new LineCounter();
  const lines = new Set<number>();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  for (const doc of Array.isArray(docs) ? docs : []) {
    visit(doc, {
      Scalar(_key, node) {
        if (!node.range || (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED)) return;
        const to = lineOfOffset(lineCounter, node.range[1]);
        for (let l = lineOfOffset(lineCounter, node.range[0]); l <= to; l++) lines.add(l);
      },
    });
  }
  return lines;
}

/** The first comment of `before` that `after` lacks, or that `after` adds, if any. */
function commentDifference(before: string, after: string): { lost?: string; added?: string } {
  const left = new Map<string, number>();
  for (const c of comments(after)) left.set(c, (left.get(c) ?? 0) + 1);
  for (const c of comments(before)) {
    const n = left.get(c) ?? 0;
    if (n === 0) return { lost: c };
    left.set(c, n - 1);
  }
  for (const [c, n] of left) if (n > 0) return { added: c };
  return {};
}

function comments(text: string): string[] {
  const out: string[] = [];
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith("#")) out.push(token.trimEnd());
  }
  return out;
}

function parseFinding(err: UserError, file: string): Finding {
  const rule = /duplicate key/.test(err.message) ? "yaml/duplicate-key" : "yaml/parse-error";
  const f: Finding = {
    tool: "fmt",
    rule,
    severity: "error",
    message: `${err.message.replace(/^\S+?:(\d+:)? /, "")}; left as it is`,
    file,
  };
  if (err.line) f.line = err.line;
  return f;
}

function refusal(file: string, rule: string, message: string, line?: number): Finding {
  const f: Finding = { tool: "fmt", rule, severity: "error", message, file };
  if (line) f.line = line;
  return f;
}
