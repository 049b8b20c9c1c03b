/** How template functions declare their Go signatures, so arguments are checked as Go checks them. */
import type { GoValue } from "./values.js";

/**
 * A Go parameter type. `value` is reflect.Value (builtins such as `eq` that see
 * any argument, even a missing one); `any` is interface{}; `map` is
 * map[string]interface {}; `slice` is []interface {}; `strings` is []string.
 */
export type ParamType = "any" | "value" | "string" | "int" | "float64" | "bool" | "map" | "slice" | "strings";

export interface GoFunc {
  params: readonly ParamType[];
  /** Element type of a trailing `...` parameter. */
  variadic?: ParamType;
  /** Throws a {@link FuncError} (Go's error result or a recovered panic). */
  fn: (...args: GoValue[]) => GoValue;
  /** `and` and `or` evaluate their arguments lazily. */
  shortCircuit?: "and" | "or";
  /** Set for functions Argo CD has but that cannot run offline (clocks, randomness, keys). */
  unsupported?: string;
}

export type FuncMap = ReadonlyMap<string, GoFunc>;

/** An error a template function returns; execution reports `error calling NAME: MESSAGE`. */
export class FuncError extends Error {}

export function fnOf(
  params: readonly ParamType[],
  fn: (...args: GoValue[]) => GoValue,
  variadic?: ParamType,
): GoFunc {
  return variadic === undefined ? { params, fn } : { params, fn, variadic };
}

export function typeLabel(t: ParamType): string {
  switch (t) {
    case "any":
      return "interface {}";
    case "value":
      return "reflect.Value";
    case "map":
      return "map[string]interface {}";
    case "slice":
      return "[]interface {}";
    case "strings":
      return "[]string";
    default:
      return t;
  }
}
