import {
  CelScalar,
  celFunc,
  celMethod,
  isCelList,
  isCelMap,
  type CelFunc,
  type CelValue,
} from "@bufbuild/cel";
import type { ReflectMessage } from "@bufbuild/protobuf/reflect";
import { opaqueType } from "../opaque.js";
import { celKey, celTypeName } from "../values.js";

/** An optional value: `optional.of(x)` or `optional.none()`. */
export interface Optional {
  has: boolean;
  value?: CelValue;
}

let serial = 0;

/**
 * Optionals holding a scalar compare by value; ones holding a list, map or message compare by
 * identity, so wrapping a whole manifest (`object.?spec`) never walks it to build a key.
 */
export const OptionalType = opaqueType<Optional>("gitops.optional_type", (o) => {
  if (!o.has) return "none";
  const v = o.value ?? null;
  return typeof v === "object" && v !== null ? `some:#${++serial}` : `some:${celKey(v)}`;
});
const OPT = OptionalType.type;
const { DYN, BOOL, STRING } = CelScalar;

/** Internal functions the syntax rewrite turns `a.?b`, `a[?k]`, `[?x]` and `{?k: v}` into. */
export const OPT_SELECT = "@optselect";
export const OPT_INDEX = "@optindex";
export const OPT_LIST = "@optlist";
export const OPT_MAP = "@optmap";
export const OPT_HAS = "@opthas";
/** `or`/`orValue` on a receiver that may not be optional (see `ast.ts`). */
export const OPT_PICK = "@optpick";
export const OPT_GET = "@optget";

export function some(value: CelValue): ReflectMessage {
  return OptionalType.wrap({ has: true, value });
}

export function none(): ReflectMessage {
  return OptionalType.wrap({ has: false });
}

/** Looks `key` up in a map or list (unwrapping an optional receiver): some(value) or none. */
function lookup(target: CelValue, key: CelValue): ReflectMessage {
  const opt = OptionalType.unwrap(target);
  if (opt) {
    if (!opt.has) return none();
    target = opt.value ?? null;
  }
  if (isCelMap(target)) {
    const v = target.get(key as Parameters<typeof target.get>[0]);
    return v === undefined ? none() : some(v);
  }
  if (isCelList(target)) {
    if (typeof key !== "bigint" && typeof key !== "number") throw new Error("list index must be an int");
    const i = Number(key);
    if (!Number.isInteger(i) || i < 0 || i >= target.size) return none();
    return some(target.get(i) ?? null);
  }
  throw new Error(`optional selection is not supported on ${celTypeName(target)}`);
}

function zero(v: CelValue): boolean {
  if (v === null || v === false || v === "" || v === 0 || v === 0n) return true;
  if (isCelList(v) || isCelMap(v)) return v.size === 0;
  if (v instanceof Uint8Array) return v.length === 0;
  return false;
}

function self(v: CelValue): Optional {
  const o = OptionalType.unwrap(v);
  if (!o) throw new Error("not an optional");
  return o;
}

/** `optional.of/none/ofNonZeroValue`, `hasValue()`, `value()`, `orValue()`, `or()`, and the syntax helpers. */
export const optionalFuncs: CelFunc[] = [
  celFunc("optional.of", [DYN], OPT, (v) => some(v)),
  celFunc("optional.none", [], OPT, () => none()),
  celFunc("optional.ofNonZeroValue", [DYN], OPT, (v) => (zero(v) ? none() : some(v))),
  celMethod("hasValue", OPT, [], BOOL, function () {
    return self(this).has;
  }),
  celMethod("value", OPT, [], DYN, function () {
    const o = self(this);
    if (!o.has) throw new Error("optional.none() dereference");
    return o.value ?? null;
  }),
  celMethod("orValue", OPT, [DYN], DYN, function (fallback) {
    const o = self(this);
    return o.has ? (o.value ?? null) : fallback;
  }),
  celMethod("or", OPT, [OPT], OPT, function (other) {
    return OptionalType.wrap(self(this).has ? self(this) : self(other));
  }),
  celFunc(OPT_SELECT, [DYN, STRING], OPT, (target, field) => lookup(target, field)),
  celFunc(OPT_INDEX, [DYN, DYN], OPT, (target, key) => lookup(target, key)),
  celFunc(OPT_HAS, [DYN, STRING], BOOL, (target, field) => self(lookup(target, field)).has),
  // True when the receiver is kept: any non-optional value, or an optional holding a value.
  celFunc(OPT_PICK, [DYN], BOOL, (v) => OptionalType.unwrap(v)?.has ?? true),
  celFunc(OPT_GET, [DYN], DYN, (v) => {
    const o = OptionalType.unwrap(v);
    return o ? (o.value ?? null) : v;
  }),
  celFunc(OPT_LIST, [DYN], DYN, (list) => {
    if (!isCelList(list)) throw new Error("invalid optional list");
    const out: CelValue[] = [];
    for (const item of list) {
      const o = self(item);
      if (o.has) out.push(o.value ?? null);
    }
    return out;
  }),
  celFunc(OPT_MAP, [DYN], DYN, (pairs) => {
    if (!isCelList(pairs)) throw new Error("invalid optional map");
    const out = new Map<string | bigint | boolean, CelValue>();
    for (const pair of pairs) {
      if (!isCelList(pair)) throw new Error("invalid optional map");
      const key = pair.get(0);
      const o = self(pair.get(1) ?? null);
      if (typeof key !== "string" && typeof key !== "bigint" && typeof key !== "boolean")
        throw new Error("unsupported map key type");
      if (o.has) out.set(key, o.value ?? null);
    }
    return out;
  }),
];
