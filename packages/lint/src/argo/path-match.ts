/**
 * Go's `path.Match`, which Argo CD's git directory generator uses: `*` is any run of non-`/`
 * characters, `?` one non-`/` character, `[...]`/`[^...]` a class with ranges, `\` escapes.
 * A malformed pattern (an unclosed class, a trailing `\`) matches nothing, as Go's
 * ErrBadPattern does in the generator.
 */
export function goPathMatch(pattern: string, name: string): boolean {
  const re = compile(pattern);
  return re !== undefined && re.test(name);
}

const cache = new Map<string, RegExp | undefined>();

function compile(pattern: string): RegExp | undefined {
  if (cache.has(pattern)) return cache.get(pattern);
  let src = "";
  let ok = true;
  for (let i = 0; i < pattern.length && ok; i++) {
    const c = pattern.charAt(i);
    if (c === "*") src += "[^/]*";
    else if (c === "?") src += "[^/]";
    else if (c === "\\") {
      if (i + 1 >= pattern.length) ok = false;
      else src += escape(pattern.charAt(++i));
    } else if (c === "[") {
      const end = classEnd(pattern, i + 1);
      if (end < 0) ok = false;
      else {
        src += classRegex(pattern.slice(i + 1, end));
        i = end;
      }
    } else src += escape(c);
  }
  const re = ok ? regexOrUndefined(`^${src}$`) : undefined;
  cache.set(pattern, re);
  return re;
}

/** A class range written backwards (`[z-a]`) is ErrBadPattern in Go; in JavaScript, a SyntaxError. */
function regexOrUndefined(source: string): RegExp | undefined {
  try {
    return new RegExp(source, "u");
  } catch {
    return undefined;
  }
}

/** Index of the `]` closing a class that starts at `from` (after `[`), or -1. */
function classEnd(p: string, from: number): number {
  let i = from;
  if (p[i] === "^") i++;
  let first = true;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") i++;
    else if (c === "]" && !first) return i;
    first = false;
  }
  return -1;
}

function classRegex(body: string): string {
  let out = "[";
  let i = 0;
  if (body.startsWith("^")) {
    out += "^";
    i = 1;
  }
  for (; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === "\\") out += escape(body.charAt(++i));
    else if (c === "-") out += "-";
    else out += escape(c);
  }
  return out + "]";
}

function escape(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}
