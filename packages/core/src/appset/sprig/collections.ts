/** sprig's list, dict, default and reflection functions (list.go, dict.go, defaults.go, reflect.go). */
import { LIMITS } from "../budget.js";
import { FuncError, fnOf, type GoFunc } from "../gotemplate/funcs.js";
import {
  compareStrings,
  containerTypeOf,
  hasOwn,
  isMap,
  kindName,
  newMap,
  put,
  typed,
  typeName,
  type GoMap,
  type GoValue,
} from "../gotemplate/values.js";
import { mergoMerge } from "../params.js";
import { deepEqual, isEmpty, kindOfValue, listOf, strslice, strval, toInt64 } from "./convert.js";

function list(...v: GoValue[]): GoValue {
  return [...v];
}

function dict(...v: GoValue[]): GoValue {
  const m = newMap();
  for (let i = 0; i < v.length; i += 2) {
    put(m, strval(v[i]), i + 1 < v.length ? v[i + 1] : "");
  }
  return m;
}

/** A copy of a Go slice as []interface{}, or undefined for an empty one (sprig returns nil). */
function copyList(v: GoValue, what: string): GoValue[] | undefined {
  const l = listOf(v, what);
  return l.length === 0 ? undefined : [...l];
}

function until(count: bigint): GoValue {
  return untilStep(0n, count, count < 0n ? -1n : 1n);
}

function untilStep(start: bigint, stop: bigint, step: bigint): GoValue {
  const out: bigint[] = [];
  if (step === 0n) return typed(out, "[]int");
  const n = (stop - start) / step;
  if (n > BigInt(LIMITS.maxListLength)) throw new FuncError(`a list of ${n} numbers is too long`);
  if (step > 0n) for (let i = start; i < stop; i += step) out.push(i);
  else for (let i = start; i > stop; i += step) out.push(i);
  return typed(out, "[]int");
}

function slice(l: GoValue, ...indices: GoValue[]): GoValue {
  const items = listOf(l, "slice");
  if (items.length === 0) return null;
  const start = indices.length > 0 ? Number(toInt64(indices[0] ?? null)) : 0;
  const end = indices.length > 1 ? Number(toInt64(indices[1] ?? null)) : items.length;
  if (start < 0 || end > items.length || start > end) {
    throw new FuncError(`reflect: slice index out of range`);
  }
  const out = items.slice(start, end);
  const tag = containerTypeOf(items);
  return tag ? typed(out, tag) : out;
}

function requireMap(v: GoValue, fn: string): GoMap {
  if (isMap(v) && containerTypeOf(v) === undefined) return v;
  throw new FuncError(
    `${fn}: interface conversion: interface {} is ${typeName(v)}, not map[string]interface {}`,
  );
}

function dig(...ps: GoValue[]): GoValue {
  if (ps.length < 3) throw new FuncError("dig needs at least three arguments");
  let cur = requireMap(ps[ps.length - 1], "dig");
  const def = ps[ps.length - 2];
  const keys = ps.slice(0, -2).map((k) => {
    if (typeof k !== "string")
      throw new FuncError(`interface conversion: interface {} is ${typeName(k)}, not string`);
    return k;
  });
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? "";
    if (!hasOwn(cur, k)) return def;
    const step = cur[k];
    if (i === keys.length - 1) return step;
    cur = requireMap(step, "dig");
  }
  return def;
}

function deepCopy(v: GoValue, depth = 0): GoValue {
  if (depth > LIMITS.maxDepth) throw new FuncError("value is nested too deeply to copy");
  if (Array.isArray(v)) {
    const out = v.map((x) => deepCopy(x, depth + 1));
    const tag = containerTypeOf(v);
    return tag ? typed(out, tag) : out;
  }
  if (isMap(v)) {
    const m = newMap();
    for (const k of Object.keys(v)) put(m, k, deepCopy(v[k], depth + 1));
    const tag = containerTypeOf(v);
    return tag ? typed(m, tag) : m;
  }
  return v;
}

function uniq(l: GoValue): GoValue {
  const out: GoValue[] = [];
  for (const x of listOf(l, "find uniq")) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
}

