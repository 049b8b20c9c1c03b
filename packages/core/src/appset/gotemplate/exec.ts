/**
 * Execution of a parsed Go text/template, following text/template/exec.go:
 * pipelines pass the previous result as the final argument, missing map keys
 * follow the `missingkey` option, nil and missing values behave as Go's nil
 * interface and invalid reflect.Value, and function arguments are checked
 * against Go signatures.
 */
import { Budget, LIMITS, LimitError } from "../budget.js";
import { typeLabel, type FuncMap, type GoFunc, type ParamType } from "./funcs.js";
import type {
  ArgNode,
  BranchNode,
  ChainNode,
  CommandNode,
  FieldNode,
  IdentifierNode,
  Node,
  NumberNode,
  PipeNode,
  TemplateNode,
  VariableNode,
} from "./nodes.js";
import { nodeString } from "./nodes.js";
import type { TemplateSet } from "./parser.js";
import {
  containerTypeOf,
  formatValue,
  hasOwn,
  Int64,
  isMap,
  isTrue,
  sortedKeys,
  typeName,
  type GoValue,
} from "./values.js";

export type MissingKey = "invalid" | "zero" | "error";

export interface ExecOptions {
  funcs: FuncMap;
  missingKey: MissingKey;
  budget: Budget;
  maxOutput?: number;
  maxDepth?: number;
}

/** An execution error, already formatted as Go formats it. */
export class GoExecError extends Error {}

/** Go's missingVal: "no final argument", distinct from a missing map key. */
const NO_FINAL: unique symbol = Symbol("no final argument");
type Final = GoValue | typeof NO_FINAL;

/** {{break}} and {{continue}} unwind to the enclosing range. */
class LoopSignal extends Error {}
const BREAK = new LoopSignal("{{break}}");
const CONTINUE = new LoopSignal("{{continue}}");

interface Variable {
  name: string;
  value: GoValue;
}

/** Runs the main template of `set` with `data` as dot. */
export function execute(set: TemplateSet, text: string, data: GoValue, options: ExecOptions): string {
  const root = set.get("");
  if (!root) return "";
  const state = new State(set, text, options, data);
  try {
    state.walk(data, root);
  } catch (err) {
    if (err === BREAK || err === CONTINUE) throw new GoExecError("template: break or continue outside range");
    if (err instanceof RangeError) throw new GoExecError("template: nested too deeply to evaluate");
    throw err;
  }
  return state.output();
}

class State {
  private readonly out: string[] = [];
  private outLength = 0;
  private vars: Variable[];
  private depth = 0;
  private name = "";
  private at: { pos: number; context: string } | undefined;
  private readonly maxOutput: number;
  private readonly maxDepth: number;

  constructor(
    private readonly set: TemplateSet,
    private readonly text: string,
    private readonly options: ExecOptions,
    data: GoValue,
  ) {
    this.vars = [{ name: "$", value: data }];
    this.maxOutput = options.maxOutput ?? LIMITS.maxTemplateOutput;
    this.maxDepth = options.maxDepth ?? LIMITS.maxTemplateDepth;
  }

  output(): string {
    return this.out.join("");
  }

  // --- errors and positions ---

  private mark(node: { pos: number } & (ArgNode | CommandNode | Node)): void {
    let context = "";
    if (node.type === "command" || isArg(node)) context = nodeString(node);
    else if (node.type === "action") context = `{{${nodeString(node.pipe)}}}`;
    else if (node.type === "if" || node.type === "with" || node.type === "range") {
      context = `{{${node.type} ${nodeString(node.pipe)}}}`;
    } else if (node.type === "template") context = `{{template ${JSON.stringify(node.name)}}}`;
    this.at = { pos: node.pos, context };
  }

  private fail(message: string): never {
    if (!this.at) throw new GoExecError(`template: ${this.name}: ${message}`);
    const before = this.text.slice(0, this.at.pos);
    const nl = before.lastIndexOf("\n");
    const line = 1 + countChar(before, "\n");
    const col = nl < 0 ? this.at.pos : this.at.pos - (nl + 1);
    let context = this.at.context;
    if (context.length > 20) context = context.slice(0, 20) + "...";
    throw new GoExecError(
      `template: :${line}:${col}: executing ${JSON.stringify(this.name)} at <${context}>: ${message}`,
    );
  }

  private write(s: string): void {
    this.outLength += s.length;
    if (this.outLength > this.maxOutput) this.fail(`output exceeds ${this.maxOutput} characters`);
    this.options.budget.write(s.length);
    this.out.push(s);
  }

  private spend(): void {
    try {
      this.options.budget.spend();
    } catch (err) {
      if (err instanceof LimitError) this.fail(err.message);
      throw err;
    }
  }

