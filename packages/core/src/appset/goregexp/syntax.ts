/**
 * A parser for Go's regexp syntax (RE2, Perl flags), producing the tree the
 * matcher compiles. Patterns reach it only after @bufbuild/re2 accepted them,
 * so it reports what it cannot represent rather than every syntax error.
 */
import { runes } from "../gotemplate/values.js";

export type Assertion = "bol" | "eol" | "bot" | "eot" | "wordb" | "nonwordb";

export type Re =
  | { op: "char"; test: (cp: number) => boolean }
  | { op: "empty" }
  | { op: "assert"; kind: Assertion }
  | { op: "cat"; subs: Re[] }
  | { op: "alt"; subs: Re[] }
  | { op: "rep"; min: number; max: number; greedy: boolean; sub: Re }
  | { op: "cap"; index: number; name: string | undefined; sub: Re };

interface Flags {
  fold: boolean;
  multiline: boolean;
  dotNL: boolean;
  ungreedy: boolean;
}

export interface Parsed {
  re: Re;
  /** Number of capturing groups. */
  groups: number;
  names: (string | undefined)[];
}

export class RegexpUnsupported extends Error {}

type Range = [number, number];

const PERL: Record<string, Range[]> = {
  d: [[0x30, 0x39]],
  s: [
    [0x09, 0x0a],
    [0x0c, 0x0d],
    [0x20, 0x20],
  ],
  w: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
};

