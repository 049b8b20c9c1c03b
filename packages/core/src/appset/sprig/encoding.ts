/** sprig's JSON, encoding, hashing and path functions, and Argo CD's toYaml/fromYaml/fromYamlArray. */
import { createHash } from "node:crypto";
import { stringify } from "yaml";
import { parseYaml } from "../../yaml.js";
import { messageOf } from "../../errors.js";
import { LIMITS } from "../budget.js";
import { FuncError, fnOf, type GoFunc } from "../gotemplate/funcs.js";
import { Int64, isMap, newMap, runes, sortedKeys, type GoValue } from "../gotemplate/values.js";
import * as gopath from "../gopath.js";
import { toGoValue, toPlain } from "../params.js";

/** encoding/json's string escaping; `html` escapes <, > and & as json.Marshal does. */
function jsonString(s: string, html: boolean): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (
      cp < 0x20 ||
      (html && (ch === "<" || ch === ">" || ch === "&")) ||
      cp === 0x2028 ||
      cp === 0x2029
    ) {
      out += "\\u" + cp.toString(16).padStart(4, "0");
    } else if (cp >= 0xd800 && cp < 0xe000) out += "\\ufffd";
    else out += ch;
  }
  return out + '"';
}

function jsonNumber(f: number): string {
  if (!Number.isFinite(f))
    throw new FuncError(`json: unsupported value: ${Number.isNaN(f) ? "NaN" : f > 0 ? "+Inf" : "-Inf"}`);
  return String(f);
}

/** json.Marshal / json.MarshalIndent(v, "", "  "). */
export function goJson(v: GoValue, opts: { html: boolean; indent: boolean }, depth = 0): string {
  if (depth > LIMITS.maxDepth) throw new FuncError("json: value is nested too deeply");
  const nl = opts.indent ? "\n" + "  ".repeat(depth + 1) : "";
  const close = opts.indent ? "\n" + "  ".repeat(depth) : "";
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Int64) return v.v.toString();
  if (typeof v === "number") return jsonNumber(v);
  if (typeof v === "string") return jsonString(v, opts.html);
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return "[" + v.map((x) => nl + goJson(x, opts, depth + 1)).join(",") + close + "]";
  }
  const keys = sortedKeys(v);
  if (keys.length === 0) return "{}";
  const sep = opts.indent ? ": " : ":";
  return (
    "{" +
    keys.map((k) => nl + jsonString(k, opts.html) + sep + goJson(v[k], opts, depth + 1)).join(",") +
    close +
    "}"
  );
}

function fromJson(s: string, strict: boolean): GoValue {
  try {
    return toGoValue(JSON.parse(s));
  } catch (err) {
    if (strict) throw new FuncError(messageOf(err));
    return null;
  }
}

/** sigs.k8s.io/yaml's Marshal: JSON-ordered (sorted) keys, block style, sequences not indented. */
export function goYaml(v: GoValue): string {
  if (v === null || v === undefined) return "null";
  const out = stringify(toPlain(v), {
    indentSeq: false,
    lineWidth: 0,
    sortMapEntries: true,
    aliasDuplicateObjects: false,
  });
  return out.replace(/\n$/, "");
}

/** Parses YAML (first document) as sigs.k8s.io/yaml.Unmarshal would, numbers as float64. */
function parseYamlValue(s: string): GoValue {
  try {
    const file = parseYaml(s, "fromYaml");
    return toGoValue(file.documents[0]?.value ?? null);
  } catch (err) {
    throw new FuncError(`error converting YAML to JSON: ${messageOf(err).replace(/^fromYaml:\s*/, "")}`);
  }
}

function fromYaml(s: string): GoValue {
  const v = parseYamlValue(s);
  if (v === null) return newMap();
  if (!isMap(v)) {
    throw new FuncError(
      `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go value of type map[string]interface {}`,
    );
  }
  return v;
}

function fromYamlArray(s: string): GoValue {
  const v = parseYamlValue(s);
  if (v === null) return [];
  if (!Array.isArray(v)) {
    throw new FuncError(
      `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go value of type []interface {}`,
    );
  }
  return v;
}

