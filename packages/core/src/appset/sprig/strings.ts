/** sprig's string functions (strings.go and the parts of goutils/xstrings it calls). */
import { FuncError, fnOf, type GoFunc } from "../gotemplate/funcs.js";
import { quoteGo } from "../gotemplate/gofmt.js";
import { newMap, put, runes, typed, utf8Length, type GoValue } from "../gotemplate/values.js";
import { LIMITS } from "../budget.js";
import { strval } from "./convert.js";

/** Maps each code point alone, as Go's unicode.ToUpper/ToLower do (no "ß" to "SS"). */
export function mapRunes(s: string, upper: boolean): string {
  let out = "";
  for (const ch of s) {
    const m = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += runes(m).length === 1 ? m : ch;
  }
  return out;
}

function isGoSpace(ch: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\p{Zs}\u2028\u2029]$/u.test(ch);
}

/** strings.TrimSpace. */
export function trimSpace(s: string): string {
  const chars = runes(s);
  let a = 0;
  let b = chars.length;
  while (a < b && isGoSpace(chars[a] ?? "")) a++;
  while (b > a && isGoSpace(chars[b - 1] ?? "")) b--;
  return chars.slice(a, b).join("");
}

/** strings.Trim with a cutset. */
function trimCutset(s: string, cutset: string): string {
  const cut = new Set(runes(cutset));
  const chars = runes(s);
  let a = 0;
  let b = chars.length;
  while (a < b && cut.has(chars[a] ?? "")) a++;
  while (b > a && cut.has(chars[b - 1] ?? "")) b--;
  return chars.slice(a, b).join("");
}

/** Slices a string by UTF-8 byte offsets, as Go does. */
function byteSlice(s: string, start: number, end?: number): string {
  const buf = Buffer.from(s, "utf8");
  const e = end ?? buf.length;
  if (start < 0 || e > buf.length || start > e) {
    throw new FuncError(`runtime error: slice bounds out of range [${start}:${e}] with length ${buf.length}`);
  }
  return buf.subarray(start, e).toString("utf8");
}

function trunc(c: bigint, s: string): string {
  const n = Number(c);
  const len = utf8Length(s);
  if (n < 0 && len + n > 0) return byteSlice(s, len + n);
  if (n >= 0 && len > n) return byteSlice(s, 0, n);
  return s;
}

function substr(start: bigint, end: bigint, s: string): string {
  const a = Number(start);
  const b = Number(end);
  if (a < 0) return byteSlice(s, 0, b);
  if (b < 0 || b > utf8Length(s)) return byteSlice(s, a);
  return byteSlice(s, a, b);
}

function isSeparator(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp <= 0x7f) return !/[0-9A-Za-z_]/.test(ch);
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return isGoSpace(ch);
}

/** strings.Title: the first letter of each word upper-cased. */
function title(s: string): string {
  let prev = " ";
  let out = "";
  for (const ch of s) {
    out += isSeparator(prev) ? mapRunes(ch, true) : ch;
    prev = ch;
  }
  return out;
}

function untitle(s: string): string {
  let prev = " ";
  let out = "";
  for (const ch of s) {
    out += isGoSpace(prev) ? mapRunes(ch, false) : ch;
    prev = ch;
  }
  return out;
}

/** goutils.SwapCase: upper to lower and lower to upper, rune by rune. */
function swapcase(s: string): string {
  let out = "";
  for (const ch of s) {
    const upper = mapRunes(ch, true);
    const lower = mapRunes(ch, false);
    if (ch === upper && ch !== lower) out += lower;
    else if (ch === lower && ch !== upper) out += upper;
    else out += ch;
  }
  return out;
}

function initials(s: string): string {
  return s
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map((w) => runes(w)[0] ?? "")
    .join("");
}

/** Splits into words the way xstrings does: at separators, case changes and letter/digit boundaries. */
function words(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[^\p{L}\p{N}]+/u)) {
    if (!part) continue;
    const re = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+\p{N}*|\p{Lu}+\p{N}*|\p{N}+\p{Ll}*|\p{L}+/gu;
    for (const m of part.matchAll(re)) out.push(m[0]);
  }
  return out;
}

function joinWords(s: string, sep: string): string {
  return words(s)
    .map((w) => mapRunes(w, false))
    .join(sep);
}

function pascalCase(s: string): string {
  return s
    .split(/[_\s-]+/u)
    .filter((w) => w.length > 0)
    .map((w) => {
      const [first = "", ...rest] = runes(w);
      return mapRunes(first, true) + rest.join("");
    })
    .join("");
}

function wrapText(width: number, s: string, sep = "\n"): string {
  if (width < 1) return s;
  const out: string[] = [];
  for (const line of s.split("\n")) {
    let cur = "";
    for (const word of line.split(" ")) {
      if (cur && cur.length + 1 + word.length > width) {
        out.push(cur);
        cur = word;
      } else {
        cur = cur ? `${cur} ${word}` : word;
      }
    }
    out.push(cur);
  }
  return out.join(sep);
}

function repeat(count: bigint, s: string): string {
  const n = Number(count);
  if (n < 0) throw new FuncError("strings: negative Repeat count");
  if (n * s.length > LIMITS.maxTemplateOutput) throw new FuncError(`repeat of ${n} copies is too long`);
  return s.repeat(n);
}

function split(sep: string, s: string, n = -1): GoValue {
  const parts = goSplit(s, sep, n);
  const m = newMap();
  parts.forEach((p, i) => {
    put(m, `_${i}`, p);
  });
  return typed(m, "map[string]string");
}

