import { messageOf, UserError } from "../../core/src/index.js";

const POSIX_CLASSES: Record<string, string> = {
  alnum: "A-Za-z0-9",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: " \\t",
  digit: "0-9",
  lower: "a-z",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\s",
  upper: "A-Z",
  word: "\\w",
  xdigit: "0-9A-Fa-f",
};

/**
 * A JavaScript RegExp for a Go (RE2) pattern as gitleaks configs write them:
 * leading `(?i)`/`(?s)` become flags, a mid-pattern `(?i)` becomes a
 * `(?i:...)` group over the rest, `(?P<name>` → `(?<name>`, `\z`/`\A` →
 * `$`/`^`, POSIX classes such as `[[:alnum:]]` are spelled out. `what` names
 * the setting in the `UserError` when the result does not compile.
 */
export function goRegex(source: string, what: string): RegExp {
  let src = source;
  let flags = "";
  for (let m = /^\(\?([ims]+)\)/.exec(src); m; m = /^\(\?([ims]+)\)/.exec(src)) {
    for (const f of m[1] ?? "") if (f !== "m" || !flags.includes("m")) flags += flags.includes(f) ? "" : f;
    src = src.slice(m[0].length);
  }
  src = src
    .replace(/\(\?P</g, "(?<")
    .replace(/\\z/g, "$")
    .replace(/\\A/g, "^")
    .replace(/\[:(\w+):\]/g, (whole, name: string) => POSIX_CLASSES[name] ?? whole);
  // A flag group in the middle applies to the rest of its enclosing group in RE2.
  for (let m = /\(\?([ims]+)\)/.exec(src); m; m = /\(\?([ims]+)\)/.exec(src)) {
    const rest = m.index + m[0].length;
    const end = enclosingGroupEnd(src, rest);
    src = `${src.slice(0, m.index)}(?${m[1] ?? ""}:${src.slice(rest, end)})${src.slice(end)}`;
  }
  try {
    return new RegExp(src, flags);
  } catch (err) {
    throw new UserError(`${what} ${JSON.stringify(source)} is not a regex we can run: ${messageOf(err)}`);
  }
}

/** Where the group enclosing `from` closes (the index of its `)`), or the end of the pattern. */
function enclosingGroupEnd(src: string, from: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === "\\") {
      i++;
    } else if (inClass) {
      if (ch === "]") inClass = false;
    } else if (ch === "[") {
      inClass = true;
    } else if (ch === "(") {
      depth++;
    } else if (ch === ")") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return src.length;
}
