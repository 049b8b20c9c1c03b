/** sprig's number functions (numeric.go): int64 arithmetic on cast values, float helpers. */
import { FuncError, fnOf, type GoFunc } from "../gotemplate/funcs.js";
import { Int64, type GoValue } from "../gotemplate/values.js";
import { strval, toFloat64, toInt64, wrap64 } from "./convert.js";
import { LIMITS } from "../budget.js";

const i64 = (n: bigint): Int64 => new Int64(wrap64(n));

/** Float results that shopspring/decimal would have computed exactly. */
function decimalish(f: number): number {
  return Number.isFinite(f) ? Number(f.toPrecision(15)) : f;
}

function round(a: GoValue, places: bigint, ...rest: GoValue[]): number {
  const roundOn = rest.length > 0 ? toFloat64(rest[0] ?? null) : 0.5;
  const val = toFloat64(a);
  const pow = 10 ** Number(places);
  const digit = pow * val;
  const frac = digit - Math.trunc(digit);
  return (frac >= roundOn ? Math.ceil(digit) : Math.floor(digit)) / pow;
}

function seq(...params: GoValue[]): string {
  const p = params.map((x) => Number(x as bigint));
  const range = (start: number, stop: number, step: number): number[] => {
    const out: number[] = [];
    if (step === 0) return out;
    if (Math.abs((stop - start) / step) > LIMITS.maxListLength) throw new FuncError("seq is too long");
    if (step > 0) for (let i = start; i < stop; i += step) out.push(i);
    else for (let i = start; i > stop; i += step) out.push(i);
    return out;
  };
  switch (p.length) {
    case 1: {
      const end = p[0] ?? 0;
      const inc = end < 1 ? -1 : 1;
      return range(1, end + inc, inc).join(" ");
    }
    case 2: {
      const [start = 0, end = 0] = p;
      const step = end < start ? -1 : 1;
      return range(start, end + step, step).join(" ");
    }
    case 3: {
      const [start = 0, step = 0, end = 0] = p;
      let inc = 1;
      if (end < start) {
        inc = -1;
        if (step > 0) return "";
      }
      return range(start, end + inc, step).join(" ");
    }
    default:
      return "";
  }
}

export const MATH_FUNCS: [string, GoFunc][] = [
  ["add1", fnOf(["any"], (a) => i64(toInt64(a) + 1n))],
  ["add", fnOf([], (...v) => i64(v.reduce<bigint>((s, x) => wrap64(s + toInt64(x)), 0n)), "any")],
  ["sub", fnOf(["any", "any"], (a, b) => i64(toInt64(a) - toInt64(b)))],
  [
    "div",
    fnOf(["any", "any"], (a, b) => {
      const d = toInt64(b);
      if (d === 0n) throw new FuncError("runtime error: integer divide by zero");
      return i64(toInt64(a) / d);
    }),
  ],
  [
    "mod",
    fnOf(["any", "any"], (a, b) => {
      const d = toInt64(b);
      if (d === 0n) throw new FuncError("runtime error: integer divide by zero");
      return i64(toInt64(a) % d);
    }),
  ],
  [
    "mul",
    fnOf(["any"], (a, ...v) => i64(v.reduce<bigint>((s, x) => wrap64(s * toInt64(x)), toInt64(a))), "any"),
  ],
  [
    "max",
    fnOf(
      ["any"],
      (a, ...v) => i64(v.reduce<bigint>((m, x) => (toInt64(x) > m ? toInt64(x) : m), toInt64(a))),
      "any",
    ),
  ],
  [
    "biggest",
    fnOf(
      ["any"],
      (a, ...v) => i64(v.reduce<bigint>((m, x) => (toInt64(x) > m ? toInt64(x) : m), toInt64(a))),
      "any",
    ),
  ],
  [
    "min",
    fnOf(
      ["any"],
      (a, ...v) => i64(v.reduce<bigint>((m, x) => (toInt64(x) < m ? toInt64(x) : m), toInt64(a))),
      "any",
    ),
  ],
  ["add1f", fnOf(["any"], (a) => decimalish(toFloat64(a) + 1))],
  ["addf", fnOf([], (...v) => decimalish(v.reduce<number>((s, x) => s + toFloat64(x), 0)), "any")],
  [
    "subf",
    fnOf(["any"], (a, ...v) => decimalish(v.reduce<number>((s, x) => s - toFloat64(x), toFloat64(a))), "any"),
  ],
  [
    "mulf",
    fnOf(["any"], (a, ...v) => decimalish(v.reduce<number>((s, x) => s * toFloat64(x), toFloat64(a))), "any"),
  ],
  [
    "divf",
    fnOf(
      ["any"],
      (a, ...v) =>
        decimalish(
          v.reduce<number>((s, x) => {
            const d = toFloat64(x);
            if (d === 0) throw new FuncError("decimal division by 0");
            return s / d;
          }, toFloat64(a)),
        ),
      "any",
    ),
  ],
  ["maxf", fnOf(["any"], (a, ...v) => Math.max(toFloat64(a), ...v.map(toFloat64)), "any")],
  ["minf", fnOf(["any"], (a, ...v) => Math.min(toFloat64(a), ...v.map(toFloat64)), "any")],
  ["floor", fnOf(["any"], (a) => Math.floor(toFloat64(a)))],
  ["ceil", fnOf(["any"], (a) => Math.ceil(toFloat64(a)))],
  ["round", fnOf(["any", "int"], (a, p, ...r) => round(a, p as bigint, ...r), "any")],
  ["int", fnOf(["any"], (v) => BigInt.asIntN(64, toInt64(v)))],
  ["int64", fnOf(["any"], (v) => i64(toInt64(v)))],
  ["float64", fnOf(["any"], (v) => toFloat64(v))],
  [
    "atoi",
    fnOf(["string"], (s) => {
      const m = /^[+-]?\d+$/.exec(s as string);
      if (!m) return 0n;
      const n = BigInt(m[0]);
      return n > 2n ** 63n - 1n || n < -(2n ** 63n) ? 0n : n;
    }),
  ],
  [
    "toDecimal",
    fnOf(["any"], (v) => {
      const s = strval(v);
      if (!/^[+-]?[0-7]+$/.test(s)) return i64(0n);
      const magnitude = BigInt("0o" + s.replace(/^[+-]/, ""));
      return i64(s.startsWith("-") ? -magnitude : magnitude);
    }),
  ],
  ["seq", fnOf([], seq, "int")],
];
