import type { Expr } from "@bufbuild/cel-spec/cel/expr/syntax_pb.js";

/** What an expression refers to: the functions it calls and its free identifiers. */
export interface References {
  functions: Set<string>;
  idents: Set<string>;
}

/**
 * Every function an expression calls and every free identifier. A call on an identifier
 * that is not a variable (`optional.of(x)`, `math.greatest(a, b)`) counts as the qualified
 * function `ns.name`.
 */
export function references(
  expr: Expr,
  variables: ReadonlySet<string>,
  out: References = { functions: new Set(), idents: new Set() },
): References {
  const kind = expr.exprKind;
  switch (kind.case) {
    case "identExpr":
      out.idents.add(kind.value.name);
      break;
    case "selectExpr":
      if (kind.value.operand) references(kind.value.operand, variables, out);
      break;
    case "callExpr": {
      const call = kind.value;
      const target = call.target?.exprKind;
      if (target?.case === "identExpr" && !variables.has(target.value.name)) {
        out.functions.add(`${target.value.name}.${call.function}`);
      } else {
        out.functions.add(call.function);
        if (call.target) references(call.target, variables, out);
      }
      for (const a of call.args) references(a, variables, out);
      break;
    }
    case "listExpr":
      for (const e of kind.value.elements) references(e, variables, out);
      break;
    case "structExpr":
      for (const entry of kind.value.entries) {
        if (entry.keyKind.case === "mapKey") references(entry.keyKind.value, variables, out);
        if (entry.value) references(entry.value, variables, out);
      }
      break;
    case "comprehensionExpr": {
      const c = kind.value;
      const bound = new Set([c.iterVar, c.iterVar2, c.accuVar]);
      const inner: References = { functions: out.functions, idents: new Set() };
      const innerVars = new Set([...variables, ...bound]);
      for (const e of [c.iterRange, c.accuInit]) if (e) references(e, variables, out);
      for (const e of [c.loopCondition, c.loopStep, c.result]) if (e) references(e, innerVars, inner);
      for (const id of inner.idents) if (!bound.has(id)) out.idents.add(id);
      break;
    }
    default:
      break;
  }
  return out;
}
