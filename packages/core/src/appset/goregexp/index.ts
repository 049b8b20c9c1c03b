/**
 * Go's regexp package for template functions and generator filters.
 *
 * @bufbuild/re2 (already a dependency) checks the syntax, so a pattern Go
 * rejects is rejected here with Go's message, and answers yes/no questions
 * exactly. It has no API for match positions, so finding and replacing run on
 * a Pike VM over a tree parsed from the same pattern: leftmost-first matches
 * with captures in time linear in the input, so no pattern can backtrack
 * catastrophically the way a translated JavaScript RegExp could.
 */
import { RE2JS } from "@bufbuild/re2";
import { parseRegexp, type Assertion, type Re } from "./syntax.js";

export class RegexpError extends Error {}

type Inst =
  | { op: "char"; test: (cp: number) => boolean; next: number }
  | { op: "split"; x: number; y: number }
  | { op: "jmp"; x: number }
  | { op: "save"; n: number; next: number }
  | { op: "assert"; kind: Assertion; next: number }
  | { op: "match" };

const MAX_PROGRAM = 20_000;
const MAX_INPUT = 1024 * 1024;
/** Thread steps one call (a search, or all the searches of findAll/replaceAll/split) may take. */
const MAX_STEPS = 30_000_000;

interface Counter {
  steps: number;
}

export class GoRegexp {
  private constructor(
    readonly source: string,
    private readonly re2: RE2JS,
    private readonly prog: Inst[],
    readonly groups: number,
    readonly names: (string | undefined)[],
  ) {}

  static compile(pattern: string): GoRegexp {
    let re2: RE2JS;
    try {
      re2 = RE2JS.compile(pattern);
    } catch (err) {
      throw new RegexpError(err instanceof Error ? err.message : String(err));
    }
    let parsed;
    try {
      parsed = parseRegexp(pattern);
    } catch (err) {
      throw new RegexpError(`regexp ${JSON.stringify(pattern)} is not supported: ${(err as Error).message}`);
    }
    const prog = compileProgram(parsed.re);
    return new GoRegexp(pattern, re2, prog, parsed.groups, parsed.names);
  }

  /** regexp.MatchString: whether any part of `s` matches. */
  test(s: string): boolean {
    return this.re2.test(s);
  }

  /** Capture positions (UTF-16 offsets, -1 for unset) of the leftmost-first match at or after `from`. */
  exec(s: string, from = 0, counter: Counter = { steps: 0 }): number[] | undefined {
    if (s.length > MAX_INPUT) throw new RegexpError(`input of ${s.length} characters is too long to search`);
    return pike(this.prog, s, from, (this.groups + 1) * 2, counter);
  }

  /** FindAllStringSubmatchIndex with Go's rule about empty matches next to a previous match. */
  findAll(s: string, n: number): number[][] {
    const out: number[][] = [];
    if (n === 0) return out;
    let pos = 0;
    let prevEnd = -1;
    const counter = { steps: 0 };
    while ((n < 0 || out.length < n) && pos <= s.length) {
      const m = this.exec(s, pos, counter);
      if (!m) break;
      const [start = 0, end = 0] = m;
      let accept = true;
      if (end === pos) {
        if (start === prevEnd) accept = false;
        pos += pos < s.length ? charWidth(s, pos) : 1;
      } else {
        pos = end;
      }
      prevEnd = end;
      if (accept) out.push(m);
    }
    return out;
  }

  /** ReplaceAllString; `literal` turns off `$1`/`${name}` expansion. */
  replaceAll(s: string, repl: string, literal: boolean): string {
    let out = "";
    let lastEnd = 0;
    let search = 0;
    const counter = { steps: 0 };
    while (search <= s.length) {
      const m = this.exec(s, search, counter);
      if (!m) break;
      const [start = 0, end = 0] = m;
      out += s.slice(lastEnd, start);
      if (end > lastEnd || start === 0) out += literal ? repl : this.expand(repl, s, m);
      lastEnd = end;
      const width = search < s.length ? charWidth(s, search) : 0;
      if (search + width > end) search += width;
      else if (search + 1 > end) search++;
      else search = end;
    }
    return out + s.slice(lastEnd);
  }

