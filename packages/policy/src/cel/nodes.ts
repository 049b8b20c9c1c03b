import type { Expr } from "@bufbuild/cel-spec/cel/expr/syntax_pb.js";

/**
 * Builders for CEL expression nodes (protobuf-es messages: plain objects tagged with
 * `$typeName`), used by the rewrites in `ast.ts`. New nodes take ids from `ids`.
 */
export function newExpr(exprKind: Expr["exprKind"], ids: { next: bigint }): Expr {
  ids.next += 1n;
  return { $typeName: "cel.expr.Expr", id: ids.next, exprKind };
}

/** A call of a global function. */
export function callKind(fn: string, args: Expr[]): Expr["exprKind"] {
  return {
    case: "callExpr",
    value: { $typeName: "cel.expr.Expr.Call", function: fn, args },
  };
}

/** A call of a method on `target`. */
export function methodKind(fn: string, target: Expr, args: Expr[]): Expr["exprKind"] {
  return { case: "callExpr", value: { $typeName: "cel.expr.Expr.Call", function: fn, target, args } };
}

/** A call of a global function, as a node. */
export function callExpr(fn: string, args: Expr[], ids: { next: bigint }): Expr {
  return newExpr(callKind(fn, args), ids);
}

/** A list literal. */
export function listExpr(elements: Expr[], ids: { next: bigint }): Expr {
  return newExpr(
    {
      case: "listExpr",
      value: { $typeName: "cel.expr.Expr.CreateList", elements, optionalIndices: [] },
    },
    ids,
  );
}

/** An identifier. */
export function identExpr(name: string, ids: { next: bigint }): Expr {
  return newExpr({ case: "identExpr", value: { $typeName: "cel.expr.Expr.Ident", name } }, ids);
}

/** A string literal. */
export function stringConst(value: string, ids: { next: bigint }): Expr {
  return newExpr(
    {
      case: "constExpr",
      // The Constant union has deprecated members (duration, timestamp); ours is not one of them.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      value: { $typeName: "cel.expr.Constant", constantKind: { case: "stringValue", value } },
    },
    ids,
  );
}

/** A bool literal. */
export function boolConst(value: boolean, ids: { next: bigint }): Expr {
  return newExpr(
    {
      case: "constExpr",
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      value: { $typeName: "cel.expr.Constant", constantKind: { case: "boolValue", value } },
    },
    ids,
  );
}
