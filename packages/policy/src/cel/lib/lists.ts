import {
  CelScalar,
  celFunc,
  celMethod,
  isCelList,
  isCelUint,
  listType,
  type CelFunc,
  type CelList,
  type CelValue,
} from "@bufbuild/cel";
import { celKey, celTypeName } from "../values.js";
import { compareValues } from "./compare.js";

const { DYN, BOOL, INT, STRING } = CelScalar;
const LIST = listType(DYN);

function items(list: CelList): CelValue[] {
  return [...list];
}

function sum(list: CelList): CelValue {
  const values = items(list);
  if (values.length === 0) return 0n;
  const first = values[0];
  if (typeof first === "bigint") {
    return values.reduce<bigint>((acc, v) => {
      if (typeof v !== "bigint")
        throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
      return acc + v;
    }, 0n);
  }
  if (typeof first === "number") {
    return values.reduce<number>((acc, v) => {
      if (typeof v !== "number")
        throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
      return acc + v;
    }, 0);
  }
  if (isCelUint(first)) {
    return values.reduce<bigint>((acc, v) => {
      if (!isCelUint(v)) throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
      return acc + v.value;
    }, 0n);
  }
  throw new Error(`sum() is not supported on a list of ${celTypeName(first)}`);
}

function extreme(list: CelList, sign: 1 | -1, name: string): CelValue {
  const values = items(list);
  if (values.length === 0) throw new Error(`${name}() called on an empty list`);
  return values.reduce((best, v) => (compareValues(v, best) * sign > 0 ? v : best));
}

function indexOf(list: CelList, value: CelValue, last: boolean): bigint {
  const values = items(list);
  const key = celKey(value);
  const order = last ? [...values.keys()].reverse() : [...values.keys()];
  for (const i of order) if (celKey(values[i]) === key) return BigInt(i);
  return -1n;
}

function distinct(list: CelList): CelValue[] {
  const seen = new Set<string>();
  const out: CelValue[] = [];
  for (const v of list) {
    const key = celKey(v);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

function flatten(list: CelList, depth: number): CelValue[] {
  if (depth < 0) throw new Error("flatten() depth must not be negative");
  const out: CelValue[] = [];
  for (const v of list) {
    if (isCelList(v) && depth > 0) out.push(...flatten(v, depth - 1));
    else out.push(v);
  }
  return out;
}

function slice(list: CelList, start: bigint, end: bigint): CelValue[] {
  if (start < 0n || end < 0n) throw new Error("slice() indexes must not be negative");
  if (start > end) throw new Error("slice() start must not be greater than end");
  if (end > BigInt(list.size)) throw new Error("slice() end is out of range");
  return items(list).slice(Number(start), Number(end));
}

/**
 * Kubernetes' lists library (isSorted, sum, min, max, indexOf, lastIndexOf) plus cel-go's
 * ext.Lists functions that policies use (distinct, flatten, reverse, slice, sort, lists.range).
 */
export const listFuncs: CelFunc[] = [
  celMethod("isSorted", LIST, [], BOOL, function () {
    const v = items(this);
    return v.every((x, i) => i === 0 || compareValues(v[i - 1] ?? null, x) <= 0);
  }),
  celMethod("sum", LIST, [], DYN, function () {
    return sum(this);
  }),
  celMethod("min", LIST, [], DYN, function () {
    return extreme(this, -1, "min");
  }),
  celMethod("max", LIST, [], DYN, function () {
    return extreme(this, 1, "max");
  }),
  celMethod("indexOf", LIST, [DYN], INT, function (v) {
    return indexOf(this, v, false);
  }),
  celMethod("lastIndexOf", LIST, [DYN], INT, function (v) {
    return indexOf(this, v, true);
  }),
  celMethod("distinct", LIST, [], LIST, function () {
    return distinct(this);
  }),
  celMethod("flatten", LIST, [], LIST, function () {
    return flatten(this, 1);
  }),
  celMethod("flatten", LIST, [INT], LIST, function (depth) {
    return flatten(this, Number(depth));
  }),
  celMethod("reverse", LIST, [], LIST, function () {
    return items(this).reverse();
  }),
  celMethod("slice", LIST, [INT, INT], LIST, function (start, end) {
    return slice(this, start, end);
  }),
  celMethod("sort", LIST, [], LIST, function () {
    return items(this).sort(compareValues);
  }),
  celFunc("lists.range", [INT], LIST, (n) =>
    Array.from({ length: Math.max(0, Number(n)) }, (_, i) => BigInt(i)),
  ),
  celMethod("reverse", STRING, [], STRING, function () {
    // cel-go reverses code points, not grapheme clusters; so do we.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    return [...this].reverse().join("");
  }),
];