  /** Regexp.Split. */
  split(s: string, n: number): string[] {
    if (n === 0) return [];
    if (this.source.length > 0 && s.length === 0) return [""];
    const matches = this.findAll(s, n);
    const out: string[] = [];
    let beg = 0;
    let end = 0;
    for (const m of matches) {
      if (n > 0 && out.length === n - 1) break;
      end = m[0] ?? 0;
      if ((m[1] ?? 0) !== 0) out.push(s.slice(beg, end));
      beg = m[1] ?? 0;
    }
    if (end !== s.length) out.push(s.slice(beg));
    return out;
  }

  /** Regexp.Expand for `$1`, `${1}`, `$name`, `${name}` and `$$`. */
  private expand(template: string, src: string, m: number[]): string {
    let out = "";
    let i = 0;
    while (i < template.length) {
      const d = template.indexOf("$", i);
      if (d < 0) {
        out += template.slice(i);
        break;
      }
      out += template.slice(i, d);
      i = d + 1;
      if (template.charAt(i) === "$") {
        out += "$";
        i++;
        continue;
      }
      let name: string | undefined;
      const braced = /^\{([A-Za-z0-9_]+)\}/.exec(template.slice(i));
      const bare = /^[A-Za-z0-9_]+/.exec(template.slice(i));
      if (braced) {
        name = braced[1];
        i += braced[0].length;
      } else if (bare) {
        name = bare[0];
        i += bare[0].length;
      }
      if (name === undefined) {
        out += "$";
        continue;
      }
      const group = /^\d+$/.test(name) ? Number(name) : this.names.indexOf(name);
      if (group >= 0 && group <= this.groups) {
        const a = m[2 * group] ?? -1;
        const b = m[2 * group + 1] ?? -1;
        if (a >= 0 && b >= 0) out += src.slice(a, b);
      }
    }
    return out;
  }
}

function charWidth(s: string, i: number): number {
  const cp = s.codePointAt(i) ?? 0;
  return cp > 0xffff ? 2 : 1;
}

function compileProgram(re: Re): Inst[] {
  const prog: Inst[] = [];
  const emit = (inst: Inst): number => {
    if (prog.length >= MAX_PROGRAM) throw new RegexpError("regular expression too large");
    prog.push(inst);
    return prog.length - 1;
  };
  const gen = (r: Re): void => {
    switch (r.op) {
      case "char":
        emit({ op: "char", test: r.test, next: prog.length + 1 });
        return;
      case "empty":
        return;
      case "assert":
        emit({ op: "assert", kind: r.kind, next: prog.length + 1 });
        return;
      case "cat":
        for (const s of r.subs) gen(s);
        return;
      case "cap":
        emit({ op: "save", n: 2 * r.index, next: prog.length + 1 });
        gen(r.sub);
        emit({ op: "save", n: 2 * r.index + 1, next: prog.length + 1 });
        return;
      case "alt": {
        const jumps: number[] = [];
        r.subs.forEach((sub, k) => {
          if (k < r.subs.length - 1) {
            const split = emit({ op: "split", x: prog.length + 1, y: -1 });
            gen(sub);
            jumps.push(emit({ op: "jmp", x: -1 }));
            (prog[split] as { y: number }).y = prog.length;
          } else {
            gen(sub);
          }
        });
        for (const j of jumps) (prog[j] as { x: number }).x = prog.length;
        return;
      }
      case "rep":
        genRep(r.sub, r.min, r.max, r.greedy);
        return;
    }
  };
  const star = (sub: Re, greedy: boolean): void => {
    const split = emit({ op: "split", x: -1, y: -1 });
    const body = prog.length;
    gen(sub);
    emit({ op: "jmp", x: split });
    const after = prog.length;
    prog[split] = greedy ? { op: "split", x: body, y: after } : { op: "split", x: after, y: body };
  };
  const genRep = (sub: Re, min: number, max: number, greedy: boolean): void => {
    if (min === 1 && max === -1) {
      const body = prog.length;
      gen(sub);
      const split = emit({ op: "split", x: -1, y: -1 });
      const after = prog.length;
      prog[split] = greedy ? { op: "split", x: body, y: after } : { op: "split", x: after, y: body };
      return;
    }
    for (let k = 0; k < min; k++) gen(sub);
    if (max === -1) {
      star(sub, greedy);
      return;
    }
    // x{n,m}: the optional copies nest, as (x(x)?)?, so a later copy needs the earlier.
    const opens: number[] = [];
    for (let k = min; k < max; k++) {
      opens.push(emit({ op: "split", x: -1, y: -1 }));
      gen(sub);
    }
    const after = prog.length;
    for (const split of opens) {
      prog[split] = greedy
        ? { op: "split", x: split + 1, y: after }
        : { op: "split", x: after, y: split + 1 };
    }
  };
  gen(re);
  emit({ op: "match" });
  return prog;
}

