/**
 * The parser of Go's text/template, following text/template/parse/parse.go:
 * actions, pipelines with declarations, if/else if/with/else with/range/break/
 * continue, define/template/block, and the checks Go makes at parse time
 * (undefined functions and variables, misplaced break/continue).
 */
import { lex, TemplateSyntaxError, type Token, type TokenType } from "./lexer.js";
import type {
  ArgNode,
  BranchNode,
  CommandNode,
  ListNode,
  Node,
  NumberNode,
  PipeNode,
  StringNode,
  TemplateNode,
  VariableNode,
} from "./nodes.js";

/** Parsed templates by name; the main template is "". */
export type TemplateSet = Map<string, ListNode>;

interface Marker {
  type: "end" | "else";
  pos: number;
  line: number;
}

/** Parses `text`; `hasFunction` says which identifiers name functions. */
export function parseTemplate(text: string, hasFunction: (name: string) => boolean): TemplateSet {
  return new Parser(text, hasFunction).parse();
}

class Parser {
  private readonly tokens: Token[];
  private i = 0;
  private vars: string[] = ["$"];
  private rangeDepth = 0;
  private readonly set: TemplateSet = new Map();

  private readonly eof: Token;

  constructor(
    text: string,
    private readonly hasFunction: (name: string) => boolean,
  ) {
    this.tokens = lex(text);
    this.eof = this.tokens[this.tokens.length - 1] ?? { type: "eof", value: "", pos: text.length, line: 1 };
  }

  parse(): TemplateSet {
    const root: ListNode = { type: "list", pos: 0, nodes: [] };
    while (this.peek().type !== "eof") {
      if (this.peek().type === "left") {
        const save = this.i;
        this.next();
        if (this.nextNonSpace().type === "define") {
          this.parseDefinition();
          continue;
        }
        this.i = save;
      }
      const n = this.textOrAction();
      if (n === undefined) continue;
      if (isMarker(n)) this.fail(`unexpected ${markerString(n)}`, n.line);
      root.nodes.push(n);
    }
    if (!this.set.has("") || root.nodes.length > 0) this.set.set("", root);
    return this.set;
  }

  // --- tokens ---

  private peek(): Token {
    return this.tokens[this.i] ?? this.eof;
  }
  private next(): Token {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }
  private backup(): void {
    this.i--;
  }
  private nextNonSpace(): Token {
    let t = this.next();
    while (t.type === "space") t = this.next();
    return t;
  }
  private peekNonSpace(): Token {
    const save = this.i;
    const t = this.nextNonSpace();
    this.i = save;
    return t;
  }
  private expect(type: TokenType, context: string): Token {
    const t = this.nextNonSpace();
    if (t.type !== type) this.unexpected(t, context);
    return t;
  }

  private fail(message: string, line: number): never {
    throw new TemplateSyntaxError(message, line);
  }
  private unexpected(t: Token, context: string): never {
    this.fail(`unexpected ${tokenString(t)} in ${context}`, t.line);
  }

  // --- structure ---

