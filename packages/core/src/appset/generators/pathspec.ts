/**
 * How the git files generator matches paths by default: `git ls-files -- PATH`
 * pathspecs. Without a wildcard a pathspec names a file or a folder prefix;
 * with one it is a wildmatch where `*` and `?` also match `/` (so `a/*.json`
 * finds JSON files at any depth under `a`, as Argo CD's docs warn).
 */
import { runes } from "../gotemplate/values.js";

function isWildcard(c: string): boolean {
  return c === "*" || c === "?" || c === "[" || c === "\\";
}

export function hasWildcard(pattern: string): boolean {
  return runes(pattern).some(isWildcard);
}

/** The folder below which every match lies (used to list less and to record inputs). */
export function pathspecBase(pattern: string): string {
  const p = normalize(pattern);
  const first = runes(p).findIndex(isWildcard);
  // A literal pathspec names a file or a folder: list its parent either way.
  const literal = (first < 0 ? p : p.slice(0, first)).replace(/\/+$/, first < 0 ? "" : "/");
  const slash = literal.lastIndexOf("/");
  return slash < 0 ? "" : literal.slice(0, slash);
}

function normalize(pattern: string): string {
  return pattern.replace(/^(\.\/)+/, "").replace(/^\/+/, "");
}

export function pathspecMatches(pattern: string, path: string): boolean {
  const p = normalize(pattern);
  if (p === "" || p === ".") return true;
  if (path === p) return true;
  if (!hasWildcard(p)) return path.startsWith(p.endsWith("/") ? p : p + "/");
  return wildmatch(p, path);
}

const POSIX: Record<string, (c: string) => boolean> = {
  alnum: (c) => /^[A-Za-z0-9]$/.test(c),
  alpha: (c) => /^[A-Za-z]$/.test(c),
  blank: (c) => c === " " || c === "\t",
  cntrl: (c) => (c.codePointAt(0) ?? 0) < 0x20 || c === "\x7f",
  digit: (c) => /^[0-9]$/.test(c),
  graph: (c) => /^[!-~]$/.test(c),
  lower: (c) => /^[a-z]$/.test(c),
  print: (c) => /^[ -~]$/.test(c),
  punct: (c) => /^[!-/:-@[-`{-~]$/.test(c),
  space: (c) => /^[\t\n\v\f\r ]$/.test(c),
  upper: (c) => /^[A-Z]$/.test(c),
  xdigit: (c) => /^[0-9A-Fa-f]$/.test(c),
};

/** Git's wildmatch without WM_PATHNAME, memoised so many stars stay polynomial. */
function wildmatch(pattern: string, text: string): boolean {
  const p = runes(pattern);
  const t = runes(text);
  const failed = new Set<number>();
  const go = (pi0: number, ti0: number): boolean => {
    const key = pi0 * (t.length + 1) + ti0;
    if (failed.has(key)) return false;
    let pi = pi0;
    let ti = ti0;
    while (pi < p.length) {
      const c = p[pi] ?? "";
      if (c === "*") {
        while (p[pi] === "*") pi++;
        if (pi === p.length) return true;
        for (let k = ti; k <= t.length; k++) {
          if (go(pi, k)) return true;
        }
        failed.add(key);
        return false;
      }
      if (ti >= t.length) {
        failed.add(key);
        return false;
      }
      const ch = t[ti] ?? "";
      if (c === "?") {
        pi++;
        ti++;
        continue;
      }
      if (c === "[") {
        const r = matchClass(p, pi, ch);
        if (r === undefined || !r.matched) {
          failed.add(key);
          return false;
        }
        pi = r.next;
        ti++;
        continue;
      }
      let lit = c;
      if (c === "\\") {
        pi++;
        lit = p[pi] ?? "";
      }
      if (lit !== ch) {
        failed.add(key);
        return false;
      }
      pi++;
      ti++;
    }
    const ok = ti === t.length;
    if (!ok) failed.add(key);
    return ok;
  };
  return go(0, 0);
}

/** A bracket expression at `start`; undefined when it never closes (git then matches nothing). */
function matchClass(p: string[], start: number, ch: string): { matched: boolean; next: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (p[i] === "!" || p[i] === "^") {
    negate = true;
    i++;
  }
  let matched = false;
  let first = true;
  while (i < p.length) {
    let c = p[i] ?? "";
    if (c === "]" && !first) return { matched: matched !== negate, next: i + 1 };
    first = false;
    if (c === "[" && p[i + 1] === ":") {
      const close = p.indexOf(":", i + 2);
      if (close > 0 && p[close + 1] === "]") {
        const name = p.slice(i + 2, close).join("");
        const test = POSIX[name];
        if (!test) return undefined;
        if (test(ch)) matched = true;
        i = close + 2;
        continue;
      }
    }
    if (c === "\\") {
      i++;
      c = p[i] ?? "";
    }
    if (p[i + 1] === "-" && p[i + 2] !== undefined && p[i + 2] !== "]") {
      let hi = p[i + 2] ?? "";
      let skip = 3;
      if (hi === "\\") {
        hi = p[i + 3] ?? "";
        skip = 4;
      }
      if (ch >= c && ch <= hi) matched = true;
      i += skip;
      continue;
    }
    if (c === ch) matched = true;
    i++;
  }
  return undefined;
}
