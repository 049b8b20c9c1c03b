/** The conversions sprig leans on: spf13/cast's ToInt64/ToFloat64 and sprig's strval/strslice/empty. */
import { parseGoInt } from "../gotemplate/parser.js";
import { FuncError } from "../gotemplate/funcs.js";
import {
  containerTypeOf,
  formatValue,
  Int64,
  intOf,
  isMap,
  isTrue,
  kindName,
  typed,
  type GoValue,
} from "../gotemplate/values.js";

/** Wraps to a signed 64-bit integer, as Go arithmetic does. */
export function wrap64(n: bigint): bigint {
  return BigInt.asIntN(64, n);
}

function trimZeroDecimal(s: string): string {
  let foundZero = false;
  for (let i = s.length; i > 0; i--) {
    const c = s.charAt(i - 1);
    if (c === ".") {
      if (foundZero) return s.slice(0, i - 1);
    } else if (c === "0") {
      foundZero = true;
    } else {
      return s;
    }
  }
  return s;
}

/** cast.ToInt64: numbers truncate, strings parse (base prefixes allowed), anything else is 0. */
export function toInt64(v: GoValue): bigint {
  const i = intOf(v);
  if (i !== undefined) return i;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return -(2n ** 63n);
    return wrap64(BigInt(Math.trunc(v)));
  }
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (typeof v === "string") {
    const n = parseGoInt(trimZeroDecimal(v));
    if (n === undefined || n > 2n ** 63n - 1n || n < -(2n ** 63n)) return 0n;
    return n;
  }
  return 0n;
}

/** cast.ToFloat64. */
export function toFloat64(v: GoValue): number {
  const i = intOf(v);
  if (i !== undefined) return Number(i);
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const t = v.trim() === v ? v : "";
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
    if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
    return 0;
  }
  return 0;
}

/** sprig's strval: strings as they are, anything else through `%v`. */
export function strval(v: GoValue): string {
  if (typeof v === "string") return v;
  return formatValue(v);
}

/** sprig's strslice: a list of strings from any list (nil elements dropped) or a single value. */
export function strslice(v: GoValue): string[] {
  if (v === null || v === undefined) return typed([], "[]string");
  if (Array.isArray(v)) {
    if (containerTypeOf(v) === "[]string") return v as string[];
    return typed(v.filter((x) => x !== null && x !== undefined).map(strval), "[]string");
  }
  return typed([strval(v)], "[]string");
}

/** sprig's empty: Go zero values and empty containers (the opposite of Go's truth). */
export function isEmpty(v: GoValue): boolean {
  return !isTrue(v);
}

/** The elements of a Go slice, or a sprig-style error naming the type. */
export function listOf(v: GoValue, what: string): GoValue[] {
  if (Array.isArray(v)) return v;
  throw new FuncError(`Cannot ${what} on type ${kindOfValue(v)}`);
}

/** reflect.Kind names, as sprig's errors print them. */
export const kindOfValue = kindName;

/** reflect.DeepEqual over the value model. */
export function deepEqual(a: GoValue, b: GoValue, depth = 0): boolean {
  if (depth > 100) throw new FuncError("value is nested too deeply to compare");
  if (a === b) return true;
  if (a instanceof Int64 && b instanceof Int64) return a.v === b.v;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (containerTypeOf(a) !== containerTypeOf(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i], depth + 1));
  }
  if (isMap(a) && isMap(b)) {
    if (containerTypeOf(a) !== containerTypeOf(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k], depth + 1));
  }
  return false;
}