function jsonKind(v: GoValue): string {
  if (Array.isArray(v)) return "array";
  if (isMap(v)) return "object";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  return "number";
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** base64.StdEncoding.DecodeString, whose error sprig returns as the result. */
function b64dec(s: string): string {
  const stripped = s.replace(/[\r\n]/g, "");
  if (!B64.test(stripped) || stripped.length % 4 !== 0) {
    const bad = runes(stripped).findIndex((c) => !/[A-Za-z0-9+/=]/.test(c));
    const at = bad >= 0 ? bad : stripped.length - (stripped.length % 4 || 4);
    return `illegal base64 data at input byte ${Math.max(at, 0)}`;
  }
  return Buffer.from(stripped, "base64").toString("utf8");
}

const B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function b32enc(s: string): string {
  const bytes = Buffer.from(s, "utf8");
  let bits = 0;
  let value = 0;
  let out = "";
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32_ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += B32_ALPHABET.charAt((value << (5 - bits)) & 31);
  while (out.length % 8 !== 0) out += "=";
  return out;
}

function b32dec(s: string): string {
  const stripped = s.replace(/[\r\n]/g, "");
  if (stripped.length % 8 !== 0 || !/^[A-Z2-7]*=*$/.test(stripped)) {
    const bad = runes(stripped).findIndex((c) => !/[A-Z2-7=]/.test(c));
    return `illegal base32 data at input byte ${bad >= 0 ? bad : stripped.length}`;
  }
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const c of stripped.replace(/=+$/, "")) {
    value = (value << 5) | B32_ALPHABET.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function adler32(s: string): string {
  let a = 1;
  let b = 0;
  for (const byte of Buffer.from(s, "utf8")) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return String((b * 65536 + a) >>> 0);
}

function hash(algo: string, s: string): string {
  return createHash(algo).update(s, "utf8").digest("hex");
}

const toJson = (html: boolean, indent: boolean, strict: boolean) => (v: GoValue) => {
  try {
    return goJson(v, { html, indent });
  } catch (err) {
    if (strict) throw err;
    return "";
  }
};

export const ENCODING_FUNCS: [string, GoFunc][] = [
  ["toJson", fnOf(["any"], toJson(true, false, false))],
  ["mustToJson", fnOf(["any"], toJson(true, false, true))],
  ["toPrettyJson", fnOf(["any"], toJson(true, true, false))],
  ["mustToPrettyJson", fnOf(["any"], toJson(true, true, true))],
  ["toRawJson", fnOf(["any"], toJson(false, false, false))],
  ["mustToRawJson", fnOf(["any"], toJson(false, false, true))],
  ["fromJson", fnOf(["string"], (s) => fromJson(s as string, false))],
  ["mustFromJson", fnOf(["string"], (s) => fromJson(s as string, true))],
  [
    "toYaml",
    fnOf(["any"], (v) => {
      try {
        return goYaml(v);
      } catch (err) {
        throw new FuncError(messageOf(err));
      }
    }),
  ],
  ["fromYaml", fnOf(["string"], (s) => fromYaml(s as string))],
  ["fromYamlArray", fnOf(["string"], (s) => fromYamlArray(s as string))],
  ["b64enc", fnOf(["string"], (s) => Buffer.from(s as string, "utf8").toString("base64"))],
  ["b64dec", fnOf(["string"], (s) => b64dec(s as string))],
  ["b32enc", fnOf(["string"], (s) => b32enc(s as string))],
  ["b32dec", fnOf(["string"], (s) => b32dec(s as string))],
  ["sha1sum", fnOf(["string"], (s) => hash("sha1", s as string))],
  ["sha256sum", fnOf(["string"], (s) => hash("sha256", s as string))],
  ["sha512sum", fnOf(["string"], (s) => hash("sha512", s as string))],
  ["adler32sum", fnOf(["string"], (s) => adler32(s as string))],
  ["base", fnOf(["string"], (s) => gopath.base(s as string))],
  ["dir", fnOf(["string"], (s) => gopath.dir(s as string))],
  ["clean", fnOf(["string"], (s) => gopath.clean(s as string))],
  ["ext", fnOf(["string"], (s) => gopath.ext(s as string))],
  ["isAbs", fnOf(["string"], (s) => gopath.isAbs(s as string))],
  ["osBase", fnOf(["string"], (s) => gopath.base(s as string))],
  ["osDir", fnOf(["string"], (s) => gopath.dir(s as string))],
  ["osClean", fnOf(["string"], (s) => gopath.clean(s as string))],
  ["osExt", fnOf(["string"], (s) => gopath.ext(s as string))],
  ["osIsAbs", fnOf(["string"], (s) => gopath.isAbs(s as string))],
];
