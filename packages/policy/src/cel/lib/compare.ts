import { isCelUint, type CelValue } from "@bufbuild/cel";
import { celTypeName } from "../values.js";

/**
 * Orders two comparable CEL values (numbers of any kind, strings, bools, bytes) the way
 * CEL's `<` does; anything else is an error naming both types.
 */
export function compareValues(a: CelValue, b: CelValue): number {
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined && nb !== undefined) {
    if (typeof na === "bigint" && typeof nb === "bigint") return na < nb ? -1 : na > nb ? 1 : 0;
    const x = Number(na);
    const y = Number(nb);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.compare(a, b);
  throw new Error(`cannot compare ${celTypeName(a)} with ${celTypeName(b)}`);
}

function numeric(v: CelValue): bigint | number | undefined {
  if (typeof v === "bigint" || typeof v === "number") return v;
  if (isCelUint(v)) return v.value;
  return undefined;
}
