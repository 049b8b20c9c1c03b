/**
 * The lexer of Go's text/template (delimiters `{{` and `}}`), following
 * text/template/parse/lex.go: trim markers `{{- ` and ` -}}`, comments,
 * quoted and raw strings, character constants, numbers and fields.
 */

export type TokenType =
  | "text"
  | "left"
  | "right"
  | "space"
  | "ident"
  | "field"
  | "var"
  | "string"
  | "raw"
  | "char"
  | "number"
  | "bool"
  | "nil"
  | "dot"
  | "pipe"
  | "lparen"
  | "rparen"
  | "declare"
  | "assign"
  | "punct"
  | "comment"
  | "eof"
  | "block"
  | "break"
  | "continue"
  | "define"
  | "else"
  | "end"
  | "if"
  | "range"
  | "template"
  | "with";

export interface Token {
  type: TokenType;
  value: string;
  /** Offset of the token in the template text. */
  pos: number;
  /** 1-based line. */
  line: number;
}

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const KEYWORDS: ReadonlySet<string> = new Set([
  "block",
  "break",
  "continue",
  "define",
  "else",
  "end",
  "if",
  "range",
  "template",
  "with",
]);

const LEFT = "{{";
const RIGHT = "}}";

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\r" || c === "\n";
}

function isAlphaNumeric(c: string): boolean {
  return c === "_" || /^[\p{L}\p{Nd}]$/u.test(c);
}

function hasLeftTrimMarker(s: string, at: number): boolean {
  return s.charAt(at) === "-" && isSpace(s.charAt(at + 1));
}

function hasRightTrimMarker(s: string, at: number): boolean {
  return isSpace(s.charAt(at)) && s.charAt(at + 1) === "-";
}

function rightTrimLength(s: string): number {
  return s.length - s.replace(/[ \t\r\n]+$/, "").length;
}

function leftTrimLength(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpace(s.charAt(i))) i++;
  return i - from;
}

