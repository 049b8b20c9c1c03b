import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { CORE_SCHEMA, loadAll } from "js-yaml";
import { UserError } from "../../core/src/errors.js";
import { decodeUtf8, DEFAULT_YAML_LIMITS, parseYaml, type YamlFile } from "../../core/src/yaml.js";
import { tooDeepAt } from "../../core/src/yaml-depth.js";
import { isObject } from "../../render/src/argo.js";
import { YAML11_BOOLEANS } from "./yaml-style.js";

/** A file's text, or why it could not be had: a UserError (not UTF-8) or the read's own error. */
type Read = { text: string } | { error: unknown };

/** The kind and name of one document, for finding a rendered object's source; `any` when unsure. */
export type DocKey = { kind: string; name: string } | "any";

/**
 * The source files of one lint run, each read once and parsed at most once per parser, shared
 * by the hygiene check and the source locator.
 *
 * Most files people write are plain YAML that js-yaml reads about ten times faster than the
 * careful loader (`parseYaml`, which keeps positions and comments). A file is `quick` when
 * js-yaml reads it and it holds nothing on which the two parsers may disagree or a hygiene rule
 * may fire (see `screen`): such a file has no hygiene finding, and its documents' kinds and names
 * are those the careful loader would give. Every other file goes through the careful loader, as
 * every file did before, so findings do not depend on which path a file took.
 */
export class SourceFiles {
  private readonly reads = new Map<string, Read>();
  private readonly careful = new Map<string, YamlFile | UserError>();
  /** Document keys of a file that js-yaml read cleanly; null when it did not. */
  private readonly quick = new Map<string, DocKey[] | null>();

  constructor(private readonly repo: string) {}

  /** The file's text; a UserError when it is not UTF-8; the read's error is thrown as is. */
  text(rel: string): string | UserError {
    let read = this.reads.get(rel);
    if (!read) {
      try {
        read = { text: decodeUtf8(readFileSync(join(this.repo, rel)), rel) };
      } catch (err) {
        read = { error: err };
      }
      this.reads.set(rel, read);
    }
    if ("text" in read) return read.text;
    if (read.error instanceof UserError) return read.error;
    throw read.error;
  }

  /** The careful parse (`parseYaml`), or the UserError it threw. */
  parsed(rel: string, text: string): YamlFile | UserError {
    let file = this.careful.get(rel);
    if (!file) {
      try {
        file = parseYaml(text, rel);
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        file = err;
      }
      this.careful.set(rel, file);
    }
    return file;
  }

  /** True when the file is plain YAML that js-yaml reads: no hygiene finding, no parser doubt. */
  isQuick(rel: string, text: string): boolean {
    return this.quickKeys(rel, text) !== null;
  }

  /** The file as `loadYamlFile` reads it for the locator: null when it cannot be read or parsed. */
  forLocator(rel: string): YamlFile | null {
    try {
      const st = statSync(join(this.repo, rel));
      if (!st.isFile() || st.size > DEFAULT_YAML_LIMITS.maxBytes) return null;
      const text = this.text(rel);
      if (text instanceof UserError) return null;
      const file = this.parsed(rel, text);
      return file instanceof UserError ? null : file;
    } catch {
      // loadYamlFile turns every read error into a UserError, which the locator skips.
      return null;
    }
  }

  /**
   * The kind and name of each document, for the locator: from js-yaml when the file is quick,
   * else from the careful parse. Null when the file cannot be read or parsed.
   */
  keys(rel: string): DocKey[] | null {
    let text: string | UserError;
    try {
      text = this.text(rel);
    } catch {
      return null;
    }
    if (text instanceof UserError) return null;
    const quick = this.careful.has(rel) ? null : this.quickKeys(rel, text);
    if (quick) return quick;
    const file = this.forLocator(rel);
    return file ? file.documents.map((d) => docKey(d.value)) : null;
  }

  private quickKeys(rel: string, text: string): DocKey[] | null {
    let keys = this.quick.get(rel);
    if (keys === undefined) {
      keys = screen(text) ? readQuick(text) : null;
      this.quick.set(rel, keys);
    }
    return keys;
  }
}

function readQuick(text: string): DocKey[] | null {
  const keys: DocKey[] = [];
  try {
    loadAll(text, (doc) => keys.push(docKey(doc)), { schema: CORE_SCHEMA });
  } catch {
    return null;
  }
  // parseYaml refuses more documents than this; js-yaml may count empty ones differently.
  return keys.length > DEFAULT_YAML_LIMITS.maxDocuments / 2 ? null : keys;
}

function docKey(value: unknown): DocKey {
  if (!isObject(value)) return { kind: "", name: "" };
  const metadata = value.metadata;
  const name = isObject(metadata) ? metadata.name : undefined;
  const kind = value.kind;
  // A key that is not a string in one parser may be one in the other (`1_000`): keep the doc.
  if ((kind !== undefined && typeof kind !== "string") || (name !== undefined && typeof name !== "string"))
    return "any";
  return { kind: kind ?? "", name: name ?? "" };
}

/** A word that go-yaml v2 reads as a boolean, where a plain scalar may hold it (key or value). */
const YAML11_WORD = new RegExp(
  `(?:^|[\\s\\[{,:])(?:${[...YAML11_BOOLEANS].join("|")})(?=[\\s,\\]}:#]|$)`,
  "m",
);

/**
 * True when the text can take the quick path. Left to the careful loader: a tab (a hygiene
 * finding, and where parsers differ), a YAML 1.1 boolean word, and what js-yaml and the `yaml`
 * library may read differently or the careful loader caps: anchors, aliases, merge keys and tags,
 * directives, carriage returns, a `#` right after a quote or bracket, lines of spaces only (block
 * scalar indentation), lines over 1024 characters (implicit key length), flow collections over
 * several lines, and nesting near the depth cap. Each test is a plain scan: this runs on every file.
 */
function screen(text: string): boolean {
  if (text.includes("\t") || text.includes("\r") || text.includes("<<")) return false;
  if (YAML11_WORD.test(text) || /^%|^ +$|["'\]}]#/m.test(text)) return false;
  if (/[&*!]/.test(text) && /(?:^|[\s[{,:-])[&*!]/m.test(text)) return false;
  let longest = 0;
  for (let at = 0; at < text.length;) {
    const end = text.indexOf("\n", at);
    const stop = end < 0 ? text.length : end;
    longest = Math.max(longest, stop - at);
    at = stop + 1;
  }
  if (longest > 1024) return false;
  const flow = text.includes("[") || text.includes("{");
  if (flow && !flowClosedPerLine(text)) return false;
  // Deeper than the cap takes over 100 brackets, or a line of over 100 `- ` indicators.
  const shallow = !flow && longest <= 2 * DEFAULT_YAML_LIMITS.maxDepth;
  return shallow || tooDeepAt(text, DEFAULT_YAML_LIMITS.maxDepth) === undefined;
}

/** Every line opens as many `[`/`{` as it closes (a flow collection over lines is left to the careful loader). */
function flowClosedPerLine(text: string): boolean {
  for (const line of text.split("\n")) {
    if (!line.includes("[") && !line.includes("{")) continue;
    let depth = 0;
    for (const c of line) {
      if (c === "[" || c === "{") depth++;
      else if (c === "]" || c === "}") depth--;
    }
    if (depth !== 0) return false;
  }
  return true;
}
