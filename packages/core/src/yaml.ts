import { readFileSync, statSync } from "node:fs";
import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type YAMLError,
} from "yaml";
import { UserError, messageOf } from "./errors.js";
import { tooDeepAt } from "./yaml-depth.js";

/** Caps that keep a hostile file from exhausting memory or time. */
export interface YamlLimits {
  /** Largest file we read, in bytes. */
  maxBytes: number;
  /** Most `---` documents in one file. */
  maxDocuments: number;
  /** Most alias expansions per document (an alias bomb stops here). */
  maxAliasCount: number;
  /** Most levels of flow collections (`[[[`) or compact sequences (`- - -`); the parser recurses per level. */
  maxDepth: number;
}

/**
 * Defaults for files people write by hand. Rendered output (thousands of
 * resources in one file) passes larger limits explicitly.
 */
export const DEFAULT_YAML_LIMITS: YamlLimits = {
  maxBytes: 8 * 1024 * 1024,
  maxDocuments: 5_000,
  maxAliasCount: 100,
  // Real manifests nest a few levels of flow style; js-yaml (the fast reader) stops at 100 levels in all.
  maxDepth: 100,
};

/** One parsed `---` document: its node tree (for positions and edits) and its plain value. */
export interface YamlDocument {
  /** 0-based index of the document in its file. */
  index: number;
  /** The `yaml` Document: keeps comments and source ranges. */
  doc: Document.Parsed;
  /** The document as plain JavaScript (null for an empty document). */
  value: unknown;
  /** 1-based line where the document starts. */
  line: number;
}

/** A parsed file: its documents and the means to turn offsets into lines. */
export interface YamlFile {
  /** The path used in messages, relative to the repo when known. */
  file: string;
  text: string;
  documents: YamlDocument[];
  lineCounter: LineCounter;
}

/** Options for the parser, shared so every loader reads YAML the same way. */
const PARSE_OPTIONS = {
  prettyErrors: true,
  strict: true,
  uniqueKeys: true,
  // sigs.k8s.io/yaml accepts merge keys, so manifests may use them.
  merge: true,
} as const;

/**
 * Parses YAML text with every guard we need against broken and hostile input:
 * duplicate keys, syntax errors, alias bombs and too many documents all throw a
 * `UserError` that names `file:line`. Comments and positions are kept.
 */
export function parseYaml(text: string, file: string, limits: Partial<YamlLimits> = {}): YamlFile {
  const lim = { ...DEFAULT_YAML_LIMITS, ...limits };
  const lineCounter = new LineCounter();
  const source = stripBom(text);
  const deep = tooDeepAt(source, lim.maxDepth);
  if (deep !== undefined) {
    throw new UserError(
      `${file}:${deep}: YAML is nested too deeply (more than ${lim.maxDepth} levels); flatten it`,
      file,
      deep,
    );
  }
  let docs: Document.Parsed[];
  try {
    docs = parseLinear(source, lineCounter);
  } catch (err) {
    if (isStackOverflow(err)) throw new UserError(`${file}: YAML is nested too deeply; flatten it`, file);
    throw new UserError(`${file}: cannot parse YAML: ${firstLine(messageOf(err))}`, file);
  }
  if (docs.length > lim.maxDocuments) {
    throw new UserError(
      `${file}: ${docs.length} YAML documents exceed the limit of ${lim.maxDocuments} per file`,
      file,
    );
  }
  const documents: YamlDocument[] = [];
  for (const [index, doc] of docs.entries()) {
    const error = doc.errors[0];
    if (error) throw yamlError(error, file);
    const duplicate = duplicateKeyError(doc, file, lineCounter);
    if (duplicate) throw duplicate;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: lim.maxAliasCount });
    } catch (err) {
      throw new UserError(
        `${file}: ${describeToJsError(err)}`,
        file,
        lineOfOffset(lineCounter, doc.range[0]),
      );
    }
    // A document's range starts at its `---`; people look for its first key.
    const start = isNode(doc.contents) ? doc.contents.range[0] : doc.range[0];
    documents.push({ index, doc, value, line: lineOfOffset(lineCounter, start) });
  }
  return { file, text, documents, lineCounter };
}

/**
 * `parseAllDocuments` with PARSE_OPTIONS, in linear time. The library's duplicate-key check
 * compares each key with every earlier key of its mapping (a 5 MB mapping took minutes), so the
 * text is parsed without it and `duplicateKeyError` checks the keys with one Set per mapping.
 * When the parse reports any other error, the text is parsed again exactly as before, so those
 * errors (and their order with duplicate keys) are the library's own.
 */
function parseLinear(source: string, lineCounter: LineCounter): Document.Parsed[] {
  const fast = parseAllDocuments(source, { ...PARSE_OPTIONS, uniqueKeys: false, lineCounter });
  // parseAllDocuments returns an EmptyStream for input without documents.
  const docs = Array.isArray(fast) ? (fast as Document.Parsed[]) : [];
  if (docs.every((doc) => doc.errors.length === 0)) {
    for (const doc of docs) doc.options.uniqueKeys = PARSE_OPTIONS.uniqueKeys;
    return docs;
  }
  // The exact parse: its LineCounter must hold each line start once.
  lineCounter.lineStarts.length = 0;
  const exact = parseAllDocuments(source, { ...PARSE_OPTIONS, lineCounter });
  return Array.isArray(exact) ? (exact as Document.Parsed[]) : [];
}

