/** Go's `path` package (slash-separated paths), whose results differ from Node's in the corners. */

/** path.Clean. */
export function clean(p: string): string {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (rooted) return "/" + joined;
  return joined === "" ? "." : joined;
}

/** path.Base. */
export function base(p: string): string {
  if (p === "") return ".";
  let s = p.replace(/\/+$/, "");
  if (s === "") return "/";
  const i = s.lastIndexOf("/");
  if (i >= 0) s = s.slice(i + 1);
  return s;
}

/** path.Dir. */
export function dir(p: string): string {
  const i = p.lastIndexOf("/");
  return clean(p.slice(0, i + 1));
}

/** path.Ext. */
export function ext(p: string): string {
  for (let i = p.length - 1; i >= 0 && p.charAt(i) !== "/"; i--) {
    if (p.charAt(i) === ".") return p.slice(i);
  }
  return "";
}

export function isAbs(p: string): boolean {
  return p.startsWith("/");
}

export class BadPattern extends Error {
  constructor() {
    super("syntax error in pattern");
  }
}

/**
 * path.Match: `*` and `?` stop at `/`, `[...]` classes (negated with `^`),
 * `\` escapes. A malformed pattern throws {@link BadPattern}.
 */
export function match(pattern: string, name: string): boolean {
  validatePattern(pattern);
  // Failed (pattern, name) positions, so many stars cannot make matching exponential.
  const failed = new Set<number>();
  return matchFrom(pattern, 0, name, 0, failed);
}

function validatePattern(pattern: string): void {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (i + 1 >= pattern.length) throw new BadPattern();
      i++;
    } else if (c === "[") {
      const end = classEnd(pattern, i);
      if (end < 0) throw new BadPattern();
      i = end;
    }
  }
}

/** Index of the `]` closing the class opened at `start`, or -1 if malformed. */
function classEnd(p: string, start: number): number {
  let i = start + 1;
  if (p.charAt(i) === "^") i++;
  let first = true;
  while (i < p.length) {
    const c = p.charAt(i);
    if (c === "]" && !first) return i;
    first = false;
    if (c === "-") return -1;
    i = classChar(p, i);
    if (i < 0) return -1;
    if (p.charAt(i) === "-") {
      i = classChar(p, i + 1);
      if (i < 0) return -1;
    }
  }
  return -1;
}

/** Skips one (possibly escaped) class character, returning the next index or -1. */
function classChar(p: string, i: number): number {
  const c = p.charAt(i);
  if (c === "" || c === "-" || c === "]") return -1;
  if (c === "\\") return i + 2 <= p.length ? i + 2 : -1;
  const cp = p.codePointAt(i) ?? 0;
  return i + (cp > 0xffff ? 2 : 1);
}

function readClassChar(p: string, i: number): [number, number] {
  let j = i;
  if (p.charAt(j) === "\\") j++;
  const cp = p.codePointAt(j) ?? 0;
  return [cp, j + (cp > 0xffff ? 2 : 1)];
}

function matchFrom(p: string, pi0: number, s: string, si0: number, failed: Set<number>): boolean {
  const key = pi0 * (s.length + 1) + si0;
  if (failed.has(key)) return false;
  const ok = matchStep(p, pi0, s, si0, failed);
  if (!ok) failed.add(key);
  return ok;
}

function matchStep(p: string, pi0: number, s: string, si0: number, failed: Set<number>): boolean {
  let pi = pi0;
  let si = si0;
  while (pi < p.length) {
    const c = p.charAt(pi);
    if (c === "*") {
      let pj = pi;
      while (p.charAt(pj) === "*") pj++;
      for (let k = si; k <= s.length; k++) {
        if (matchFrom(p, pj, s, k, failed)) return true;
        if (s.charAt(k) === "/") return false;
      }
      return false;
    }
    if (si >= s.length) return false;
    const scp = s.codePointAt(si) ?? 0;
    const swidth = scp > 0xffff ? 2 : 1;
    if (c === "?") {
      if (scp === 0x2f) return false;
      pi++;
      si += swidth;
      continue;
    }
    if (c === "[") {
      if (scp === 0x2f) return false;
      const end = classEnd(p, pi);
      let i = pi + 1;
      let neg = false;
      if (p.charAt(i) === "^") {
        neg = true;
        i++;
      }
      let matched = false;
      while (i < end) {
        const [lo, next] = readClassChar(p, i);
        let hi = lo;
        i = next;
        if (p.charAt(i) === "-") {
          const [h, n2] = readClassChar(p, i + 1);
          hi = h;
          i = n2;
        }
        if (scp >= lo && scp <= hi) matched = true;
      }
      if (matched === neg) return false;
      pi = end + 1;
      si += swidth;
      continue;
    }
    let lit = c;
    if (c === "\\") {
      pi++;
      lit = p.charAt(pi);
    }
    if (s.charAt(si) !== lit) return false;
    pi++;
    si++;
  }
  return si === s.length;
}