function isWordChar(cp: number): boolean {
  return (
    (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f
  );
}

function assertionHolds(kind: Assertion, s: string, pos: number): boolean {
  const prev = pos > 0 ? (s.codePointAt(pos - 1) ?? -1) : -1;
  const next = pos < s.length ? (s.codePointAt(pos) ?? -1) : -1;
  switch (kind) {
    case "bot":
      return pos === 0;
    case "eot":
      return pos === s.length;
    case "bol":
      return pos === 0 || prev === 0x0a;
    case "eol":
      return pos === s.length || next === 0x0a;
    case "wordb":
      return isWordChar(prev) !== isWordChar(next);
    case "nonwordb":
      return isWordChar(prev) === isWordChar(next);
  }
}

interface Thread {
  pc: number;
  caps: number[];
}

/** A Pike VM: every thread advances one character at a time, higher priority first. */
function pike(prog: Inst[], s: string, from: number, ncap: number, counter: Counter): number[] | undefined {
  const seen = new Int32Array(prog.length).fill(-1);
  let generation = 0;
  let clist: Thread[] = [];
  let nlist: Thread[] = [];
  let matched: number[] | undefined;

  const add = (list: Thread[], pc0: number, caps0: number[], pos: number): void => {
    // Depth-first in priority order, without recursion.
    const stack: Thread[] = [{ pc: pc0, caps: caps0 }];
    while (stack.length > 0) {
      const t = stack.pop();
      if (!t) break;
      if (seen[t.pc] === generation) continue;
      seen[t.pc] = generation;
      if (++counter.steps > MAX_STEPS)
        throw new RegexpError("regular expression search is too expensive for this input");
      const inst = prog[t.pc];
      if (!inst) continue;
      switch (inst.op) {
        case "jmp":
          stack.push({ pc: inst.x, caps: t.caps });
          break;
        case "split":
          stack.push({ pc: inst.y, caps: t.caps }, { pc: inst.x, caps: t.caps });
          break;
        case "save": {
          const caps = t.caps.slice();
          caps[inst.n] = pos;
          stack.push({ pc: inst.next, caps });
          break;
        }
        case "assert":
          if (assertionHolds(inst.kind, s, pos)) stack.push({ pc: inst.next, caps: t.caps });
          break;
        default:
          list.push(t);
      }
    }
  };

  const initial = new Array<number>(ncap).fill(-1);
  let pos = from;
  generation++;
  for (;;) {
    if (!matched) {
      const caps = initial.slice();
      caps[0] = pos;
      add(clist, 0, caps, pos);
    }
    // With no thread alive, a match found earlier is final; otherwise the search moves on.
    if (clist.length === 0 && matched) break;
    const cp = pos < s.length ? (s.codePointAt(pos) ?? -1) : -1;
    const width = cp > 0xffff ? 2 : 1;
    generation++;
    for (const t of clist) {
      const inst = prog[t.pc];
      if (!inst) continue;
      if (inst.op === "match") {
        const caps = t.caps.slice();
        caps[1] = pos;
        matched = caps;
        break;
      }
      if (inst.op === "char" && cp >= 0 && inst.test(cp)) add(nlist, inst.next, t.caps, pos + width);
    }
    if (pos >= s.length) break;
    pos += width;
    [clist, nlist] = [nlist, []];
  }
  return matched;
}
