import type { Expr } from "@bufbuild/cel-spec/cel/expr/syntax_pb.js";
import { OPT_GET, OPT_HAS, OPT_INDEX, OPT_LIST, OPT_MAP, OPT_PICK, OPT_SELECT } from "./lib/optional.js";
import {
  boolConst,
  callExpr,
  callKind,
  identExpr,
  listExpr,
  methodKind,
  newExpr,
  stringConst,
} from "./nodes.js";
import { PLACEHOLDER } from "./syntax.js";

/**
 * Rewrites a parsed expression in place:
 * - the optional-syntax placeholders of `syntax.ts` become calls of our optional functions,
 *   and a plain `.field` or `[i]` applied to an optional result stays optional, as in cel-go;
 * - `cel.bind(x, init, body)` becomes the comprehension cel-go's bind macro expands to;
 * - `x.orValue(d)` and `x.or(o)` become a form that, as cel-go's interpreter does, returns a
 *   non-optional `x` itself and evaluates `d`/`o` only when `x` is an empty optional.
 *
 * Expressions are protobuf-es messages: plain objects tagged with `$typeName`.
 */
export function transformExpr(expr: Expr, ids: { next: bigint }): void {
  const kind = expr.exprKind;
  switch (kind.case) {
    case "selectExpr": {
      const sel = kind.value;
      if (sel.operand) transformExpr(sel.operand, ids);
      if (!sel.operand) return;
      if (sel.testOnly) {
        // has(a.?b.c): false when the optional is empty, else whether the field is there.
        if (isOptionalCall(sel.operand))
          expr.exprKind = callKind(OPT_HAS, [sel.operand, stringConst(sel.field, ids)]);
        return;
      }
      const optional = sel.field.startsWith(PLACEHOLDER.select);
      if (optional || isOptionalCall(sel.operand)) {
        const field = optional ? sel.field.slice(PLACEHOLDER.select.length) : sel.field;
        expr.exprKind = callKind(OPT_SELECT, [sel.operand, stringConst(field, ids)]);
      }
      return;
    }
    case "callExpr": {
      const call = kind.value;
      if (call.target) transformExpr(call.target, ids);
      for (const arg of call.args) transformExpr(arg, ids);
      if (call.function === "_[_]" && call.args.length === 2) {
        const [target, index] = call.args as [Expr, Expr];
        const wrapped = unwrapPlaceholder(index, PLACEHOLDER.index);
        if (wrapped || isOptionalCall(target)) {
          expr.exprKind = callKind(OPT_INDEX, [target, wrapped ?? index]);
        }
        return;
      }
      if (isBind(expr)) expr.exprKind = bindKind(call.args as [Expr, Expr, Expr], ids);
      else if (isOr(expr)) {
        const target = call.target as Expr;
        if (call.function === "or" && isOptionalCall(target)) OPTIONAL_ORS.add(expr);
        expr.exprKind = orKind(call.function, target, call.args[0] as Expr, ids);
      } else if (isOptMacro(expr))
        expr.exprKind = optMacroKind(call.function, call.target as Expr, call.args as [Expr, Expr], ids);
      return;
    }
    case "listExpr": {
      const list = kind.value;
      for (const e of list.elements) transformExpr(e, ids);
      if (!list.elements.some((e) => unwrapPlaceholder(e, PLACEHOLDER.element))) return;
      const elements = list.elements.map(
        (e) => unwrapPlaceholder(e, PLACEHOLDER.element) ?? callExpr("optional.of", [e], ids),
      );
      expr.exprKind = callKind(OPT_LIST, [listExpr(elements, ids)]);
      return;
    }
    case "structExpr": {
      const struct = kind.value;
      for (const entry of struct.entries) {
        if (entry.keyKind.case === "mapKey") transformExpr(entry.keyKind.value, ids);
        if (entry.value) transformExpr(entry.value, ids);
      }
      // Optional entries exist only in map literals; a message literal is left as it is.
      const keys: Expr[] = [];
      for (const entry of struct.entries) {
        if (entry.keyKind.case !== "mapKey") return;
        keys.push(entry.keyKind.value);
      }
      const optional = keys.map((k) => unwrapPlaceholder(k, PLACEHOLDER.key));
      if (!optional.some(Boolean)) return;
      const pairs = struct.entries.map((entry, i) => {
        const key = optional[i];
        const value = entry.value as Expr;
        return listExpr([key ?? (keys[i] as Expr), key ? value : callExpr("optional.of", [value], ids)], ids);
      });
      expr.exprKind = callKind(OPT_MAP, [listExpr(pairs, ids)]);
      return;
    }
    case "comprehensionExpr": {
      const c = kind.value;
      for (const e of [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result]) {
        if (e) transformExpr(e, ids);
      }
      return;
    }
    default:
      return;
  }
}

