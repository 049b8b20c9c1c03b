/**
 * fmt.Sprintf, fmt.Sprint and fmt.Sprintln for the value model, with Go's
 * verbs, flags, width, precision, argument indexes and its `%!verb(type=value)`
 * complaints about mismatched arguments.
 */
import {
  formatFloatShortest,
  formatValue,
  Int64,
  intOf,
  isMap,
  runes,
  shortestDigits,
  sortedKeys,
  typeName,
  type GoValue,
} from "./values.js";

interface Spec {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width: number | undefined;
  prec: number | undefined;
}

/** fmt.Sprint: operands separated by a space when neither side is a string. */
export function sprint(args: readonly GoValue[]): string {
  let out = "";
  args.forEach((a, i) => {
    const prev = args[i - 1];
    if (i > 0 && typeof a !== "string" && typeof prev !== "string") out += " ";
    out += formatValue(a);
  });
  return out;
}

/** fmt.Sprintln: operands always separated by a space, newline appended. */
export function sprintln(args: readonly GoValue[]): string {
  return args.map((a) => formatValue(a)).join(" ") + "\n";
}

export function sprintf(format: string, args: readonly GoValue[]): string {
  let out = "";
  let argNum = 0;
  // Set by argument indexes ([n]), which turn off the EXTRA complaint as in Go.
  const state = { reordered: false };
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf("%", i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = {
      plus: false,
      minus: false,
      sharp: false,
      space: false,
      zero: false,
      width: undefined,
      prec: undefined,
    };
    flags: while (i < format.length) {
      switch (format.charAt(i)) {
        case "+":
          spec.plus = true;
          break;
        case "-":
          spec.minus = true;
          break;
        case "#":
          spec.sharp = true;
          break;
        case " ":
          spec.space = true;
          break;
        case "0":
          spec.zero = true;
          break;
        default:
          break flags;
      }
      i++;
    }
    const argIndex = (): void => {
      const m = /^\[(\d+)\]/.exec(format.slice(i));
      if (m) {
        argNum = Number(m[1]) - 1;
        state.reordered = true;
        i += m[0].length;
      }
    };
    argIndex();
    if (format.charAt(i) === "*") {
      i++;
      const w = intOf(args[argNum] ?? null);
      argNum++;
      if (w === undefined) out += "%!(BADWIDTH)";
      else {
        spec.width = Math.abs(Number(w));
        if (w < 0n) spec.minus = true;
      }
    } else {
      const m = /^\d+/.exec(format.slice(i));
      if (m) {
        spec.width = Number(m[0]);
        i += m[0].length;
      }
    }
    if (format.charAt(i) === ".") {
      i++;
      argIndex();
      if (format.charAt(i) === "*") {
        i++;
        const p = intOf(args[argNum] ?? null);
        argNum++;
        if (p === undefined || p < 0n) out += "%!(BADPREC)";
        else spec.prec = Number(p);
      } else {
        const m = /^\d+/.exec(format.slice(i));
        spec.prec = m ? Number(m[0]) : 0;
        if (m) i += m[0].length;
      }
    }
    argIndex();
    if (i >= format.length) {
      out += "%!(NOVERB)";
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
    i += verb.length;
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const arg = args[argNum++];
    out += pad(formatArg(arg, verb, spec), spec, isNumeric(arg) && verb !== "T");
  }
  if (!state.reordered && argNum < args.length) {
    out +=
      "%!(EXTRA " +
      args
        .slice(argNum)
        .map((a) => `${typeName(a)}=${formatValue(a)}`)
        .join(", ") +
      ")";
  }
  return out;
}

function isNumeric(v: GoValue): boolean {
  return typeof v === "bigint" || typeof v === "number" || v instanceof Int64;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  const width = spec.width ?? 0;
  const len = runes(s).length;
  if (len >= width) return s;
  const fill = width - len;
  if (spec.minus) return s + " ".repeat(fill);
  if (spec.zero && numeric) {
    const sign = /^[+\- ]/.test(s) ? s.charAt(0) : "";
    return sign + "0".repeat(fill) + s.slice(sign.length);
  }
  return " ".repeat(fill) + s;
}

function bad(verb: string, arg: GoValue): string {
  if (arg === null || arg === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(arg)}=${formatValue(arg)})`;
}

function formatArg(arg: GoValue, verb: string, spec: Spec): string {
  if (verb === "T") return typeName(arg);
  if (arg === null || arg === undefined) return verb === "v" ? "<nil>" : bad(verb, arg);
  if (typeof arg === "boolean") return verb === "v" || verb === "t" ? String(arg) : bad(verb, arg);
  const int = intOf(arg);
  if (int !== undefined) return formatInt(int, verb, spec, arg);
  if (typeof arg === "number") return formatFloat(arg, verb, spec);
  if (typeof arg === "string") return formatString(arg, verb, spec);
  if (Array.isArray(arg)) {
    if (!"vsdqxXobeEfFgGtc".includes(verb)) return bad(verb, arg);
    return "[" + arg.map((x) => formatArg(x, verb, { ...spec, width: undefined })).join(" ") + "]";
  }
  if (isMap(arg)) {
    return (
      "map[" +
      sortedKeys(arg)
        .map(
          (k) =>
            `${formatArg(k, verb, { ...spec, width: undefined })}:${formatArg(arg[k], verb, { ...spec, width: undefined })}`,
        )
        .join(" ") +
      "]"
    );
  }
  return bad(verb, arg);
}

function signed(neg: boolean, digits: string, spec: Spec): string {
  if (neg) return "-" + digits;
  if (spec.plus) return "+" + digits;
  if (spec.space) return " " + digits;
  return digits;
}

function formatInt(n: bigint, verb: string, spec: Spec, arg: GoValue): string {
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let digits: string;
  switch (verb) {
    case "v":
    case "d":
      digits = abs.toString(10);
      break;
    case "b":
      digits = abs.toString(2);
      break;
    case "o":
      digits = (spec.sharp ? "0" : "") + abs.toString(8);
      break;
    case "O":
      digits = "0o" + abs.toString(8);
      break;
    case "x":
      digits = (spec.sharp ? "0x" : "") + abs.toString(16);
      break;
    case "X":
      digits = (spec.sharp ? "0X" : "") + abs.toString(16).toUpperCase();
      break;
    case "c":
      return safeCodePoint(n);
    case "q":
      return "'" + quoteRune(safeCodePoint(n)) + "'";
    case "U":
      return "U+" + abs.toString(16).toUpperCase().padStart(4, "0");
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      return bad(verb, arg);
    default:
      return bad(verb, arg);
  }
  if (spec.prec !== undefined) digits = digits.padStart(spec.prec, "0");
  return signed(neg, digits, spec);
}

function safeCodePoint(n: bigint): string {
  const cp = Number(n);
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return "\ufffd";
  return String.fromCodePoint(cp);
}

function formatFloat(f: number, verb: string, spec: Spec): string {
  if (!Number.isFinite(f)) {
    const s = Number.isNaN(f) ? "NaN" : f > 0 ? "+Inf" : "-Inf";
    if (s === "+Inf" && !spec.plus) return "+Inf";
    return s;
  }
  const neg = f < 0 || Object.is(f, -0);
  const abs = Math.abs(f);
  let body: string;
  switch (verb) {
    case "v":
    case "g":
    case "G":
      body = spec.prec === undefined ? formatFloatShortest(abs, "g") : formatG(abs, spec.prec, spec.sharp);
      if (verb === "G") body = body.toUpperCase();
      break;
    case "e":
    case "E":
      body = formatE(abs, spec.prec ?? 6);
      if (verb === "E") body = body.toUpperCase();
      break;
    case "f":
    case "F":
      body = formatF(abs, spec.prec ?? 6);
      break;
    default:
      return bad(verb, f);
  }
  return signed(neg, body, spec);
}

export function formatF(abs: number, prec: number): string {
  if (abs < 1e21) return abs.toFixed(Math.min(prec, 100));
  const int = BigInt(Math.round(abs)).toString();
  return prec > 0 ? `${int}.${"0".repeat(prec)}` : int;
}

export function formatE(abs: number, prec: number): string {
  const s = abs.toExponential(Math.min(prec, 100));
  const [mant = "0", exp = "+0"] = s.split("e");
  const sign = exp.startsWith("-") ? "-" : "+";
  return `${mant}e${sign}${exp.replace(/^[+-]/, "").padStart(2, "0")}`;
}

function formatG(abs: number, prec: number, sharp: boolean): string {
  const p = prec === 0 ? 1 : prec;
  if (abs === 0) return "0";
  const { exp } = shortestDigits(Number(abs.toExponential(p - 1)));
  let out: string;
  if (exp < -4 || exp >= p) {
    out = formatE(abs, p - 1);
    if (!sharp) out = out.replace(/\.?0+e/, "e");
  } else {
    out = abs.toFixed(Math.max(p - 1 - exp, 0));
    if (!sharp && out.includes(".")) out = out.replace(/\.?0+$/, "");
  }
  return out;
}

function formatString(s: string, verb: string, spec: Spec): string {
  const truncated = spec.prec === undefined ? s : runes(s).slice(0, spec.prec).join("");
  switch (verb) {
    case "v":
    case "s":
      return truncated;
    case "q":
      return spec.sharp && !truncated.includes("`") ? "`" + truncated + "`" : quoteGo(truncated);
    case "x":
    case "X": {
      const hex = Buffer.from(truncated, "utf8").toString("hex");
      return verb === "X" ? hex.toUpperCase() : hex;
    }
    default:
      return bad(verb, s);
  }
}

/** strconv.Quote: Go's double-quoted form, printable Unicode kept as is. */
export function quoteGo(s: string): string {
  let out = '"';
  for (const ch of s) {
    if (ch === '"') out += '\\"';
    else out += quoteRuneBody(ch);
  }
  return out + '"';
}

function quoteRune(ch: string): string {
  return ch === "'" ? "\\'" : quoteRuneBody(ch);
}

function quoteRuneBody(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  switch (ch) {
    case "\\":
      return "\\\\";
    case "\x07":
      return "\\a";
    case "\b":
      return "\\b";
    case "\f":
      return "\\f";
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
    case "\v":
      return "\\v";
  }
  if (cp === 0xfffd && ch !== "\ufffd") return "\\ufffd";
  if (cp < 0x20 || cp === 0x7f) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp >= 0xd800 && cp < 0xe000) return "\\ufffd";
  if (/^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(ch) && (cp < 0x80 || ch !== "\u00a0")) {
    if (cp === 0x20 || !/\p{Zs}/u.test(ch)) return ch;
  }
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}
