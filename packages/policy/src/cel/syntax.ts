/**
 * CEL's optional syntax (`a.?b`, `a[?k]`, `[?x]`, `{?k: v}`) is not understood by the
 * @bufbuild/cel parser. Before parsing we rewrite each use into a placeholder the parser
 * accepts; `ast.ts` then turns the placeholders into calls of our optional functions.
 * The rewrite works on tokens, so text inside string literals is never touched.
 */

/** Placeholder prefixes and wrapper names, recognised again in the parsed AST. */
export const PLACEHOLDER = {
  select: "__optsel__",
  index: "__optidx__",
  element: "__optelem__",
  key: "__optkey__",
} as const;

interface Token {
  text: string;
  kind: "space" | "string" | "number" | "ident" | "punct";
}

const MULTI_PUNCT = ["==", "!=", "<=", ">=", "&&", "||"];
const KEYWORD_OPERATORS = new Set(["in"]);

/** Splits CEL source into tokens, keeping whitespace and comments so the text survives intact. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^(\s+|\/\/[^\n]*)/.exec(rest);
    if (space) {
      tokens.push({ text: space[0], kind: "space" });
      i += space[0].length;
      continue;
    }
    const str = /^[rRbB]{0,2}('''|"""|'|")/.exec(rest);
    if (str?.[1]) {
      const end = stringEnd(source, i + str[0].length, str[1], /[rR]/.test(str[0].slice(0, -str[1].length)));
      tokens.push({ text: source.slice(i, end), kind: "string" });
      i = end;
      continue;
    }
    const num = /^(0x[0-9a-fA-F]+u?|\d+\.\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+u?)/.exec(
      rest,
    );
    if (num) {
      tokens.push({ text: num[0], kind: "number" });
      i += num[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (ident) {
      tokens.push({ text: ident[0], kind: "ident" });
      i += ident[0].length;
      continue;
    }
    const multi = MULTI_PUNCT.find((p) => rest.startsWith(p));
    const text = multi ?? rest.charAt(0);
    tokens.push({ text, kind: "punct" });
    i += text.length;
  }
  return tokens;
}

function stringEnd(source: string, from: number, quote: string, raw: boolean): number {
  let i = from;
  while (i < source.length) {
    if (!raw && source[i] === "\\") {
      i += 2;
      continue;
    }
    if (source.startsWith(quote, i)) return i + quote.length;
    // A single-quoted string ends at a newline; let the parser report it.
    if (quote.length === 1 && source[i] === "\n") return i;
    i += 1;
  }
  return source.length;
}

interface Frame {
  open: string;
  kind: "paren" | "index" | "list" | "map";
  /** Text to emit before this frame's closing bracket. */
  closeWith: string;
  /** Text to emit before the next top-level `,` or the closing bracket (an optional element). */
  pendingElement: string;
  /** Text to emit before the next top-level `:` (an optional map key). */
  pendingKey: string;
}

/** True when `source` uses CEL's optional syntax and needs {@link rewriteOptionalSyntax}. */
export function usesOptionalSyntax(source: string): boolean {
  return /[.[{,]\s*\?/.test(source) && tokenize(source).some((t, i, all) => isOptionalMarker(all, i));
}

/** Rewrites optional syntax into placeholders; other source is returned unchanged. */
export function rewriteOptionalSyntax(source: string): string {
  const tokens = tokenize(source);
  const out: string[] = [];
  const stack: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const top = stack[stack.length - 1];
    if (tok.kind === "punct") {
      if (tok.text === "," && top) {
        out.push(top.pendingElement);
        top.pendingElement = "";
      }
      if (tok.text === ":" && top?.kind === "map" && top.pendingKey) {
        out.push(top.pendingKey);
        top.pendingKey = "";
      }
      if ((tok.text === ")" || tok.text === "]" || tok.text === "}") && top) {
        out.push(top.pendingElement, top.closeWith);
        stack.pop();
      }
    }
    if (tok.kind === "punct" && tok.text === "?" && isOptionalMarker(tokens, i)) {
      const before = previousSignificant(tokens, i);
      const marker = before === undefined ? "" : (tokens[before] as Token).text;
      if (marker === ".") {
        // `.?field`: glue the placeholder to the field name that follows.
        const next = nextSignificant(tokens, i);
        if (next !== undefined) {
          out.push(PLACEHOLDER.select);
          i = next - 1;
        }
        continue;
      }
      if (top?.kind === "index" && marker === "[") {
        out.push(`${PLACEHOLDER.index}(`);
        top.closeWith = ")";
        continue;
      }
      if (top?.kind === "list") {
        out.push(`${PLACEHOLDER.element}(`);
        top.pendingElement = ")";
        continue;
      }
      if (top?.kind === "map") {
        out.push(`${PLACEHOLDER.key}(`);
        top.pendingKey = ")";
        continue;
      }
    }
    out.push(tok.text);
    if (tok.kind === "punct" && (tok.text === "(" || tok.text === "[" || tok.text === "{")) {
      stack.push({
        open: tok.text,
        kind: frameKind(tokens, i),
        closeWith: "",
        pendingElement: "",
        pendingKey: "",
      });
    }
  }
  return out.join("");
}

function frameKind(tokens: Token[], i: number): Frame["kind"] {
  const tok = tokens[i] as Token;
  if (tok.text === "(") return "paren";
  if (tok.text === "{") return "map";
  const before = previousSignificant(tokens, i);
  return before !== undefined && endsExpression(tokens[before] as Token) ? "index" : "list";
}

/** A `?` right after `.`, `[`, `{` or `,` marks optional syntax; elsewhere it is the conditional. */
function isOptionalMarker(tokens: Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (tok.kind !== "punct" || tok.text !== "?") return false;
  const before = previousSignificant(tokens, i);
  if (before === undefined) return false;
  const prev = tokens[before] as Token;
  return prev.kind === "punct" && [".", "[", "{", ","].includes(prev.text);
}

function endsExpression(tok: Token): boolean {
  if (tok.kind === "ident") return !KEYWORD_OPERATORS.has(tok.text);
  if (tok.kind === "string" || tok.kind === "number") return true;
  return tok.text === ")" || tok.text === "]" || tok.text === "}";
}

function previousSignificant(tokens: Token[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if ((tokens[j] as Token).kind !== "space") return j;
  return undefined;
}

function nextSignificant(tokens: Token[], i: number): number | undefined {
  for (let j = i + 1; j < tokens.length; j++) if ((tokens[j] as Token).kind !== "space") return j;
  return undefined;
}
