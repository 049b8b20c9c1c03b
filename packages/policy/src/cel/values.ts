import { celList, celMap, isCelList, isCelMap, isCelUint, type CelValue } from "@bufbuild/cel";
import { opaquePayload } from "./opaque.js";

/**
 * Converts a parsed manifest (plain JSON-like data) into CEL values once, so that
 * every expression evaluated against it shares the converted tree.
 *
 * Integral numbers become CEL `int` (bigint) the way Kubernetes decodes JSON into
 * int64, so `object.spec.replicas + 1` works; other numbers stay `double`.
 */
export function toCelValue(value: unknown): CelValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
    case "bigint":
      return value;
    case "number":
      return Number.isInteger(value) ? BigInt(value) : value;
    case "object":
      break;
    default:
      return null;
  }
  if (Array.isArray(value)) return celList(value.map(toCelValue));
  if (value instanceof Date) return value.toISOString();
  const map = new Map<string, CelValue>();
  for (const [k, v] of Object.entries(value)) map.set(k, toCelValue(v));
  return celMap(map);
}

/** A CEL value as plain JavaScript, for messages and notes (ints become numbers when safe). */
export function fromCelValue(value: CelValue | undefined): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "bigint") {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (typeof value !== "object") return value;
  if (isCelUint(value)) return fromCelValue(value.value);
  if (isCelList(value)) return [...value].map(fromCelValue);
  if (isCelMap(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) {
      Object.defineProperty(out, String(isCelUint(k) ? k.value : k), {
        value: fromCelValue(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  const opaque = opaquePayload(value);
  if (opaque?.typeName === "gitops.optional_type") {
    const o = opaque.value as { has: boolean; value?: CelValue };
    return o.has ? fromCelValue(o.value) : null;
  }
  const key = (value as { message?: { key?: unknown } }).message?.key;
  return typeof key === "string" ? key : celTypeName(value);
}

/** A short, stable, type-aware rendering of a CEL value: the identity of an optional's content. */
export function celKey(value: CelValue | undefined): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  switch (typeof value) {
    case "bigint":
      return `i${value}`;
    case "number":
      return `d${value}`;
    case "string":
      return `s${JSON.stringify(value)}`;
    case "boolean":
      return `b${value}`;
    default:
      break;
  }
  if (isCelUint(value)) return `u${value.value}`;
  if (isCelList(value)) return `[${[...value].map(celKey).join(",")}]`;
  if (isCelMap(value)) {
    const entries = [...value].map(([k, v]) => `${celKey(k as CelValue)}:${celKey(v)}`).sort();
    return `{${entries.join(",")}}`;
  }
  if (value instanceof Uint8Array) return `y${Buffer.from(value).toString("hex")}`;
  return `o${String((value as { desc?: { typeName?: string } }).desc?.typeName)}:${JSON.stringify((value as { message?: unknown }).message ?? null, bigintSafe)}`;
}

function bigintSafe(_key: string, v: unknown): unknown {
  return typeof v === "bigint" ? v.toString() : v;
}

/** The name of a value's CEL type, for error messages. */
export function celTypeName(value: CelValue | undefined): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  switch (typeof value) {
    case "bigint":
      return "int";
    case "number":
      return "double";
    case "string":
      return "string";
    case "boolean":
      return "bool";
    default:
      break;
  }
  if (isCelUint(value)) return "uint";
  if (isCelList(value)) return "list";
  if (isCelMap(value)) return "map";
  if (value instanceof Uint8Array) return "bytes";
  return (value as { desc?: { typeName?: string } }).desc?.typeName ?? "object";
}
