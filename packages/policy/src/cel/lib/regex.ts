import { CelScalar, celFunc, celMethod, listType, type CelFunc, type CelList } from "@bufbuild/cel";
import { RE2JS } from "@bufbuild/re2";
import { celKey } from "../values.js";

const { STRING, INT, BOOL, DYN } = CelScalar;
const LIST = listType(DYN);

const cache = new Map<string, RegExp>();

/**
 * Compiles an RE2 pattern for `find`/`findAll`. RE2JS checks the syntax (so a pattern
 * Kubernetes would reject is rejected here too); the search itself runs on a JavaScript
 * RegExp translated from it, since RE2JS has no API for match positions.
 */
export function compileRe2(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  RE2JS.compile(pattern);
  let source = pattern;
  let flags = "g";
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading?.[1]) {
    if (leading[1].includes("U"))
      throw new Error(`the RE2 flag U (ungreedy) is not supported in "${pattern}"`);
    flags += leading[1];
    source = source.slice(leading[0].length);
  }
  source = source
    .replace(/\(\?P</g, "(?<")
    .replace(/\\A/g, "^")
    .replace(/\\z/g, "$")
    .replace(/\\p([A-Za-z])/g, "\\p{$1}")
    .replace(/\\P([A-Za-z])/g, "\\P{$1}");
  const unicode = /\\[pP]\{/.test(source);
  let re: RegExp;
  try {
    re = new RegExp(source, unicode ? flags + "u" : flags);
  } catch (err) {
    throw new Error(`regular expression "${pattern}" is not supported: ${(err as Error).message}`, {
      cause: err,
    });
  }
  if (cache.size > 500) cache.clear();
  cache.set(pattern, re);
  return re;
}

function findAll(text: string, pattern: string, limit: number): string[] {
  const re = compileRe2(pattern);
  re.lastIndex = 0;
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    if (limit >= 0 && out.length >= limit) break;
    out.push(m[0]);
  }
  return out;
}

function asList(v: CelList): string[] {
  return [...v].map((x) => celKey(x));
}

/** Kubernetes' regex library (`find`, `findAll`) and cel-go's sets extension. */
export const regexFuncs: CelFunc[] = [
  celMethod("find", STRING, [STRING], STRING, function (pattern) {
    return findAll(this, pattern, 1)[0] ?? "";
  }),
  celMethod("findAll", STRING, [STRING], LIST, function (pattern) {
    return findAll(this, pattern, -1);
  }),
  celMethod("findAll", STRING, [STRING, INT], LIST, function (pattern, n) {
    return findAll(this, pattern, Number(n));
  }),
  celFunc("sets.contains", [LIST, LIST], BOOL, (a, b) => {
    const have = new Set(asList(a));
    return asList(b).every((k) => have.has(k));
  }),
  celFunc("sets.equivalent", [LIST, LIST], BOOL, (a, b) => {
    const x = new Set(asList(a));
    const y = new Set(asList(b));
    return [...x].every((k) => y.has(k)) && [...y].every((k) => x.has(k));
  }),
  celFunc("sets.intersects", [LIST, LIST], BOOL, (a, b) => {
    const have = new Set(asList(a));
    return asList(b).some((k) => have.has(k));
  }),
];