/** Splits a template into tokens, or throws a {@link TemplateSyntaxError}. */
export function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let start = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth = 0;

  const fail = (message: string): never => {
    throw new TemplateSyntaxError(message, startLine);
  };
  const emit = (type: TokenType): void => {
    tokens.push({ type, value: input.slice(start, pos), pos: start, line: startLine });
    start = pos;
    startLine = line;
  };
  const ignore = (): void => {
    line += countNewlines(input, start, pos);
    start = pos;
    startLine = line;
  };
  const peek = (): string => input.charAt(pos);
  const next = (): string => {
    const c = input.charAt(pos);
    if (c === "") return "";
    const cp = input.codePointAt(pos) ?? 0;
    const s = String.fromCodePoint(cp);
    pos += s.length;
    if (s === "\n") line++;
    return s;
  };
  const backup = (s: string): void => {
    pos -= s.length;
    if (s === "\n") line--;
  };
  const accept = (valid: string): boolean => {
    const c = peek();
    if (c !== "" && valid.includes(c)) {
      next();
      return true;
    }
    return false;
  };
  const acceptRun = (valid: string): void => {
    while (accept(valid));
  };
  const atRightDelim = (): { delim: boolean; trim: boolean } => {
    if (hasRightTrimMarker(input, pos) && input.startsWith(RIGHT, pos + 2))
      return { delim: true, trim: true };
    return { delim: input.startsWith(RIGHT, pos), trim: false };
  };
  const atTerminator = (): boolean => {
    const c = peek();
    if (c === "" || isSpace(c) || ".,|:)(".includes(c)) return true;
    return input.startsWith(RIGHT, pos);
  };

  /** Text up to the next `{{`; returns false at the end of input. */
  const lexText = (): boolean => {
    const x = input.indexOf(LEFT, pos);
    if (x < 0) {
      pos = input.length;
      if (pos > start) {
        line += countNewlines(input, start, pos);
        emit("text");
      }
      return false;
    }
    pos = x;
    let trim = 0;
    if (hasLeftTrimMarker(input, x + LEFT.length)) trim = rightTrimLength(input.slice(start, x));
    pos -= trim;
    if (pos > start) {
      line += countNewlines(input, start, pos);
      emit("text");
    }
    pos += trim;
    ignore();
    return true;
  };

  const lexLeftDelim = (): "comment" | "action" => {
    pos += LEFT.length;
    const trim = hasLeftTrimMarker(input, pos);
    const after = trim ? 2 : 0;
    if (input.startsWith("/*", pos + after)) {
      pos += after;
      ignore();
      return "comment";
    }
    emit("left");
    pos += after;
    ignore();
    parenDepth = 0;
    return "action";
  };

  const lexComment = (): void => {
    pos += 2;
    const x = input.indexOf("*/", pos);
    if (x < 0) fail("unclosed comment");
    line += countNewlines(input, pos, x + 2);
    pos = x + 2;
    const { delim, trim } = atRightDelim();
    if (!delim) fail("comment ends before closing delimiter");
    emit("comment");
    if (trim) pos += 2;
    pos += RIGHT.length;
    if (trim) pos += leftTrimLength(input, pos);
    ignore();
  };

  const lexRightDelim = (trim: boolean): void => {
    if (trim) {
      pos += 2;
      ignore();
    }
    pos += RIGHT.length;
    emit("right");
    if (trim) {
      pos += leftTrimLength(input, pos);
      ignore();
    }
  };

  const lexSpace = (): boolean => {
    let n = 0;
    while (isSpace(peek())) {
      next();
      n++;
    }
    // A trim-marked closing delimiter has a minus after a space.
    if (hasRightTrimMarker(input, pos - 1) && input.startsWith(RIGHT, pos + 1)) {
      pos--;
      if (input.charAt(pos) === "\n") line--;
      if (n === 1) return true;
    }
    emit("space");
    return false;
  };

  const lexQuote = (): void => {
    for (;;) {
      const c = next();
      if (c === "\\") {
        const d = next();
        if (d !== "" && d !== "\n") continue;
        fail("unterminated quoted string");
      }
      if (c === "" || c === "\n") fail("unterminated quoted string");
      if (c === '"') break;
    }
    emit("string");
  };

  const lexRawQuote = (): void => {
    const x = input.indexOf("`", pos);
    if (x < 0) fail("unterminated raw quoted string");
    line += countNewlines(input, pos, x + 1);
    pos = x + 1;
    emit("raw");
  };

  const lexChar = (): void => {
    for (;;) {
      const c = next();
      if (c === "\\") {
        const d = next();
        if (d !== "" && d !== "\n") continue;
        fail("unterminated character constant");
      }
      if (c === "" || c === "\n") fail("unterminated character constant");
      if (c === "'") break;
    }
    emit("char");
  };

  const scanNumber = (): boolean => {
    accept("+-");
    let digits = "0123456789_";
    if (accept("0")) {
      if (accept("xX")) digits = "0123456789abcdefABCDEF_";
      else if (accept("oO")) digits = "01234567_";
      else if (accept("bB")) digits = "01_";
    }
    acceptRun(digits);
    if (accept(".")) acceptRun(digits);
    if (digits.length === 11 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length === 23 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    accept("i");
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  };

  const lexNumber = (): void => {
    if (!scanNumber()) fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
    const sign = peek();
    if (sign === "+" || sign === "-") {
      // A complex constant like 1+2i: Go accepts it; we do not evaluate complex numbers.
      if (!scanNumber() || input.charAt(pos - 1) !== "i") {
        fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
      }
    }
    emit("number");
  };

  const lexFieldOrVariable = (type: "field" | "var"): void => {
    if (atTerminator()) {
      emit(type === "var" ? "var" : "dot");
      return;
    }
    for (;;) {
      const c = next();
      if (!isAlphaNumeric(c)) {
        if (c !== "") backup(c);
        break;
      }
    }
    if (!atTerminator()) fail(`bad character ${describeChar(peek())}`);
    emit(type);
  };

  const lexIdentifier = (): void => {
    for (;;) {
      const c = next();
      if (!isAlphaNumeric(c)) {
        if (c !== "") backup(c);
        break;
      }
    }
    if (!atTerminator()) fail(`bad character ${describeChar(peek())}`);
    const word = input.slice(start, pos);
    if (KEYWORDS.has(word)) emit(word as TokenType);
    else if (word === "true" || word === "false") emit("bool");
    else if (word === "nil") emit("nil");
    else emit("ident");
  };

  /** Inside `{{ }}`: returns true when the action has ended. */
  const lexInsideAction = (): boolean => {
    const { delim, trim } = atRightDelim();
    if (delim) {
      if (parenDepth !== 0) fail("unclosed left paren");
      lexRightDelim(trim);
      return true;
    }
    const c = next();
    if (c === "") fail("unclosed action");
    if (isSpace(c)) {
      backup(c);
      if (lexSpace()) {
        lexRightDelim(true);
        return true;
      }
      return false;
    }
    switch (c) {
      case "=":
        emit("assign");
        return false;
      case ":":
        if (next() !== "=") fail("expected :=");
        emit("declare");
        return false;
      case "|":
        emit("pipe");
        return false;
      case '"':
        lexQuote();
        return false;
      case "`":
        lexRawQuote();
        return false;
      case "$":
        lexFieldOrVariable("var");
        return false;
      case "'":
        lexChar();
        return false;
      case "(":
        parenDepth++;
        emit("lparen");
        return false;
      case ")":
        parenDepth--;
        if (parenDepth < 0) fail("unexpected right paren");
        emit("rparen");
        return false;
    }
    if (c === ".") {
      const d = peek();
      if (d === "" || d < "0" || d > "9") {
        lexFieldOrVariable("field");
        return false;
      }
    }
    if (c === "." || c === "+" || c === "-" || (c >= "0" && c <= "9")) {
      backup(c);
      lexNumber();
      return false;
    }
    if (isAlphaNumeric(c)) {
      backup(c);
      lexIdentifier();
      return false;
    }
    if (c.length === 1 && c >= " " && c <= "~") {
      emit("punct");
      return false;
    }
    return fail(`unrecognized character in action: ${describeChar(c)}`);
  };

  while (lexText()) {
    if (lexLeftDelim() === "comment") {
      lexComment();
      continue;
    }
    while (!lexInsideAction());
  }
  tokens.push({ type: "eof", value: "", pos: input.length, line });
  return tokens;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

function describeChar(c: string): string {
  if (c === "") return "EOF";
  const cp = c.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")} '${c}'`;
}