  // --- variables ---

  private push(name: string, value: GoValue): void {
    this.vars.push({ name, value });
  }

  private setVar(name: string, value: GoValue): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i];
      if (v?.name === name) {
        v.value = value;
        return;
      }
    }
    this.fail(`undefined variable: ${name}`);
  }

  private setTopVar(n: number, value: GoValue): void {
    const v = this.vars[this.vars.length - n];
    if (v) v.value = value;
  }

  private varValue(name: string): GoValue {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i];
      if (v?.name === name) return v.value;
    }
    return this.fail(`undefined variable: ${name}`);
  }

  // --- walking ---

  walk(dot: GoValue, node: Node): void {
    this.spend();
    switch (node.type) {
      case "action": {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case "break":
        throw BREAK;
      case "continue":
        throw CONTINUE;
      case "if":
      case "with":
        this.walkIfOrWith(dot, node);
        return;
      case "list":
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case "range":
        this.walkRange(dot, node);
        return;
      case "template":
        this.walkTemplate(dot, node);
        return;
      case "text":
        this.write(node.text);
        return;
    }
  }

  private printValue(node: Node, v: GoValue): void {
    this.mark(node);
    if (v === undefined || v === null) {
      this.write("<no value>");
      return;
    }
    try {
      this.write(formatValue(v));
    } catch (err) {
      if (err instanceof GoExecError) throw err;
      this.fail((err as Error).message);
    }
  }

  private walkIfOrWith(dot: GoValue, node: BranchNode): void {
    const mark = this.vars.length;
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(val)) {
        this.walk(node.type === "with" ? val : dot, node.list);
      } else if (node.elseList) {
        this.walk(dot, node.elseList);
      }
    } finally {
      this.vars.length = mark;
    }
  }

  private walkRange(dot: GoValue, node: BranchNode): void {
    this.mark(node);
    const mark = this.vars.length;
    try {
      const val = this.evalPipeline(dot, node.pipe);
      const bodyMark = this.vars.length;
      const decl = node.pipe.decl;
      const one = (index: GoValue, elem: GoValue): void => {
        const first = decl[0];
        const second = decl[1];
        if (first) {
          if (node.pipe.isAssign) this.setVar(first.ident[0] ?? "", second ? index : elem);
          else this.setTopVar(1, elem);
        }
        if (second) {
          if (node.pipe.isAssign) this.setVar(second.ident[0] ?? "", elem);
          else this.setTopVar(2, index);
        }
        try {
          this.walk(elem, node.list);
        } catch (err) {
          if (err !== CONTINUE) throw err;
        } finally {
          this.vars.length = bodyMark;
        }
      };
      let ran = false;
      try {
        if (Array.isArray(val)) {
          for (let i = 0; i < val.length; i++) {
            ran = true;
            one(BigInt(i), val[i]);
          }
        } else if (isMap(val)) {
          for (const k of sortedKeys(val)) {
            ran = true;
            one(k, val[k]);
          }
        } else if (typeof val === "bigint" || val instanceof Int64) {
          const n = typeof val === "bigint" ? val : val.v;
          if (decl.length > 1) this.fail(`can't use ${n} to iterate over more than one variable`);
          for (let i = 0n; i < n; i++) {
            ran = true;
            const v = typeof val === "bigint" ? i : new Int64(i);
            one(v, v);
          }
        } else if (val !== undefined) {
          this.fail(`range can't iterate over ${formatValue(val)}`);
        }
      } catch (err) {
        if (err !== BREAK) throw err;
      }
      if (!ran && node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkTemplate(dot: GoValue, node: TemplateNode): void {
    this.mark(node);
    const tmpl = this.set.get(node.name);
    if (!tmpl) this.fail(`template ${JSON.stringify(node.name)} not defined`);
    if (this.depth >= this.maxDepth) this.fail(`exceeded maximum template depth (${this.maxDepth})`);
    const newDot = node.pipe ? this.evalPipeline(dot, node.pipe) : undefined;
    const saved = { vars: this.vars, name: this.name };
    this.vars = [{ name: "$", value: newDot }];
    this.name = node.name;
    this.depth++;
    try {
      this.walk(newDot, tmpl);
    } finally {
      this.vars = saved.vars;
      this.name = saved.name;
      this.depth--;
    }
  }

  // --- evaluation ---

  private evalPipeline(dot: GoValue, pipe: PipeNode): GoValue {
    this.mark(pipe);
    let value: Final = NO_FINAL;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // An interface{} result is dug into: a nil interface becomes an invalid value.
      if (value === null) value = undefined;
    }
    const result = value === NO_FINAL ? undefined : value;
    for (const v of pipe.decl) {
      const name = v.ident[0] ?? "";
      if (pipe.isAssign) this.setVar(name, result);
      else this.push(name, result);
    }
    return result;
  }

  private evalCommand(dot: GoValue, cmd: CommandNode, final: Final): GoValue {
    this.spend();
    const first = cmd.args[0];
    if (!first) return this.fail("empty command");
    switch (first.type) {
      case "field":
        return this.evalFieldNode(dot, first, cmd.args, final);
      case "chain":
        return this.evalChainNode(dot, first, cmd.args, final);
      case "identifier":
        return this.evalFunction(dot, first, cmd, cmd.args.slice(1), final);
      case "pipe":
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case "variable":
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.mark(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case "bool":
        return first.value;
      case "dot":
        return dot;
      case "nil":
        return this.fail("nil is not a command");
      case "number":
        return this.idealConstant(first);
      case "string":
        return first.text;
    }
  }

  private notAFunction(args: ArgNode[], final: Final): void {
    if (args.length > 1 || final !== NO_FINAL) {
      this.fail(`can't give argument to non-function ${args[0] ? nodeString(args[0]) : ""}`);
    }
  }

  private idealConstant(n: NumberNode): GoValue {
    const isHex = /^[+-]?0[xX]/.test(n.text);
    const isRune = n.text.startsWith("'");
    if (n.isFloat && !isHex && !isRune && /[.eEpP]/.test(n.text)) return n.float;
    if (n.isInt) return n.int;
    return this.fail(`${n.text} overflows int`);
  }

  private evalFieldNode(dot: GoValue, field: FieldNode, args: ArgNode[], final: Final): GoValue {
    this.mark(field);
    return this.evalFieldChain(dot, dot, field.ident, args, final);
  }

  private evalChainNode(dot: GoValue, chain: ChainNode, args: ArgNode[], final: Final): GoValue {
    this.mark(chain);
    if (chain.node.type === "nil") this.fail(`indirection through explicit nil in ${nodeString(chain)}`);
    const receiver = this.evalArg(dot, undefined, chain.node);
    this.mark(chain);
    return this.evalFieldChain(dot, receiver, chain.field, args, final);
  }

  private evalVariableNode(dot: GoValue, v: VariableNode, args: ArgNode[], final: Final): GoValue {
    this.mark(v);
    const value = this.varValue(v.ident[0] ?? "");
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, v.ident.slice(1), args, final);
  }

  private evalFieldChain(
    dot: GoValue,
    receiver: GoValue,
    ident: string[],
    args: ArgNode[],
    final: Final,
  ): GoValue {
    let r = receiver;
    for (let i = 0; i < ident.length - 1; i++) r = this.evalField(ident[i] ?? "", [], NO_FINAL, r);
    return this.evalField(ident[ident.length - 1] ?? "", args, final, r);
  }

  private evalField(name: string, args: ArgNode[], final: Final, receiver: GoValue): GoValue {
    if (receiver === undefined) {
      if (this.options.missingKey === "error")
        this.fail(`nil data; no entry for key ${JSON.stringify(name)}`);
      return undefined;
    }
    if (receiver === null) this.fail(`nil pointer evaluating interface {}.${name}`);
    if (isMap(receiver)) {
      if (args.length > 1 || final !== NO_FINAL) this.fail(`${name} is not a method but has arguments`);
      if (hasOwn(receiver, name)) return receiver[name];
      switch (this.options.missingKey) {
        case "invalid":
          return undefined;
        case "zero":
          return containerTypeOf(receiver) === "map[string]string" ? "" : null;
        case "error":
          return this.fail(`map has no entry for key ${JSON.stringify(name)}`);
      }
    }
    return this.fail(`can't evaluate field ${name} in type ${typeName(receiver)}`);
  }

  private evalFunction(
    dot: GoValue,
    node: IdentifierNode,
    cmd: CommandNode | IdentifierNode,
    args: ArgNode[],
    final: Final,
  ): GoValue {
    this.mark(node);
    const fn = this.options.funcs.get(node.name);
    if (!fn) return this.fail(`${JSON.stringify(node.name)} is not a defined function`);
    return this.evalCall(dot, fn, cmd, node.name, args, final);
  }

  private evalCall(
    dot: GoValue,
    fn: GoFunc,
    node: CommandNode | IdentifierNode,
    name: string,
    args: ArgNode[],
    final: Final,
  ): GoValue {
    const numIn = args.length + (final === NO_FINAL ? 0 : 1);
    const fixed = fn.params.length;
    if (fn.variadic !== undefined) {
      if (numIn < fixed) this.fail(`wrong number of args for ${name}: want at least ${fixed} got ${numIn}`);
    } else if (numIn !== fixed) {
      this.fail(`wrong number of args for ${name}: want ${fixed} got ${numIn}`);
    }
    if (fn.shortCircuit) {
      const wantTrue = fn.shortCircuit === "or";
      let v: GoValue = undefined;
      for (const arg of args) {
        v = this.evalArg(dot, "value", arg);
        if (isTrue(v) === wantTrue) return v;
      }
      if (final !== NO_FINAL) v = final;
      return v;
    }
    const argv: GoValue[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (!arg) continue;
      const t = i < fixed ? fn.params[i] : fn.variadic;
      argv.push(this.evalArg(dot, t ?? "any", arg));
    }
    if (final !== NO_FINAL) {
      const t = numIn - 1 < fixed ? fn.params[numIn - 1] : fn.variadic;
      argv.push(this.validateType(final, t ?? "any"));
    }
    this.mark(node);
    if (fn.unsupported) this.fail(`error calling ${name}: ${fn.unsupported}`);
    try {
      this.spend();
      return fn.fn(...argv);
    } catch (err) {
      if (err instanceof GoExecError || err instanceof LimitError) throw err;
      if (err instanceof RangeError) this.fail(`error calling ${name}: value is nested too deeply`);
      this.mark(node);
      return this.fail(`error calling ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private evalArg(dot: GoValue, typ: ParamType | undefined, n: ArgNode): GoValue {
    this.mark(n);
    switch (n.type) {
      case "dot":
        return this.validateType(dot, typ);
      case "nil":
        if (typ === undefined || typ === "any" || typ === "map" || typ === "slice" || typ === "strings")
          return null;
        if (typ === "value") return undefined;
        return this.fail(`cannot assign nil to ${typeLabel(typ)}`);
      case "field":
        return this.validateType(this.evalFieldNode(dot, n, [n], NO_FINAL), typ);
      case "variable":
        return this.validateType(this.evalVariableNode(dot, n, [], NO_FINAL), typ);
      case "pipe":
        return this.validateType(this.evalPipeline(dot, n), typ);
      case "identifier":
        return this.validateType(this.evalFunction(dot, n, n, [], NO_FINAL), typ);
      case "chain":
        return this.validateType(this.evalChainNode(dot, n, [], NO_FINAL), typ);
    }
    switch (typ) {
      case "bool":
        if (n.type === "bool") return n.value;
        return this.fail(`expected bool; found ${nodeString(n)}`);
      case "float64":
        if (n.type === "number" && n.isFloat) return n.float;
        return this.fail(`expected float; found ${nodeString(n)}`);
      case "int":
        if (n.type === "number" && n.isInt) return n.int;
        return this.fail(`expected integer; found ${nodeString(n)}`);
      case "string":
        if (n.type === "string") return n.text;
        return this.fail(`expected string; found ${nodeString(n)}`);
      case undefined:
      case "any":
      case "value":
        if (n.type === "bool") return n.value;
        if (n.type === "number") return this.idealConstant(n);
        return n.text;
      default:
        return this.fail(`can't handle ${nodeString(n)} for arg of type ${typeLabel(typ)}`);
    }
  }

  /** Go's validateType: is the value assignable to the parameter? */
  private validateType(value: GoValue, typ: ParamType | undefined): GoValue {
    if (typ === undefined || typ === "value") return value;
    if (value === undefined) {
      if (typ === "any" || typ === "map" || typ === "slice" || typ === "strings") return null;
      return this.fail(`invalid value; expected ${typeLabel(typ)}`);
    }
    const got = value === null ? "interface {}" : typeName(value);
    const ok = (): boolean => {
      switch (typ) {
        case "any":
          return true;
        case "string":
          return typeof value === "string";
        case "int":
          return typeof value === "bigint";
        case "float64":
          return typeof value === "number";
        case "bool":
          return typeof value === "boolean";
        case "map":
          return isMap(value) && containerTypeOf(value) === undefined;
        case "slice":
          return Array.isArray(value) && containerTypeOf(value) === undefined;
        case "strings":
          return Array.isArray(value) && containerTypeOf(value) === "[]string";
      }
    };
    if (!ok()) this.fail(`wrong type for value; expected ${typeLabel(typ)}; got ${got}`);
    return value;
  }
}

function isArg(node: { type: string }): node is ArgNode {
  return [
    "field",
    "variable",
    "identifier",
    "dot",
    "nil",
    "bool",
    "number",
    "string",
    "chain",
    "pipe",
  ].includes(node.type);
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n++;
  return n;
}
