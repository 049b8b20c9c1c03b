/** sprig's regex functions (regex.go) on Go regexp semantics. */
import { FuncError, fnOf, type GoFunc } from "../gotemplate/funcs.js";
import { typed } from "../gotemplate/values.js";
import { GoRegexp, RegexpError } from "../goregexp/index.js";
import { quoteGo } from "../gotemplate/gofmt.js";

const cache = new Map<string, GoRegexp>();

/** regexp.Compile, cached. */
export function compileGo(pattern: string): GoRegexp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const re = GoRegexp.compile(pattern);
  if (cache.size > 500) cache.clear();
  cache.set(pattern, re);
  return re;
}

/** regexp.MustCompile: the panic message Go prints for a bad pattern. */
function mustCompile(pattern: string): GoRegexp {
  try {
    return compileGo(pattern);
  } catch (err) {
    if (!(err instanceof RegexpError)) throw err;
    const quoted = /^[^`\p{Cc}]*$/u.test(pattern) ? "`" + pattern + "`" : quoteGo(pattern);
    throw new FuncError(`regexp: Compile(${quoted}): ${err.message}`);
  }
}

/** regexp.Compile for the `must` variants, whose error is the compile error itself. */
function compileOrFail(pattern: string): GoRegexp {
  try {
    return compileGo(pattern);
  } catch (err) {
    if (err instanceof RegexpError) throw new FuncError(err.message);
    throw err;
  }
}

function findAll(re: GoRegexp, s: string, n: bigint): string[] {
  return typed(
    re.findAll(s, Number(n)).map((m) => s.slice(m[0] ?? 0, m[1] ?? 0)),
    "[]string",
  );
}

function find(re: GoRegexp, s: string): string {
  const m = re.exec(s);
  return m ? s.slice(m[0] ?? 0, m[1] ?? 0) : "";
}

export const REGEX_FUNCS: [string, GoFunc][] = [
  [
    "regexMatch",
    fnOf(["string", "string"], (r, s) => {
      try {
        return compileGo(r as string).test(s as string);
      } catch (err) {
        if (err instanceof RegexpError) return false;
        throw err;
      }
    }),
  ],
  ["mustRegexMatch", fnOf(["string", "string"], (r, s) => compileOrFail(r as string).test(s as string))],
  [
    "regexFindAll",
    fnOf(["string", "string", "int"], (r, s, n) =>
      findAll(mustCompile(r as string), s as string, n as bigint),
    ),
  ],
  [
    "mustRegexFindAll",
    fnOf(["string", "string", "int"], (r, s, n) =>
      findAll(compileOrFail(r as string), s as string, n as bigint),
    ),
  ],
  ["regexFind", fnOf(["string", "string"], (r, s) => find(mustCompile(r as string), s as string))],
  ["mustRegexFind", fnOf(["string", "string"], (r, s) => find(compileOrFail(r as string), s as string))],
  [
    "regexReplaceAll",
    fnOf(["string", "string", "string"], (r, s, repl) =>
      mustCompile(r as string).replaceAll(s as string, repl as string, false),
    ),
  ],
  [
    "mustRegexReplaceAll",
    fnOf(["string", "string", "string"], (r, s, repl) =>
      compileOrFail(r as string).replaceAll(s as string, repl as string, false),
    ),
  ],
  [
    "regexReplaceAllLiteral",
    fnOf(["string", "string", "string"], (r, s, repl) =>
      mustCompile(r as string).replaceAll(s as string, repl as string, true),
    ),
  ],
  [
    "mustRegexReplaceAllLiteral",
    fnOf(["string", "string", "string"], (r, s, repl) =>
      compileOrFail(r as string).replaceAll(s as string, repl as string, true),
    ),
  ],
  [
    "regexSplit",
    fnOf(["string", "string", "int"], (r, s, n) =>
      typed(mustCompile(r as string).split(s as string, Number(n)), "[]string"),
    ),
  ],
  [
    "mustRegexSplit",
    fnOf(["string", "string", "int"], (r, s, n) =>
      typed(compileOrFail(r as string).split(s as string, Number(n)), "[]string"),
    ),
  ],
  ["regexQuoteMeta", fnOf(["string"], (s) => (s as string).replace(/[\\.+*?()|[\]{}^$]/g, "\\$&"))],
];
