import { UserError } from "../../../core/src/errors.js";
import type { DefinedAt } from "../types.js";

/** One `matchExpressions` requirement. */
export interface Requirement {
  key: string;
  operator: "In" | "NotIn" | "Exists" | "DoesNotExist";
  values: string[];
}

/** A parsed metav1.LabelSelector. An empty selector matches everything. */
export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: Requirement[];
}

const OPERATORS = new Set(["In", "NotIn", "Exists", "DoesNotExist"]);

/**
 * Parses a label selector from a policy, binding or param reference. A malformed one is the
 * policy author's mistake: a UserError naming the file, the line and the field.
 */
export function parseSelector(value: unknown, field: string, at: DefinedAt): LabelSelector | undefined {
  if (value === undefined || value === null) return undefined;
  const bad = (why: string) => new UserError(`${at.file}:${at.line}: ${field} ${why}`, at.file, at.line);
  if (typeof value !== "object" || Array.isArray(value)) throw bad("must be a label selector object");
  const v = value as { matchLabels?: unknown; matchExpressions?: unknown };
  const matchLabels: Record<string, string> = {};
  if (v.matchLabels !== undefined && v.matchLabels !== null) {
    if (typeof v.matchLabels !== "object" || Array.isArray(v.matchLabels))
      throw bad("matchLabels must be a map");
    for (const [k, x] of Object.entries(v.matchLabels)) {
      if (typeof x !== "string") throw bad(`matchLabels["${k}"] must be a string`);
      matchLabels[k] = x;
    }
  }
  const matchExpressions: Requirement[] = [];
  if (v.matchExpressions !== undefined && v.matchExpressions !== null) {
    if (!Array.isArray(v.matchExpressions)) throw bad("matchExpressions must be a list");
    for (const [i, e] of (v.matchExpressions as unknown[]).entries()) {
      const r = (e ?? {}) as { key?: unknown; operator?: unknown; values?: unknown };
      if (typeof r.key !== "string" || r.key === "") throw bad(`matchExpressions[${i}].key must be a string`);
      if (typeof r.operator !== "string" || !OPERATORS.has(r.operator))
        throw bad(`matchExpressions[${i}].operator must be In, NotIn, Exists or DoesNotExist`);
      const values = Array.isArray(r.values) ? r.values.map(String) : [];
      const needsValues = r.operator === "In" || r.operator === "NotIn";
      if (needsValues && values.length === 0)
        throw bad(`matchExpressions[${i}] (${r.operator}) needs values`);
      if (!needsValues && values.length > 0)
        throw bad(`matchExpressions[${i}] (${r.operator}) must not have values`);
      matchExpressions.push({ key: r.key, operator: r.operator as Requirement["operator"], values });
    }
  }
  return { matchLabels, matchExpressions };
}

/** True when `labels` satisfy the selector (an absent selector matches everything). */
export function selectorMatches(
  selector: LabelSelector | undefined,
  labels: Record<string, string>,
): boolean {
  if (!selector) return true;
  for (const [k, v] of Object.entries(selector.matchLabels)) if (labels[k] !== v) return false;
  for (const r of selector.matchExpressions) {
    const has = Object.hasOwn(labels, r.key);
    const value = labels[r.key];
    switch (r.operator) {
      case "In":
        if (!has || !r.values.includes(value ?? "")) return false;
        break;
      case "NotIn":
        if (has && r.values.includes(value ?? "")) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
    }
  }
  return true;
}