  private parseDefinition(): void {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== "string" && nameTok.type !== "raw") this.unexpected(nameTok, "define clause");
    const name = unquote(nameTok);
    this.expect("right", "define clause");
    const savedRange = this.rangeDepth;
    this.rangeDepth = 0;
    const savedVars = this.vars;
    this.vars = ["$"];
    const [list, end] = this.itemList();
    if (end.type !== "end") this.fail(`unexpected ${markerString(end)} in define clause`, end.line);
    this.vars = savedVars;
    this.rangeDepth = savedRange;
    this.add(name, list, nameTok.line);
  }

  /** Go keeps a non-empty definition over an empty one and refuses two non-empty ones. */
  private add(name: string, list: ListNode, line: number): void {
    const existing = this.set.get(name);
    if (!existing || isEmptyTree(existing)) {
      this.set.set(name, list);
      return;
    }
    if (!isEmptyTree(list))
      this.fail(`template: multiple definition of template ${JSON.stringify(name)}`, line);
  }

  private itemList(): [ListNode, Marker] {
    const list: ListNode = { type: "list", pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().type !== "eof") {
      const n = this.textOrAction();
      if (n === undefined) continue;
      if (isMarker(n)) return [list, n];
      list.nodes.push(n);
    }
    return this.fail("unexpected EOF", this.peek().line);
  }

  private textOrAction(): Node | Marker | undefined {
    const t = this.nextNonSpace();
    switch (t.type) {
      case "text":
        return { type: "text", pos: t.pos, text: t.value };
      case "left":
        return this.action();
      case "comment":
        return undefined;
      default:
        return this.unexpected(t, "input");
    }
  }

  private action(): Node | Marker {
    const t = this.nextNonSpace();
    switch (t.type) {
      case "block":
        return this.blockControl();
      case "break":
        return this.loopControl("break", t);
      case "continue":
        return this.loopControl("continue", t);
      case "else":
        return this.elseControl(t);
      case "end":
        this.expect("right", "end");
        return { type: "end", pos: t.pos, line: t.line };
      case "if":
        return this.branchControl("if");
      case "range":
        return this.branchControl("range");
      case "template":
        return this.templateControl();
      case "with":
        return this.branchControl("with");
    }
    this.backup();
    const pipe = this.pipeline("command", "right");
    return { type: "action", pos: pipe.pos, pipe };
  }

  private loopControl(kind: "break" | "continue", t: Token): Node {
    const next = this.nextNonSpace();
    if (next.type !== "right") this.unexpected(next, `{{${kind}}}`);
    if (this.rangeDepth === 0) this.fail(`{{${kind}}} outside {{range}}`, t.line);
    return { type: kind, pos: t.pos };
  }

  private elseControl(t: Token): Marker {
    const peek = this.peekNonSpace();
    // "{{else if" and "{{else with" leave the keyword pending for branchControl.
    if (peek.type === "if" || peek.type === "with") return { type: "else", pos: peek.pos, line: peek.line };
    this.expect("right", "else");
    return { type: "else", pos: t.pos, line: t.line };
  }

  private branchControl(kind: "if" | "with" | "range"): BranchNode {
    const savedVars = this.vars.length;
    const pipe = this.pipeline(kind, "right");
    if (kind === "range") this.rangeDepth++;
    const [list, next] = this.itemList();
    if (kind === "range") this.rangeDepth--;
    let elseList: ListNode | undefined;
    if (next.type === "else") {
      const after = this.peekNonSpace();
      if (
        next.pos === after.pos &&
        ((kind === "if" && after.type === "if") || (kind === "with" && after.type === "with"))
      ) {
        this.nextNonSpace();
        elseList = { type: "list", pos: next.pos, nodes: [this.branchControl(kind)] };
      } else {
        const [list2, end] = this.itemList();
        if (end.type !== "end") this.fail(`expected end; found ${markerString(end)}`, end.line);
        elseList = list2;
      }
    }
    this.vars.length = savedVars;
    return { type: kind, pos: pipe.pos, pipe, list, elseList };
  }

  private templateControl(): TemplateNode {
    const t = this.nextNonSpace();
    const name = this.parseTemplateName(t, "template clause");
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().type !== "right") {
      this.backup();
      pipe = this.pipeline("template clause", "right");
    }
    return { type: "template", pos: t.pos, name, pipe };
  }

  private blockControl(): TemplateNode {
    const context = "block clause";
    const t = this.nextNonSpace();
    const name = this.parseTemplateName(t, context);
    const pipe = this.pipeline(context, "right");
    const savedVars = this.vars;
    const savedRange = this.rangeDepth;
    this.vars = ["$"];
    this.rangeDepth = 0;
    const [list, end] = this.itemList();
    if (end.type !== "end") this.fail(`unexpected ${markerString(end)} in ${context}`, end.line);
    this.vars = savedVars;
    this.rangeDepth = savedRange;
    this.add(name, list, t.line);
    return { type: "template", pos: t.pos, name, pipe };
  }

  private parseTemplateName(t: Token, context: string): string {
    if (t.type === "string" || t.type === "raw") return unquote(t);
    return this.unexpected(t, context);
  }

  // --- pipelines ---

  private pipeline(context: string, end: "right" | "rparen"): PipeNode {
    const first = this.peekNonSpace();
    const pipe: PipeNode = { type: "pipe", pos: first.pos, isAssign: false, decl: [], cmds: [] };
    this.declarations(pipe, context);
    for (;;) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        this.checkPipeline(pipe, context, t);
        return pipe;
      }
      switch (t.type) {
        case "bool":
        case "char":
        case "dot":
        case "field":
        case "ident":
        case "number":
        case "nil":
        case "raw":
        case "string":
        case "var":
        case "lparen":
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(t, context);
      }
    }
  }

  private declarations(pipe: PipeNode, context: string): void {
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== "var") return;
      const save = this.i;
      this.nextNonSpace();
      const next = this.peekNonSpace();
      if (next.type === "assign" || next.type === "declare") {
        pipe.isAssign = next.type === "assign";
        this.nextNonSpace();
        pipe.decl.push(this.variableDecl(v));
        return;
      }
      if (next.type === "punct" && next.value === ",") {
        this.nextNonSpace();
        pipe.decl.push(this.variableDecl(v));
        if (context === "range" && pipe.decl.length < 2) {
          const p = this.peekNonSpace();
          if (p.type === "var" || p.type === "right" || p.type === "rparen") continue;
          this.fail("range can only initialize variables", p.line);
        }
        this.fail(`too many declarations in ${context}`, v.line);
      }
      this.i = save;
      return;
    }
  }

  private variableDecl(t: Token): VariableNode {
    // Like Go, an assignment to an undeclared variable fails when it runs.
    this.vars.push(t.value);
    return { type: "variable", pos: t.pos, ident: [t.value] };
  }

  private checkPipeline(pipe: PipeNode, context: string, t: Token): void {
    if (pipe.cmds.length === 0) this.fail(`missing value for ${context}`, t.line);
    for (let k = 1; k < pipe.cmds.length; k++) {
      const first = pipe.cmds[k]?.args[0];
      if (first && ["bool", "dot", "nil", "number", "string"].includes(first.type)) {
        this.fail(`non executable command in pipeline stage ${k + 1}`, t.line);
      }
    }
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: "command", pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      while (this.peek().type === "space") this.next();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const t = this.next();
      if (t.type === "space") continue;
      if (t.type === "right" || t.type === "rparen") this.backup();
      else if (t.type !== "pipe") this.unexpected(t, "operand");
      break;
    }
    if (cmd.args.length === 0) this.fail("empty command", this.peek().line);
    return cmd;
  }

  private operand(): ArgNode | undefined {
    const node = this.term();
    if (!node) return undefined;
    if (this.peek().type !== "field") return node;
    const fields: string[] = [];
    while (this.peek().type === "field") fields.push(this.next().value.slice(1));
    switch (node.type) {
      case "field":
        return { type: "field", pos: node.pos, ident: [...node.ident, ...fields] };
      case "variable":
        return { type: "variable", pos: node.pos, ident: [...node.ident, ...fields] };
      case "bool":
      case "string":
      case "number":
      case "nil":
      case "dot":
        return this.fail(`unexpected . after term "${node.type}"`, this.peek().line);
      default:
        return { type: "chain", pos: node.pos, node, field: fields };
    }
  }

  private term(): ArgNode | undefined {
    const t = this.nextNonSpace();
    switch (t.type) {
      case "ident":
        if (!this.hasFunction(t.value)) this.fail(`function "${t.value}" not defined`, t.line);
        return { type: "identifier", pos: t.pos, name: t.value };
      case "dot":
        return { type: "dot", pos: t.pos };
      case "nil":
        return { type: "nil", pos: t.pos };
      case "var":
        return { type: "variable", pos: t.pos, ident: this.useVar(t) };
      case "field":
        return { type: "field", pos: t.pos, ident: [t.value.slice(1)] };
      case "bool":
        return { type: "bool", pos: t.pos, value: t.value === "true" };
      case "char":
      case "number":
        return parseNumber(t);
      case "lparen":
        return this.pipeline("parenthesized pipeline", "rparen");
      case "string":
      case "raw":
        return stringNode(t);
    }
    this.backup();
    return undefined;
  }

  private useVar(t: Token): string[] {
    const ident = t.value.split(".");
    const name = ident[0] ?? "";
    if (!this.vars.includes(name)) this.fail(`undefined variable "${name}"`, t.line);
    return ident;
  }
}