/**
 * The error the library's `uniqueKeys` check would report first for a document that has no
 * other error, or undefined. Keys are the same when their scalar values are `===` (so NaN never
 * repeats); the order is the composer's: a block mapping checks a key before composing its
 * value, a flow mapping after.
 */
function duplicateKeyError(
  doc: Document.Parsed,
  file: string,
  lineCounter: LineCounter,
): UserError | undefined {
  const offset = firstDuplicate(doc.contents);
  if (offset === undefined) return undefined;
  const line = lineOfOffset(lineCounter, offset);
  return new UserError(`${file}:${line}: duplicate key: Map keys must be unique`, file, line);
}

function firstDuplicate(node: unknown): number | undefined {
  if (isSeq(node)) {
    for (const item of node.items) {
      const at = firstDuplicate(item);
      if (at !== undefined) return at;
    }
  } else if (isMap(node)) {
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      const inKey = firstDuplicate(pair.key);
      if (inKey !== undefined) return inKey;
      const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
      const repeated = seen.has(key) && !Number.isNaN(key) ? keyOffset(pair.key) : undefined;
      seen.add(key);
      if (repeated !== undefined && !node.flow) return repeated;
      const inValue = firstDuplicate(pair.value);
      if (inValue !== undefined) return inValue;
      if (repeated !== undefined) return repeated;
    }
  }
  return undefined;
}

/** Where the composer reports a duplicate key: the start of the key's content. */
function keyOffset(key: unknown): number {
  return isNode(key) && key.range ? key.range[0] : 0;
}

/**
 * Reads and parses a YAML file. A missing or unreadable file, one over the
 * size cap, or one that is not UTF-8 is a `UserError` naming `displayPath`.
 */
export function loadYamlFile(path: string, displayPath = path, limits: Partial<YamlLimits> = {}): YamlFile {
  const lim = { ...DEFAULT_YAML_LIMITS, ...limits };
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UserError(`${displayPath}: not a regular file`, displayPath);
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${displayPath}: cannot read: ${ioReason(err)}`, displayPath);
  }
  if (size > lim.maxBytes) {
    throw new UserError(
      `${displayPath}: ${formatBytes(size)} exceeds the ${formatBytes(lim.maxBytes)} limit for a YAML file`,
      displayPath,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new UserError(`${displayPath}: cannot read: ${ioReason(err)}`, displayPath);
  }
  return parseYaml(decodeUtf8(bytes, displayPath), displayPath, lim);
}

/** Decodes UTF-8 strictly: invalid bytes are an error naming the file, never mojibake. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${file}: not valid UTF-8 text`, file);
  }
}

/**
 * The 1-based line of the key at `path` in a document (e.g. `["spec", "source", "path"]`),
 * or of the deepest part of the path that exists, or of the document start.
 */
export function lineAt(file: YamlFile, document: YamlDocument, path: readonly (string | number)[]): number {
  let node: unknown = document.doc.contents;
  let line = document.line;
  for (const segment of path) {
    let next: unknown;
    let at: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
      at = pair?.key;
      next = pair?.value;
    } else if (isSeq(node) && typeof segment === "number") {
      at = next = node.items[segment];
    }
    if (!isNode(at) || !at.range) break;
    line = lineOfOffset(file.lineCounter, at.range[0]);
    node = next;
  }
  return line;
}

/** The 1-based line of a character offset. */
export function lineOfOffset(lineCounter: LineCounter, offset: number): number {
  return lineCounter.linePos(offset).line;
}

function yamlError(error: YAMLError, file: string): UserError {
  const line = error.linePos?.[0].line;
  const where = line ? `${file}:${line}` : file;
  // The composer catches its own stack overflow (nesting by indentation) and reports it as an error.
  if (isStackOverflow(error))
    return new UserError(`${where}: YAML is nested too deeply; flatten it`, file, line);
  const what = error.code === "DUPLICATE_KEY" ? "duplicate key" : "invalid YAML";
  return new UserError(`${where}: ${what}: ${stripPosition(firstLine(error.message))}`, file, line);
}

function isStackOverflow(err: unknown): boolean {
  return /Maximum call stack size exceeded/.test(messageOf(err));
}

function describeToJsError(err: unknown): string {
  if (err instanceof RangeError) return "YAML is nested too deeply; flatten it";
  const msg = messageOf(err);
  if (/alias count/i.test(msg)) return "too many YAML alias expansions (possible alias bomb)";
  return `cannot read YAML: ${firstLine(msg)}`;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? "";
}

/** `yaml` appends " at line N, column M:"; our prefix already says where. */
function stripPosition(message: string): string {
  return message.replace(/ at line \d+, column \d+:?$/, "");
}

function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return code ?? messageOf(err);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
