/**
 * Glob patterns users write (in action inputs, `--manifests`): checked so a
 * typo fails the run instead of silently matching nothing, and expanded over
 * the files under a folder.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { Minimatch } from "minimatch";
import { walkFiles } from "./walk.js";

/** True when `path` holds glob syntax (`*`, `?`, `[`, `{`, an extglob) rather than naming one path. */
export function isGlob(path: string): boolean {
  return /[*?[{]|[+@!]\(/.test(path);
}

/** Why `glob` is not a usable pattern, or undefined when it is. */
export function globProblem(glob: string): string | undefined {
  if (glob.replace(/^!+/, "") === "") return "the pattern is empty";
  if (glob.includes("\0")) return "it contains a NUL character";
  const unbalanced = bracketProblem(glob);
  if (unbalanced !== undefined) return unbalanced;
  try {
    // minimatch 11 compiles lazily and treats most malformed syntax as
    // literal text, hence the checks above; this catches what it does reject.
    new Minimatch(glob, { dot: true });
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  return undefined;
}

/**
 * Checks `{}` and `[]` nesting, and `()` opened by an extglob (`+(`, `@(` ...).
 * minimatch would read an unclosed `{` or `[` as a literal character, which is
 * almost never what the user meant.
 */
function bracketProblem(glob: string): string | undefined {
  const open: string[] = [];
  for (let i = 0; i < glob.length; i++) {
    const ch = glob.charAt(i);
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "[") {
      const end = classEnd(glob, i);
      if (end === undefined) return 'unclosed "["';
      i = end;
    } else if (ch === "{") {
      open.push("{");
    } else if (ch === "(" && i > 0 && "+*?@!".includes(glob.charAt(i - 1))) {
      open.push("(");
    } else if (ch === "}") {
      if (open.pop() !== "{") return 'unmatched "}"';
    } else if (ch === ")" && open.at(-1) === "(") {
      open.pop();
    } else if (ch === "]") {
      return 'unmatched "]"';
    }
  }
  const last = open.at(-1);
  return last === undefined ? undefined : `unclosed "${last}"`;
}

/** Index of the `]` closing the class that opens at `start`, honouring `[]]`, `[!]]` and `[[:alpha:]]`. */
function classEnd(glob: string, start: number): number | undefined {
  let i = start + 1;
  if (glob.charAt(i) === "!" || glob.charAt(i) === "^") i++;
  if (glob.charAt(i) === "]") i++;
  for (; i < glob.length; i++) {
    const ch = glob.charAt(i);
    if (ch === "\\") i++;
    else if (ch === "[" && glob.charAt(i + 1) === ":") {
      const close = glob.indexOf(":]", i + 2);
      if (close === -1) return undefined;
      i = close + 1;
    } else if (ch === "]") return i;
  }
  return undefined;
}

/**
 * The files under `cwd` that `pattern` matches (relative to `cwd`, or
 * absolute), sorted. Only the folder before the first glob segment is walked,
 * and dot folders are skipped unless the pattern names them.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const matcher = new Minimatch(pattern.split(sep).join("/"), { dot: false });
  const segments = pattern.split("/");
  const firstMagic = segments.findIndex((s) => isGlob(s));
  const baseRel = segments.slice(0, firstMagic < 0 ? segments.length : firstMagic).join("/");
  const base = isAbsolute(pattern) ? baseRel || "/" : resolve(cwd, baseRel);
  const shown = (abs: string) => (isAbsolute(pattern) ? abs : relative(cwd, abs).split(sep).join("/"));
  return [...walkFiles(base)].filter((abs) => matcher.match(shown(abs))).sort();
}