function isMarker(n: Node | Marker): n is Marker {
  return n.type === "end" || n.type === "else";
}

function markerString(m: Marker): string {
  return `{{${m.type}}}`;
}

function isEmptyTree(list: ListNode): boolean {
  return list.nodes.every((n) => n.type === "text" && n.text.trim() === "");
}

function tokenString(t: Token): string {
  if (t.type === "eof") return "EOF";
  if (
    [
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
      "nil",
    ].includes(t.type)
  )
    return `<${t.value}>`;
  if (t.value.length > 10) return `${JSON.stringify(t.value.slice(0, 10))}...`;
  return JSON.stringify(t.value);
}

function stringNode(t: Token): StringNode {
  return { type: "string", pos: t.pos, quoted: t.value, text: unquote(t) };
}

function unquote(t: Token): string {
  if (t.type === "raw") return t.value.slice(1, -1).replace(/\r/g, "");
  return unquoteGo(t.value.slice(1, -1), '"', t.line);
}

/** strconv.Unquote's escape handling for the inside of a quoted string or char. */
export function unquoteGo(body: string, quote: '"' | "'", line: number): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c !== "\\") {
      if (c === quote) throw new TemplateSyntaxError("invalid syntax in quoted string", line);
      out += c;
      continue;
    }
    const e = body.charAt(++i);
    const simple: Record<string, string> = {
      a: "\x07",
      b: "\b",
      f: "\f",
      n: "\n",
      r: "\r",
      t: "\t",
      v: "\v",
      "\\": "\\",
    };
    const mapped = simple[e];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    if (e === quote) {
      out += e;
      continue;
    }
    const hex = (len: number): number => {
      const h = body.slice(i + 1, i + 1 + len);
      if (h.length !== len || !/^[0-9a-fA-F]+$/.test(h)) {
        throw new TemplateSyntaxError("invalid syntax in quoted string", line);
      }
      i += len;
      return parseInt(h, 16);
    };
    if (e === "x") out += String.fromCharCode(hex(2));
    else if (e === "u" || e === "U") {
      const cp = hex(e === "u" ? 4 : 8);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) {
        throw new TemplateSyntaxError("invalid syntax in quoted string", line);
      }
      out += String.fromCodePoint(cp);
    } else if (e >= "0" && e <= "7") {
      const o = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) {
        throw new TemplateSyntaxError("invalid syntax in quoted string", line);
      }
      i += 2;
      out += String.fromCharCode(parseInt(o, 8));
    } else throw new TemplateSyntaxError("invalid syntax in quoted string", line);
  }
  return out;
}