/** strings.SplitN (n < 0 for all), including Go's split into UTF-8 sequences on an empty separator. */
export function goSplit(s: string, sep: string, n = -1): string[] {
  if (n === 0) return [];
  if (sep === "") {
    const chars = runes(s);
    if (n < 0 || n >= chars.length) return chars;
    return [...chars.slice(0, n - 1), chars.slice(n - 1).join("")];
  }
  const parts = s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

function abbrev(width: bigint, s: string): string {
  const w = Number(width);
  if (w < 4 || runes(s).length <= w) return s;
  return (
    runes(s)
      .slice(0, w - 3)
      .join("") + "..."
  );
}

export const STRING_FUNCS: [string, GoFunc][] = [
  ["abbrev", fnOf(["int", "string"], (w, s) => abbrev(w as bigint, s as string))],
  ["trunc", fnOf(["int", "string"], (c, s) => trunc(c as bigint, s as string))],
  ["trim", fnOf(["string"], (s) => trimSpace(s as string))],
  ["upper", fnOf(["string"], (s) => mapRunes(s as string, true))],
  ["lower", fnOf(["string"], (s) => mapRunes(s as string, false))],
  ["title", fnOf(["string"], (s) => title(s as string))],
  ["untitle", fnOf(["string"], (s) => untitle(s as string))],
  ["substr", fnOf(["int", "int", "string"], (a, b, s) => substr(a as bigint, b as bigint, s as string))],
  ["repeat", fnOf(["int", "string"], (c, s) => repeat(c as bigint, s as string))],
  ["trimall", fnOf(["string", "string"], (a, b) => trimCutset(b as string, a as string))],
  ["trimAll", fnOf(["string", "string"], (a, b) => trimCutset(b as string, a as string))],
  [
    "trimSuffix",
    fnOf(["string", "string"], (a, b) => {
      const s = b as string;
      return a !== "" && s.endsWith(a as string) ? s.slice(0, s.length - (a as string).length) : s;
    }),
  ],
  [
    "trimPrefix",
    fnOf(["string", "string"], (a, b) => {
      const s = b as string;
      return s.startsWith(a as string) ? s.slice((a as string).length) : s;
    }),
  ],
  [
    "nospace",
    fnOf(["string"], (s) =>
      runes(s as string)
        .filter((c) => !isGoSpace(c))
        .join(""),
    ),
  ],
  ["initials", fnOf(["string"], (s) => initials(s as string))],
  ["swapcase", fnOf(["string"], (s) => swapcase(s as string))],
  ["snakecase", fnOf(["string"], (s) => joinWords(s as string, "_"))],
  ["kebabcase", fnOf(["string"], (s) => joinWords(s as string, "-"))],
  ["camelcase", fnOf(["string"], (s) => pascalCase(s as string))],
  ["wrap", fnOf(["int", "string"], (l, s) => wrapText(Number(l), s as string))],
  [
    "wrapWith",
    fnOf(["int", "string", "string"], (l, sep, s) => wrapText(Number(l), s as string, sep as string)),
  ],
  ["contains", fnOf(["string", "string"], (sub, s) => (s as string).includes(sub as string))],
  ["hasPrefix", fnOf(["string", "string"], (p, s) => (s as string).startsWith(p as string))],
  ["hasSuffix", fnOf(["string", "string"], (p, s) => (s as string).endsWith(p as string))],
  [
    "quote",
    fnOf(
      [],
      (...v) =>
        v
          .filter((x) => x !== null && x !== undefined)
          .map((x) => quoteGo(strval(x)))
          .join(" "),
      "any",
    ),
  ],
  [
    "squote",
    fnOf(
      [],
      (...v) =>
        v
          .filter((x) => x !== null && x !== undefined)
          .map((x) => `'${strval(x)}'`)
          .join(" "),
      "any",
    ),
  ],
  [
    "cat",
    fnOf(
      [],
      (...v) =>
        v
          .filter((x) => x !== null && x !== undefined)
          .map(strval)
          .join(" "),
      "any",
    ),
  ],
  [
    "indent",
    fnOf(["int", "string"], (n, s) => {
      const pad = " ".repeat(Math.max(0, Number(n)));
      return pad + (s as string).split("\n").join("\n" + pad);
    }),
  ],
  [
    "nindent",
    fnOf(["int", "string"], (n, s) => {
      const pad = " ".repeat(Math.max(0, Number(n)));
      return "\n" + pad + (s as string).split("\n").join("\n" + pad);
    }),
  ],
  [
    "replace",
    fnOf(["string", "string", "string"], (o, n, s) => goReplaceAll(s as string, o as string, n as string)),
  ],
  ["plural", fnOf(["string", "string", "int"], (one, many, c) => ((c as bigint) === 1n ? one : many))],
  ["toString", fnOf(["any"], (v) => strval(v))],
  ["split", fnOf(["string", "string"], (sep, s) => split(sep as string, s as string))],
  ["splitn", fnOf(["string", "int", "string"], (sep, n, s) => split(sep as string, s as string, Number(n)))],
  [
    "splitList",
    fnOf(["string", "string"], (sep, s) => typed(goSplit(s as string, sep as string), "[]string")),
  ],
];

/** strings.Replace(s, old, new, -1), including Go's behaviour for an empty `old`. */
export function goReplaceAll(s: string, old: string, repl: string): string {
  if (old === "") {
    const chars = runes(s);
    return repl + chars.join(repl) + (chars.length > 0 ? repl : "");
  }
  return s.split(old).join(repl);
}