const POSIX: Record<string, Range[]> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  ascii: [[0x00, 0x7f]],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20],
  ],
  cntrl: [
    [0x00, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  upper: [[0x41, 0x5a]],
  word: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
};

const propertyCache = new Map<string, RegExp>();

/** A Unicode class by Go's name (`L`, `Lu`, `Greek`, `Any`), tested through a one-character RegExp. */
function unicodeProperty(name: string): (cp: number) => boolean {
  if (name === "Any") return () => true;
  let re = propertyCache.get(name);
  if (!re) {
    try {
      re = new RegExp(`^\\p{${name}}$`, "u");
    } catch {
      try {
        re = new RegExp(`^\\p{Script=${name}}$`, "u");
      } catch {
        throw new RegexpUnsupported(`unknown Unicode class \\p{${name}}`);
      }
    }
    propertyCache.set(name, re);
  }
  const r = re;
  return (cp) => r.test(String.fromCodePoint(cp));
}

function inRanges(ranges: readonly Range[], cp: number): boolean {
  for (const [lo, hi] of ranges) if (cp >= lo && cp <= hi) return true;
  return false;
}

/** The other cases of a code point (simple case folding, enough for ASCII and most scripts). */
export function foldVariants(cp: number): number[] {
  const s = String.fromCodePoint(cp);
  const out = new Set<number>([cp]);
  for (const t of [s.toLowerCase(), s.toUpperCase()]) {
    const c = t.codePointAt(0);
    if (c !== undefined && String.fromCodePoint(c) === t) out.add(c);
  }
  if (cp === 0x6b || cp === 0x4b) out.add(0x212a);
  if (cp === 0x73 || cp === 0x53) out.add(0x17f);
  return [...out];
}

function foldTest(test: (cp: number) => boolean, fold: boolean): (cp: number) => boolean {
  if (!fold) return test;
  return (cp) => foldVariants(cp).some(test);
}

export function parseRegexp(pattern: string): Parsed {
  return new RegexpParser(pattern).parse();
}

class RegexpParser {
  private i = 0;
  private groups = 0;
  private readonly names: (string | undefined)[] = [undefined];

  constructor(private readonly s: string) {}

  parse(): Parsed {
    const flags: Flags = { fold: false, multiline: false, dotNL: false, ungreedy: false };
    const re = this.alternation(flags);
    if (this.i < this.s.length) throw new RegexpUnsupported(`unexpected ) at offset ${this.i}`);
    return { re, groups: this.groups, names: this.names };
  }

  private peek(): string {
    return this.s.charAt(this.i);
  }

  private nextCp(): number {
    const cp = this.s.codePointAt(this.i);
    if (cp === undefined) throw new RegexpUnsupported("unexpected end of pattern");
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private alternation(flags: Flags): Re {
    const subs: Re[] = [this.concat(flags)];
    while (this.peek() === "|") {
      this.i++;
      subs.push(this.concat(flags));
    }
    return subs.length === 1 ? (subs[0] ?? { op: "empty" }) : { op: "alt", subs };
  }

  private concat(flags: Flags): Re {
    const subs: Re[] = [];
    while (this.i < this.s.length) {
      const c = this.peek();
      if (c === "|" || c === ")") break;
      const atom = this.atom(flags);
      if (atom === undefined) continue;
      subs.push(this.repetition(atom, flags));
    }
    if (subs.length === 0) return { op: "empty" };
    return subs.length === 1 ? (subs[0] ?? { op: "empty" }) : { op: "cat", subs };
  }

  private repetition(atom: Re, flags: Flags): Re {
    let re = atom;
    for (;;) {
      const c = this.peek();
      let min: number;
      let max: number;
      if (c === "*") [min, max] = [0, -1];
      else if (c === "+") [min, max] = [1, -1];
      else if (c === "?") [min, max] = [0, 1];
      else if (c === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
        if (!m) return re;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === "" || m[3] === undefined ? -1 : Number(m[3]);
        this.i += m[0].length - 1;
      } else return re;
      this.i++;
      let greedy = true;
      if (this.peek() === "?") {
        greedy = false;
        this.i++;
      }
      if (flags.ungreedy) greedy = !greedy;
      re = { op: "rep", min, max, greedy, sub: re };
    }
  }

  /** One atom, or undefined for a flag group that only changes flags. */
  private atom(flags: Flags): Re | undefined {
    const c = this.peek();
    if (c === "(") return this.group(flags);
    if (c === "[") return this.charClass(flags);
    if (c === ".") {
      this.i++;
      const dotNL = flags.dotNL;
      return { op: "char", test: (cp) => dotNL || cp !== 0x0a };
    }
    if (c === "^") {
      this.i++;
      return { op: "assert", kind: flags.multiline ? "bol" : "bot" };
    }
    if (c === "$") {
      this.i++;
      return { op: "assert", kind: flags.multiline ? "eol" : "eot" };
    }
    if (c === "\\") return this.escape(flags);
    const cp = this.nextCp();
    return { op: "char", test: foldTest((x) => x === cp, flags.fold) };
  }

  private group(flags: Flags): Re | undefined {
    this.i++;
    const rest = this.s.slice(this.i);
    const named = /^\?P?<([A-Za-z0-9_]+)>/.exec(rest);
    if (named) {
      this.i += named[0].length;
      return this.capture(named[1], flags);
    }
    if (rest.startsWith("?")) {
      const m = /^\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
      if (!m) throw new RegexpUnsupported(`unsupported group syntax at offset ${this.i}`);
      this.i += m[0].length;
      const next: Flags = m[3] === ")" ? flags : { ...flags };
      for (const f of m[1] ?? "") setFlag(next, f, true);
      for (const f of m[2] ?? "") setFlag(next, f, false);
      if (m[3] === ")") return undefined;
      const sub = this.alternation(next);
      this.expectClose();
      return sub;
    }
    return this.capture(undefined, flags);
  }

  private capture(name: string | undefined, flags: Flags): Re {
    const index = ++this.groups;
    this.names.push(name);
    const sub = this.alternation({ ...flags });
    this.expectClose();
    return { op: "cap", index, name, sub };
  }

  private expectClose(): void {
    if (this.peek() !== ")") throw new RegexpUnsupported("missing closing )");
    this.i++;
  }

  private escape(flags: Flags): Re {
    this.i++;
    const c = this.peek();
    switch (c) {
      case "b":
      case "B":
        this.i++;
        return { op: "assert", kind: c === "b" ? "wordb" : "nonwordb" };
      case "A":
        this.i++;
        return { op: "assert", kind: "bot" };
      case "z":
        this.i++;
        return { op: "assert", kind: "eot" };
      case "Q": {
        this.i++;
        const end = this.s.indexOf("\\E", this.i);
        const lit = end < 0 ? this.s.slice(this.i) : this.s.slice(this.i, end);
        this.i = end < 0 ? this.s.length : end + 2;
        const subs: Re[] = runes(lit).map((ch) => {
          const cp = ch.codePointAt(0) ?? 0;
          return { op: "char", test: foldTest((x) => x === cp, flags.fold) };
        });
        return subs.length === 0 ? { op: "empty" } : { op: "cat", subs };
      }
    }
    const test = this.classEscape() ?? this.literalEscape();
    return { op: "char", test: foldTest(test, flags.fold) };
  }

  /** `\d`, `\p{Greek}` and friends, after the backslash; undefined if not a class escape. */
  private classEscape(): ((cp: number) => boolean) | undefined {
    const c = this.peek();
    const lower = c.toLowerCase();
    const perl = PERL[lower];
    if (perl && (c === lower || c === c.toUpperCase())) {
      this.i++;
      const neg = c !== lower;
      return (cp) => inRanges(perl, cp) !== neg;
    }
    if (c === "p" || c === "P") {
      this.i++;
      let name: string;
      if (this.peek() === "{") {
        const end = this.s.indexOf("}", this.i);
        if (end < 0) throw new RegexpUnsupported("invalid character class range");
        name = this.s.slice(this.i + 1, end);
        this.i = end + 1;
      } else {
        name = String.fromCodePoint(this.nextCp());
      }
      let neg = c === "P";
      if (name.startsWith("^")) {
        neg = !neg;
        name = name.slice(1);
      }
      const test = unicodeProperty(name);
      return (cp) => test(cp) !== neg;
    }
    return undefined;
  }

  private literalEscape(): (cp: number) => boolean {
    const cp = this.escapedCodePoint();
    return (x) => x === cp;
  }

  private escapedCodePoint(): number {
    const c = this.peek();
    const simple: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    const mapped = simple[c];
    if (mapped !== undefined) {
      this.i++;
      return mapped;
    }
    if (c >= "0" && c <= "7") {
      const m = /^[0-7]{1,3}/.exec(this.s.slice(this.i));
      const digits = m?.[0] ?? "0";
      this.i += digits.length;
      return parseInt(digits, 8);
    }
    if (c === "x") {
      this.i++;
      if (this.peek() === "{") {
        const end = this.s.indexOf("}", this.i);
        const hex = this.s.slice(this.i + 1, end);
        this.i = end + 1;
        return parseInt(hex, 16);
      }
      const hex = this.s.slice(this.i, this.i + 2);
      this.i += 2;
      return parseInt(hex, 16);
    }
    return this.nextCp();
  }

  private charClass(flags: Flags): Re {
    this.i++;
    let neg = false;
    if (this.peek() === "^") {
      neg = true;
      this.i++;
    }
    const ranges: Range[] = [];
    const tests: ((cp: number) => boolean)[] = [];
    let first = true;
    while (this.i < this.s.length && (this.peek() !== "]" || first)) {
      first = false;
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.s.slice(this.i));
      if (posix) {
        const table = POSIX[posix[2] ?? ""];
        if (!table) throw new RegexpUnsupported(`invalid character class range ${posix[0]}`);
        this.i += posix[0].length;
        const pneg = posix[1] === "^";
        tests.push((cp) => inRanges(table, cp) !== pneg);
        continue;
      }
      let lo: number;
      if (this.peek() === "\\") {
        this.i++;
        const cls = this.classEscape();
        if (cls) {
          tests.push(cls);
          continue;
        }
        lo = this.escapedCodePoint();
      } else {
        lo = this.nextCp();
      }
      let hi = lo;
      if (this.peek() === "-" && this.s.charAt(this.i + 1) !== "]" && this.i + 1 < this.s.length) {
        this.i++;
        if (this.peek() === "\\") {
          this.i++;
          hi = this.escapedCodePoint();
        } else {
          hi = this.nextCp();
        }
      }
      ranges.push([lo, hi]);
    }
    if (this.peek() !== "]") throw new RegexpUnsupported("missing closing ]");
    this.i++;
    const base = (cp: number): boolean => inRanges(ranges, cp) || tests.some((t) => t(cp));
    const folded = foldTest(base, flags.fold);
    return { op: "char", test: (cp) => folded(cp) !== neg };
  }
}

function setFlag(flags: Flags, f: string, on: boolean): void {
  if (f === "i") flags.fold = on;
  else if (f === "m") flags.multiline = on;
  else if (f === "s") flags.dotNL = on;
  else if (f === "U") flags.ungreedy = on;
}
