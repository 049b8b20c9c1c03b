import { celMap, type CelValue } from "@bufbuild/cel";
import { CelEvalError, type CelProgram } from "../cel/env.js";
import type { DefinedAt } from "../types.js";
import { oneLine, type CompiledPolicy } from "./compile.js";

/** The values an admission expression sees, already converted to CEL. */
export interface Activation {
  object: CelValue;
  oldObject: CelValue;
  request: CelValue;
  params: CelValue;
  namespaceObject: CelValue;
}

/** What one evaluation of a policy on one object produced. */
export type Outcome =
  | { type: "violation"; message: string; reason: string; at: DefinedAt }
  | { type: "error"; message: string; at: DefinedAt }
  | { type: "annotation"; key: string; value: string; at: DefinedAt };

/**
 * `variables.<name>`, evaluated on first use and then remembered, as in Kubernetes: a
 * variable no expression reads never runs, so it cannot fail.
 */
class LazyVariables extends Map<string, CelValue> {
  private readonly done = new Map<string, CelValue>();
  private bindings: Record<string, CelValue> = {};

  constructor(private readonly programs: Map<string, CelProgram>) {
    super();
  }

  bind(bindings: Record<string, CelValue>): this {
    this.bindings = bindings;
    return this;
  }

  override get(key: string): CelValue | undefined {
    if (this.done.has(key)) return this.done.get(key);
    const program = this.programs.get(key);
    if (!program) return undefined;
    let value: CelValue;
    try {
      value = program.evaluate(this.bindings);
    } catch (err) {
      throw new CelEvalError(`variables.${key}: ${(err as Error).message}`);
    }
    this.done.set(key, value);
    return value;
  }

  override has(key: string): boolean {
    return this.programs.has(key);
  }

  override get size(): number {
    return this.programs.size;
  }
}

/**
 * Runs a compiled policy on one object: match conditions first (any false: the policy does not
 * apply; an error is an error outcome), then every validation and audit annotation.
 */
export function evaluatePolicy(compiled: CompiledPolicy, activation: Activation): Outcome[] {
  return evaluatePolicyResult(compiled, activation).outcomes;
}

/**
 * {@link evaluatePolicy}, also saying whether the policy applied: false when a match condition
 * was false (Kyverno reports the rule as skipped), true otherwise.
 */
export function evaluatePolicyResult(
  compiled: CompiledPolicy,
  activation: Activation,
): { applied: boolean; outcomes: Outcome[] } {
  const lazy = new LazyVariables(compiled.variables);
  const bindings: Record<string, CelValue> = { ...activation, variables: celMap(lazy) };
  lazy.bind(bindings);
  const outcomes: Outcome[] = [];
  for (const c of compiled.matchConditions) {
    let result: CelValue;
    try {
      result = c.program.evaluate(bindings);
    } catch (err) {
      const message = `matchCondition ${c.name}: ${(err as Error).message}`;
      return { applied: true, outcomes: [{ type: "error", message, at: c.at }] };
    }
    if (typeof result !== "boolean") {
      const message = `matchCondition ${c.name} must return a bool`;
      return { applied: true, outcomes: [{ type: "error", message, at: c.at }] };
    }
    if (!result) return { applied: false, outcomes: [] };
  }
  for (const { validation, program, message } of compiled.validations) {
    let result: CelValue;
    try {
      result = program.evaluate(bindings);
    } catch (err) {
      outcomes.push({
        type: "error",
        message: `expression "${oneLine(validation.expression)}" failed: ${(err as Error).message}`,
        at: validation.at,
      });
      continue;
    }
    if (typeof result !== "boolean") {
      outcomes.push({
        type: "error",
        message: `expression "${oneLine(validation.expression)}" must return a bool`,
        at: validation.at,
      });
      continue;
    }
    if (result) continue;
    outcomes.push({
      type: "violation",
      message: violationMessage(validation, message, bindings),
      reason: validation.reason,
      at: validation.at,
    });
  }
  for (const { annotation, program } of compiled.annotations) {
    try {
      const value = program.evaluate(bindings);
      if (value === null) continue;
      if (typeof value !== "string") throw new CelEvalError("valueExpression must return a string or null");
      outcomes.push({ type: "annotation", key: annotation.key, value, at: annotation.at });
    } catch (err) {
      outcomes.push({
        type: "error",
        message: `auditAnnotation ${annotation.key}: ${(err as Error).message}`,
        at: annotation.at,
      });
    }
  }
  return { applied: true, outcomes };
}

/**
 * The message Kubernetes would return: messageExpression when it yields a non-empty string
 * (an error or an empty result falls back), else message, else the failed expression.
 */
function violationMessage(
  v: CompiledPolicy["validations"][number]["validation"],
  messageProgram: CelProgram | undefined,
  bindings: Record<string, CelValue>,
): string {
  if (messageProgram) {
    try {
      const m = messageProgram.evaluate(bindings);
      if (typeof m === "string" && m.trim() !== "") return oneLineMessage(m);
    } catch {
      // Kubernetes logs the error and uses `message`; so do we.
    }
  }
  if (v.message) return oneLineMessage(v.message);
  return `failed expression: ${oneLine(v.expression)}`;
}

/** Policy messages are untrusted text: one line, bounded length. */
function oneLineMessage(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ").trim();
  return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}
