import { CelScalar, celFunc, celMethod, type CelFunc, type CelValue } from "@bufbuild/cel";
import type { ReflectMessage } from "@bufbuild/protobuf/reflect";
import { opaqueType } from "../opaque.js";

/** A Kubernetes resource.Quantity as an exact fraction `num / den` (den > 0, reduced). */
export interface Quantity {
  num: bigint;
  den: bigint;
}

const QuantityType = opaqueType<Quantity>("kubernetes.Quantity", (q) => `${q.num}/${q.den}`);
const Q = QuantityType.type;
const { STRING, BOOL, INT, DOUBLE } = CelScalar;

const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Ti: 40, Gi: 30, Pi: 50, Ei: 60 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const PATTERN = /^([+-]?)(\d+\.?\d*|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

/** Parses a quantity the way resource.ParseQuantity does; undefined when it is not one. */
export function parseQuantity(text: string): Quantity | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const [, sign = "", number = "", suffix = ""] = m;
  const [whole = "", frac = ""] = number.split(".");
  let num = BigInt((whole || "0") + frac) * (sign === "-" ? -1n : 1n);
  let den = 10n ** BigInt(frac.length);
  if (suffix in BINARY) {
    num *= 2n ** BigInt(BINARY[suffix] ?? 0);
  } else {
    const exp = suffix in DECIMAL ? (DECIMAL[suffix] ?? 0) : Number(suffix.slice(1));
    if (Math.abs(exp) > 1000) return undefined;
    if (exp >= 0) num *= 10n ** BigInt(exp);
    else den *= 10n ** BigInt(-exp);
  }
  return reduce(num, den);
}

function reduce(num: bigint, den: bigint): Quantity {
  const g = gcd(num < 0n ? -num : num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function cmp(a: Quantity, b: Quantity): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

function self(v: CelValue): Quantity {
  const q = QuantityType.unwrap(v);
  if (!q) throw new Error("not a quantity");
  return q;
}

function quantityOf(text: string): ReflectMessage {
  const q = parseQuantity(text);
  if (!q)
    throw new Error(
      `quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$': "${text}"`,
    );
  return QuantityType.wrap(q);
}

const add = (a: Quantity, b: Quantity) => reduce(a.num * b.den + b.num * a.den, a.den * b.den);
const neg = (q: Quantity): Quantity => ({ num: -q.num, den: q.den });
const fromInt = (n: bigint): Quantity => ({ num: n, den: 1n });

/** Kubernetes' quantity library: `quantity()`, `isQuantity()` and the Quantity methods. */
export const quantityFuncs: CelFunc[] = [
  celFunc("quantity", [STRING], Q, quantityOf),
  celFunc("isQuantity", [STRING], BOOL, (s) => parseQuantity(s) !== undefined),
  celMethod("sign", Q, [], INT, function () {
    const n = self(this).num;
    return n > 0n ? 1n : n < 0n ? -1n : 0n;
  }),
  celMethod("isInteger", Q, [], BOOL, function () {
    const q = self(this);
    return q.den === 1n && q.num >= INT64_MIN && q.num <= INT64_MAX;
  }),
  celMethod("asInteger", Q, [], INT, function () {
    const q = self(this);
    if (q.den !== 1n || q.num < INT64_MIN || q.num > INT64_MAX)
      throw new Error("cannot convert value to integer: precision loss or overflow");
    return q.num;
  }),
  celMethod("asApproximateFloat", Q, [], DOUBLE, function () {
    const q = self(this);
    return Number(q.num) / Number(q.den);
  }),
  celMethod("add", Q, [Q], Q, function (o) {
    return QuantityType.wrap(add(self(this), self(o)));
  }),
  celMethod("add", Q, [INT], Q, function (n) {
    return QuantityType.wrap(add(self(this), fromInt(n)));
  }),
  celMethod("sub", Q, [Q], Q, function (o) {
    return QuantityType.wrap(add(self(this), neg(self(o))));
  }),
  celMethod("sub", Q, [INT], Q, function (n) {
    return QuantityType.wrap(add(self(this), fromInt(-n)));
  }),
  celMethod("isGreaterThan", Q, [Q], BOOL, function (o) {
    return cmp(self(this), self(o)) > 0;
  }),
  celMethod("isLessThan", Q, [Q], BOOL, function (o) {
    return cmp(self(this), self(o)) < 0;
  }),
  celMethod("compareTo", Q, [Q], INT, function (o) {
    return BigInt(cmp(self(this), self(o)));
  }),
];