/** A number or character constant, typed the way text/template/parse types it. */
function parseNumber(t: Token): NumberNode {
  const node: NumberNode = {
    type: "number",
    pos: t.pos,
    text: t.value,
    isInt: false,
    isFloat: false,
    int: 0n,
    float: 0,
  };
  if (t.type === "char") {
    const s = unquoteGo(t.value.slice(1, -1), "'", t.line);
    const cp = s.codePointAt(0);
    if (cp === undefined || String.fromCodePoint(cp) !== s) {
      throw new TemplateSyntaxError(`malformed character constant: ${t.value}`, t.line);
    }
    return { ...node, isInt: true, isFloat: true, int: BigInt(cp), float: cp };
  }
  const text = t.value;
  if (text.endsWith("i")) throw new TemplateSyntaxError(`complex number ${text} is not supported`, t.line);
  const int = parseGoInt(text);
  if (int !== undefined) {
    if (int > 2n ** 63n - 1n || int < -(2n ** 63n)) {
      throw new TemplateSyntaxError(`${text} overflows int`, t.line);
    }
    return { ...node, isInt: true, isFloat: true, int, float: Number(int) };
  }
  const f = parseGoFloat(text);
  if (f !== undefined) {
    if (!/[.eEpP]/.test(text)) throw new TemplateSyntaxError(`integer overflow: ${text}`, t.line);
    const asInt = Number.isInteger(f) && Math.abs(f) < 2 ** 63 ? BigInt(f) : undefined;
    return { ...node, isFloat: true, float: f, isInt: asInt !== undefined, int: asInt ?? 0n };
  }
  throw new TemplateSyntaxError(`illegal number syntax: ${JSON.stringify(text)}`, t.line);
}

/** strconv.ParseInt(text, 0, 64) without the range check. */
export function parseGoInt(text: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text);
  if (!m) return undefined;
  const sign = m[1] === "-" ? -1n : 1n;
  let body = m[2] ?? "";
  const prefixed = /^0[xXoObB]/.test(body);
  if (body.includes("_")) {
    // Underscores only between digits, and only with a base prefix or a leading 0.
    if (!prefixed && !body.startsWith("0")) return undefined;
    if (/__|_$/.test(body) || /^0[xXoObB]?_?$/.test(body)) return undefined;
    body = body.replace(/_/g, "");
  }
  let value: bigint;
  if (prefixed) value = BigInt(body.toLowerCase().replace(/^0o/, "0o"));
  else if (body.length > 1 && body.startsWith("0")) value = BigInt("0o" + body.slice(1));
  else value = BigInt(body);
  return sign * value;
}

/** strconv.ParseFloat(text, 64) for decimal forms (hex floats are not supported). */
function parseGoFloat(text: string): number | undefined {
  if (!/^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d[\d_]*)?$/.test(text)) return undefined;
  const n = Number(text.replace(/_/g, ""));
  return Number.isNaN(n) ? undefined : n;
}