/**
 * True when an expression is known to yield an optional: an optional select or index, an
 * `optional.of/none/ofNonZeroValue(...)` call, or `.or(...)` on one of those. Selecting or
 * indexing into such an expression stays optional.
 */
function isOptionalCall(e: Expr): boolean {
  if (OPTIONAL_ORS.has(e)) return true;
  if (e.exprKind.case !== "callExpr") return false;
  const call = e.exprKind.value;
  if (call.function === OPT_SELECT || call.function === OPT_INDEX) return true;
  const target = call.target?.exprKind;
  if (target?.case === "identExpr" && target.value.name === "optional") {
    return ["of", "none", "ofNonZeroValue"].includes(call.function);
  }
  return call.function === "or" && call.target !== undefined && isOptionalCall(call.target);
}

function unwrapPlaceholder(e: Expr, name: string): Expr | undefined {
  if (e.exprKind.case !== "callExpr") return undefined;
  const call = e.exprKind.value;
  return call.function === name && !call.target && call.args.length === 1 ? call.args[0] : undefined;
}

function isBind(e: Expr): boolean {
  if (e.exprKind.case !== "callExpr") return false;
  const call = e.exprKind.value;
  const target = call.target?.exprKind;
  return (
    call.function === "bind" &&
    target?.case === "identExpr" &&
    target.value.name === "cel" &&
    call.args.length === 3 &&
    call.args[0]?.exprKind.case === "identExpr"
  );
}

function isOr(e: Expr): boolean {
  if (e.exprKind.case !== "callExpr") return false;
  const call = e.exprKind.value;
  return (
    (call.function === "orValue" || call.function === "or") &&
    call.target !== undefined &&
    call.args.length === 1
  );
}

/** Rewritten `opt.or(...)` nodes whose receiver is known optional: their result is optional too. */
const OPTIONAL_ORS = new WeakSet<Expr>();

/** The name `or`/`orValue` binds its receiver to: not a valid CEL identifier, so never the user's. */
const OR_RECEIVER = "@or";

/**
 * cel-go's `orValue` and `or` (evalOptionalOrValue, evalOptionalOr) evaluate the receiver first:
 * a value that is not an optional is returned as it is (an error stays an error), an optional
 * with a value gives the value (`or`: the optional), and only an empty optional evaluates the
 * argument. As CEL: `cel.bind(@or, x, @optpick(@or) ? @optget(@or) : d)`.
 */
function orKind(fn: string, target: Expr, fallback: Expr, ids: { next: bigint }): Expr["exprKind"] {
  const receiver = () => identExpr(OR_RECEIVER, ids);
  const picked = fn === "orValue" ? callExpr(OPT_GET, [receiver()], ids) : receiver();
  const body = newExpr(callKind("_?_:_", [callExpr(OPT_PICK, [receiver()], ids), picked, fallback]), ids);
  return bindKind([identExpr(OR_RECEIVER, ids), target, body], ids);
}

function isOptMacro(e: Expr): boolean {
  if (e.exprKind.case !== "callExpr") return false;
  const call = e.exprKind.value;
  return (
    (call.function === "optMap" || call.function === "optFlatMap") &&
    call.target !== undefined &&
    call.args.length === 2 &&
    call.args[0]?.exprKind.case === "identExpr"
  );
}

/**
 * `opt.optMap(x, body)` is `opt.hasValue() ? optional.of(cel.bind(x, opt.value(), body)) : optional.none()`;
 * `optFlatMap` is the same without `optional.of` (its body returns an optional), as cel-go expands them.
 */
function optMacroKind(
  fn: string,
  target: Expr,
  [name, body]: [Expr, Expr],
  ids: { next: bigint },
): Expr["exprKind"] {
  const value = newExpr(methodKind("value", target, []), ids);
  const bound = newExpr(bindKind([name, value, body], ids), ids);
  return callKind("_?_:_", [
    newExpr(methodKind("hasValue", target, []), ids),
    fn === "optMap" ? callExpr("optional.of", [bound], ids) : bound,
    callExpr("optional.none", [], ids),
  ]);
}

/** `cel.bind(x, init, body)`: accumulate `init` into `x` over an empty list, then evaluate `body`. */
function bindKind([name, init, body]: [Expr, Expr, Expr], ids: { next: bigint }): Expr["exprKind"] {
  const variable = name.exprKind.case === "identExpr" ? name.exprKind.value.name : "";
  return {
    case: "comprehensionExpr",
    value: {
      $typeName: "cel.expr.Expr.Comprehension",
      iterVar: "#unused",
      iterVar2: "",
      iterRange: listExpr([], ids),
      accuVar: variable,
      accuInit: init,
      loopCondition: boolConst(false, ids),
      loopStep: identExpr(variable, ids),
      result: body,
    },
  };
}
