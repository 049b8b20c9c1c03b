import type { Finding } from "../../../core/src/finding.js";
import { compileCel, type CelProgram } from "../cel/env.js";
import { ruleId, type AuditAnnotation, type BoundPolicy, type Validation } from "../model.js";
import type { DefinedAt } from "../types.js";

/** A policy whose every expression compiled. */
export interface CompiledPolicy {
  bound: BoundPolicy;
  matchConditions: { name: string; program: CelProgram; at: DefinedAt }[];
  variables: Map<string, CelProgram>;
  validations: { validation: Validation; program: CelProgram; message?: CelProgram }[];
  annotations: { annotation: AuditAnnotation; program: CelProgram }[];
  /** Every variable its expressions read: the rest need not be built for an evaluation. */
  reads: Set<string>;
}

/**
 * Compiles a policy's expressions: the compiled policy, or error findings naming each bad
 * expression. `compile` is the cached compiler; the benchmark's baseline passes an uncached one.
 */
export function compilePolicy(
  bound: BoundPolicy,
  compile: (source: string, variables: readonly string[]) => CelProgram = compileCel,
): { compiled?: CompiledPolicy; errors: Finding[] } {
  const { policy } = bound;
  const errors: Finding[] = [];
  const program = (expression: string, field: string, at: DefinedAt): CelProgram | undefined => {
    try {
      const p = compile(expression, policy.celVariables);
      for (const ident of p.idents) compiled.reads.add(ident);
      return p;
    } catch (err) {
      errors.push({
        tool: "policy",
        rule: ruleId(policy),
        severity: "error",
        message: `${policy.kind} ${ruleId(policy)}: ${field} "${oneLine(expression)}" cannot be evaluated: ${(err as Error).message}`,
        file: at.file,
        line: at.line,
      });
      return undefined;
    }
  };
  const compiled: CompiledPolicy = {
    bound,
    matchConditions: [],
    variables: new Map(),
    validations: [],
    annotations: [],
    reads: new Set(),
  };
  for (const c of policy.matchConditions) {
    const p = program(c.expression, `matchCondition ${c.name}`, c.at);
    if (p) compiled.matchConditions.push({ name: c.name, program: p, at: c.at });
  }
  for (const v of policy.variables) {
    const p = program(v.expression, `variable ${v.name}`, v.at);
    if (p) compiled.variables.set(v.name, p);
  }
  for (const v of policy.validations) {
    const p = program(v.expression, "validation", v.at);
    const message =
      v.messageExpression === undefined ? undefined : program(v.messageExpression, "messageExpression", v.at);
    if (p) compiled.validations.push({ validation: v, program: p, ...(message ? { message } : {}) });
  }
  for (const a of policy.auditAnnotations) {
    const p = program(a.valueExpression, `auditAnnotation ${a.key}`, a.at);
    if (p) compiled.annotations.push({ annotation: a, program: p });
  }
  return errors.length > 0 ? { errors } : { compiled, errors };
}

/** An expression on one line, shortened, for messages. */
export function oneLine(expression: string): string {
  const flat = expression.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
