/** The functions every Go text/template has (text/template/funcs.go). */
import { FuncError, type GoFunc } from "./funcs.js";
import { sprint, sprintf, sprintln } from "./gofmt.js";
import {
  compareStrings,
  containerTypeOf,
  formatValue,
  hasOwn,
  intOf,
  isMap,
  isTrue,
  typeName,
  utf8Length,
  type GoValue,
} from "./values.js";

type Kind = "bool" | "int" | "float" | "string" | "invalid";

function basicKind(v: GoValue): Kind {
  if (typeof v === "boolean") return "bool";
  if (intOf(v) !== undefined) return "int";
  if (typeof v === "number") return "float";
  if (typeof v === "string") return "string";
  return "invalid";
}

function isNilish(v: GoValue): boolean {
  return v === undefined || v === null;
}

function eq(arg1: GoValue, ...rest: GoValue[]): boolean {
  if (rest.length === 0) throw new FuncError("missing argument for comparison");
  const k1 = basicKind(arg1);
  for (const arg of rest) {
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if (!isNilish(arg1) && !isNilish(arg)) throw new FuncError("incompatible types for comparison");
    } else {
      switch (k1) {
        case "int":
          truth = intOf(arg1) === intOf(arg);
          break;
        case "bool":
        case "float":
        case "string":
          truth = arg1 === arg;
          break;
        case "invalid":
          if (isNilish(arg1) || isNilish(arg)) truth = isNilish(arg1) === isNilish(arg);
          else throw new FuncError(`non-comparable type ${formatValue(arg)}: ${typeName(arg)}`);
      }
    }
    if (truth) return true;
  }
  return false;
}

function lt(a: GoValue, b: GoValue): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === "invalid" || k2 === "invalid") throw new FuncError("invalid type for comparison");
  if (k1 !== k2) throw new FuncError("incompatible types for comparison");
  switch (k1) {
    case "bool":
      throw new FuncError("invalid type for comparison");
    case "int":
      return (intOf(a) ?? 0n) < (intOf(b) ?? 0n);
    case "float":
      return (a as number) < (b as number);
    default:
      return compareStrings(a as string, b as string) < 0;
  }
}

function length(v: GoValue): GoValue {
  if (v === null) throw new FuncError("len of nil pointer");
  if (v === undefined) throw new FuncError("len of untyped nil");
  if (typeof v === "string") return BigInt(utf8Length(v));
  if (Array.isArray(v)) return BigInt(v.length);
  if (isMap(v)) return BigInt(Object.keys(v).length);
  throw new FuncError(`len of type ${typeName(v)}`);
}

function index(item: GoValue, ...indexes: GoValue[]): GoValue {
  if (isNilish(item)) throw new FuncError("index of untyped nil");
  let cur: GoValue = item;
  for (const ix of indexes) {
    if (cur === null || cur === undefined) throw new FuncError("index of nil pointer");
    if (Array.isArray(cur) || typeof cur === "string") {
      const n = intOf(ix);
      if (n === undefined) {
        throw new FuncError(
          isNilish(ix)
            ? "cannot index slice/array with nil"
            : `cannot index slice/array with type ${typeName(ix)}`,
        );
      }
      const len = typeof cur === "string" ? utf8Length(cur) : cur.length;
      if (n < 0n || n >= BigInt(len)) throw new FuncError(`index out of range: ${n}`);
      cur = typeof cur === "string" ? BigInt(Buffer.from(cur, "utf8")[Number(n)] ?? 0) : cur[Number(n)];
    } else if (isMap(cur)) {
      if (typeof ix !== "string") {
        throw new FuncError(
          isNilish(ix)
            ? "value is nil; should be of type string"
            : `value has type ${typeName(ix)}; should be string`,
        );
      }
      if (hasOwn(cur, ix)) cur = cur[ix];
      else cur = containerTypeOf(cur) === "map[string]string" ? "" : null;
    } else {
      throw new FuncError(`can't index item of type ${typeName(cur)}`);
    }
  }
  return cur;
}

function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => {
    switch (c) {
      case "\0":
        return "\ufffd";
      case '"':
        return "&#34;";
      case "'":
        return "&#39;";
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      default:
        return "&gt;";
    }
  });
}

function jsEscape(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if ("<>&=".includes(ch) || cp < 0x20) out += "\\u" + cp.toString(16).toUpperCase().padStart(4, "0");
    else out += ch;
  }
  return out;
}

function evalArgs(args: GoValue[]): string {
  const [only] = args;
  if (args.length === 1 && typeof only === "string") return only;
  return sprint(args);
}

export const BUILTINS: ReadonlyMap<string, GoFunc> = new Map<string, GoFunc>([
  ["and", { params: ["value"], variadic: "value", fn: () => null, shortCircuit: "and" }],
  ["or", { params: ["value"], variadic: "value", fn: () => null, shortCircuit: "or" }],
  ["not", { params: ["value"], fn: (v) => !isTrue(v) }],
  ["len", { params: ["value"], fn: length }],
  ["index", { params: ["value"], variadic: "value", fn: index }],
  ["print", { params: [], variadic: "any", fn: (...a) => sprint(a) }],
  ["println", { params: [], variadic: "any", fn: (...a) => sprintln(a) }],
  ["printf", { params: ["string"], variadic: "any", fn: (f, ...a) => sprintf(f as string, a) }],
  ["eq", { params: ["value"], variadic: "value", fn: eq }],
  ["ne", { params: ["value", "value"], fn: (a, b) => !eq(a, b) }],
  ["lt", { params: ["value", "value"], fn: lt }],
  ["le", { params: ["value", "value"], fn: (a, b) => lt(a, b) || eq(a, b) }],
  ["gt", { params: ["value", "value"], fn: (a, b) => !(lt(a, b) || eq(a, b)) }],
  ["ge", { params: ["value", "value"], fn: (a, b) => !lt(a, b) }],
  ["html", { params: [], variadic: "any", fn: (...a) => htmlEscape(evalArgs(a)) }],
  ["js", { params: [], variadic: "any", fn: (...a) => jsEscape(evalArgs(a)) }],
  [
    "urlquery",
    { params: [], variadic: "any", fn: (...a) => encodeURIComponent(evalArgs(a)).replace(/%20/g, "+") },
  ],
  [
    "call",
    {
      params: ["value"],
      variadic: "value",
      fn: () => {
        throw new FuncError("templates here hold no function values to call");
      },
    },
  ],
]);
