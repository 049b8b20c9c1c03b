/**
 * Go values as text/template sees them, in JavaScript.
 *
 * `undefined` is Go's invalid reflect.Value (a missing map key), `null` a nil
 * interface (JSON null), `bigint` an `int`, {@link Int64} an `int64` (what sprig's
 * arithmetic returns), `number` a `float64` (every number a generator reads from
 * YAML or JSON), arrays are slices and plain objects are maps. Go's container
 * types matter to some functions (`keys` refuses a `map[string]string`), so
 * containers may carry a type tag.
 */

export type GoValue = undefined | null | boolean | bigint | number | string | Int64 | GoValue[] | GoMap;
export interface GoMap {
  [key: string]: GoValue;
}

/** An `int64`: kept apart from `int` because Go will not pass one where the other is expected. */
export class Int64 {
  constructor(readonly v: bigint) {}
}

export type ContainerType = "map[string]string" | "[]string" | "[]int" | "[][]interface {}";
const containerTypes = new WeakMap<object, ContainerType>();

/** Marks `value` as a Go container of a concrete type. */
export function typed<T extends object>(value: T, type: ContainerType): T {
  containerTypes.set(value, type);
  return value;
}

/** The Go type tag of a container, if it has one. */
export function containerTypeOf(value: object): ContainerType | undefined {
  return containerTypes.get(value);
}

export function isMap(v: unknown): v is GoMap {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Int64);
}

/** A map that a key like `__proto__` cannot corrupt. */
export function newMap(): GoMap {
  return Object.create(null) as GoMap;
}

/** Sets a key as an own data property, whatever its name. */
export function put(m: GoMap, key: string, value: GoValue): void {
  Object.defineProperty(m, key, { value, writable: true, enumerable: true, configurable: true });
}

export function hasOwn(m: GoMap, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(m, key);
}

export function mapGet(m: GoMap, key: string): GoValue {
  return hasOwn(m, key) ? m[key] : undefined;
}

/** Go orders strings by bytes, which for UTF-8 is code point order. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export function sortedKeys(m: GoMap): string[] {
  return Object.keys(m).sort(compareStrings);
}

/** The Go type name of a value, as error messages and `typeOf` print it. */
export function typeName(v: GoValue): string {
  if (v === undefined || v === null) return "<nil>";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "bigint") return "int";
  if (typeof v === "number") return "float64";
  if (typeof v === "string") return "string";
  if (v instanceof Int64) return "int64";
  const tag = containerTypes.get(v);
  if (tag) return tag;
  return Array.isArray(v) ? "[]interface {}" : "map[string]interface {}";
}

/** reflect.Kind names, for `kindOf`/`kindIs`. */
export function kindName(v: GoValue): string {
  if (v === undefined || v === null) return "invalid";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "bigint") return "int";
  if (v instanceof Int64) return "int64";
  if (typeof v === "number") return "float64";
  if (typeof v === "string") return "string";
  return Array.isArray(v) ? "slice" : "map";
}

/** Go's truth: zero values, empty containers, nil and missing are false. */
export function isTrue(v: GoValue): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "bigint") return v !== 0n;
  if (v instanceof Int64) return v.v !== 0n;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return Object.keys(v).length > 0;
}

/** The integer inside an `int` or `int64`, or undefined for anything else. */
export function intOf(v: GoValue): bigint | undefined {
  if (typeof v === "bigint") return v;
  if (v instanceof Int64) return v.v;
  return undefined;
}

/** A string's code points: Go ranges over a string rune by rune. */
export function runes(s: string): string[] {
  return Array.from(s);
}

/** Byte length of a string in UTF-8, as Go's `len` counts it. */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

const MAX_PRINT_DEPTH = 100;

/** fmt's `%v` of a value inside a container or as an argument (nil prints as `<nil>`). */
export function formatValue(v: GoValue, depth = 0): string {
  if (depth > MAX_PRINT_DEPTH) throw new Error("value is nested too deeply to print");
  if (v === undefined || v === null) return "<nil>";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Int64) return v.v.toString();
  if (typeof v === "number") return formatFloatShortest(v, "g");
  if (Array.isArray(v)) return "[" + v.map((x) => formatValue(x, depth + 1)).join(" ") + "]";
  return (
    "map[" +
    sortedKeys(v)
      .map((k) => `${k}:${formatValue(v[k], depth + 1)}`)
      .join(" ") +
    "]"
  );
}

/** The shortest decimal digits of a finite non-zero float and its decimal exponent. */
export function shortestDigits(f: number): { digits: string; exp: number } {
  const [mant = "0", e = "0"] = Math.abs(f).toExponential().split("e");
  return { digits: mant.replace(".", ""), exp: Number(e) };
}

/**
 * strconv.FormatFloat(f, 'g' or 'e', -1, 64): the shortest representation, in
 * exponent form when 'e', or for 'g' when the exponent is below -4 or at least 6.
 */
export function formatFloatShortest(f: number, fmt: "g" | "e"): string {
  if (Number.isNaN(f)) return "NaN";
  if (f === Infinity) return "+Inf";
  if (f === -Infinity) return "-Inf";
  const sign = f < 0 || Object.is(f, -0) ? "-" : "";
  if (f === 0) return fmt === "e" ? `${sign}0e+00` : `${sign}0`;
  const { digits, exp } = shortestDigits(f);
  if (fmt === "e" || exp < -4 || exp >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0] ?? ""}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, "0");
    return `${sign}${mantissa}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return sign + digits + "0".repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