export const COLLECTION_FUNCS: [string, GoFunc][] = [
  ["list", fnOf([], list, "any")],
  ["tuple", fnOf([], list, "any")],
  ["dict", fnOf([], dict, "any")],
  [
    "get",
    fnOf(["map", "string"], (d, k) => (hasOwn(d as GoMap, k as string) ? (d as GoMap)[k as string] : "")),
  ],
  [
    "set",
    fnOf(["map", "string", "any"], (d, k, v) => {
      put(d as GoMap, k as string, v);
      return d;
    }),
  ],
  [
    "unset",
    fnOf(["map", "string"], (d, k) => {
      Reflect.deleteProperty(d as GoMap, k as string);
      return d;
    }),
  ],
  ["hasKey", fnOf(["map", "string"], (d, k) => hasOwn(d as GoMap, k as string))],
  [
    "pluck",
    fnOf(
      ["string"],
      (k, ...ds) =>
        ds.filter((d) => isMap(d) && hasOwn(d, k as string)).map((d) => (d as GoMap)[k as string]),
      "map",
    ),
  ],
  [
    "keys",
    fnOf(
      [],
      (...ds) =>
        typed(
          ds.flatMap((d) => (isMap(d) ? Object.keys(d) : [])),
          "[]string",
        ),
      "map",
    ),
  ],
  [
    "pick",
    fnOf(
      ["map"],
      (d, ...ks) => {
        const m = newMap();
        for (const k of ks)
          if (hasOwn(d as GoMap, k as string)) put(m, k as string, (d as GoMap)[k as string]);
        return m;
      },
      "string",
    ),
  ],
  [
    "omit",
    fnOf(
      ["map"],
      (d, ...ks) => {
        const m = newMap();
        for (const k of Object.keys(d as GoMap)) if (!ks.includes(k)) put(m, k, (d as GoMap)[k]);
        return m;
      },
      "string",
    ),
  ],
  [
    "merge",
    fnOf(
      ["map"],
      (dst, ...srcs) => {
        for (const s of srcs) if (isMap(s)) mergoMerge(dst as GoMap, s, false);
        return dst;
      },
      "map",
    ),
  ],
  [
    "mergeOverwrite",
    fnOf(
      ["map"],
      (dst, ...srcs) => {
        for (const s of srcs) if (isMap(s)) mergoMerge(dst as GoMap, s, true);
        return dst;
      },
      "map",
    ),
  ],
  ["values", fnOf(["map"], (d) => Object.values(d as GoMap))],
  ["dig", fnOf([], dig, "any")],
  ["deepCopy", fnOf(["any"], (v) => deepCopy(v))],
  ["append", fnOf(["any", "any"], (l, v) => [...listOf(l, "push"), v])],
  ["push", fnOf(["any", "any"], (l, v) => [...listOf(l, "push"), v])],
  ["prepend", fnOf(["any", "any"], (l, v) => [v, ...listOf(l, "prepend")])],
  ["first", fnOf(["any"], (l) => listOf(l, "find first")[0] ?? null)],
  ["last", fnOf(["any"], (l) => listOf(l, "find last").at(-1) ?? null)],
  ["rest", fnOf(["any"], (l) => copyList(l, "find rest")?.slice(1) ?? null)],
  ["initial", fnOf(["any"], (l) => copyList(l, "find initial")?.slice(0, -1) ?? null)],
  ["reverse", fnOf(["any"], (l) => copyList(l, "find reverse")?.reverse() ?? null)],
  ["compact", fnOf(["any"], (l) => listOf(l, "compact").filter((x) => !isEmpty(x)))],
  ["uniq", fnOf(["any"], uniq)],
  [
    "without",
    fnOf(
      ["any"],
      (l, ...omit) => listOf(l, "find without").filter((x) => !omit.some((o) => deepEqual(x, o))),
      "any",
    ),
  ],
  [
    "has",
    fnOf(["any", "any"], (needle, haystack) => {
      if (haystack === null || haystack === undefined) return false;
      return listOf(haystack, "find has").some((x) => deepEqual(x, needle));
    }),
  ],
  ["slice", fnOf(["any"], slice, "any")],
  [
    "concat",
    fnOf(
      [],
      (...lists) => {
        const out: GoValue[] = [];
        for (const l of lists) {
          if (!Array.isArray(l)) throw new FuncError(`Cannot concat type ${kindOfValue(l)} as list`);
          out.push(...l);
        }
        return out;
      },
      "any",
    ),
  ],
  [
    "chunk",
    fnOf(["int", "any"], (size, l) => {
      const n = Number(size);
      const items = listOf(l, "chunk");
      if (n <= 0) throw new FuncError("chunk size must be positive");
      const out: GoValue[] = [];
      for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
      return typed(out, "[][]interface {}");
    }),
  ],
  [
    "sortAlpha",
    fnOf(["any"], (l) => {
      if (!Array.isArray(l)) return typed([strval(l)], "[]string");
      return typed([...strslice(l)].sort(compareStrings), "[]string");
    }),
  ],
  ["until", fnOf(["int"], (n) => until(n as bigint))],
  ["untilStep", fnOf(["int", "int", "int"], (a, b, c) => untilStep(a as bigint, b as bigint, c as bigint))],
  ["toStrings", fnOf(["any"], (v) => strslice(v))],
  ["join", fnOf(["string", "any"], (sep, v) => strslice(v).join(sep as string))],
  // defaults.go
  [
    "default",
    fnOf(["any"], (d, ...given) => (given.length === 0 || isEmpty(given[0] ?? null) ? d : given[0]), "any"),
  ],
  ["empty", fnOf(["any"], (v) => isEmpty(v))],
  ["coalesce", fnOf([], (...v) => v.find((x) => !isEmpty(x)) ?? null, "any")],
  ["all", fnOf([], (...v) => v.every((x) => !isEmpty(x)), "any")],
  ["any", fnOf([], (...v) => v.some((x) => !isEmpty(x)), "any")],
  ["ternary", fnOf(["any", "any", "bool"], (vt, vf, v) => (v ? vt : vf))],
  // reflect.go
  ["typeOf", fnOf(["any"], (v) => typeName(v))],
  ["typeIs", fnOf(["string", "any"], (t, v) => t === typeName(v))],
  ["typeIsLike", fnOf(["string", "any"], (t, v) => t === typeName(v) || t === "*" + typeName(v))],
  ["kindOf", fnOf(["any"], (v) => kindName(v))],
  ["kindIs", fnOf(["string", "any"], (t, v) => t === kindName(v))],
  ["deepEqual", fnOf(["any", "any"], (a, b) => deepEqual(a, b))],
  [
    "fail",
    fnOf(["string"], (msg) => {
      throw new FuncError(msg as string);
    }),
  ],
];
