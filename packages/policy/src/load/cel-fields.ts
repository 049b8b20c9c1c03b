import { parseSelector } from "../k8s/selectors.js";
import type { AuditAnnotation, NamedExpression, ParamKind, ParamRef, Validation } from "../model.js";
import type { EnforcementAction } from "../types.js";
import type { DocReader } from "./document.js";

type Path = (string | number)[];

const REASONS = ["Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge"] as const;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CONDITION_NAME =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/**
 * `matchConditions` or `variables`: a list of `{name, expression}`. Variable names must be CEL
 * identifiers (`variables.<name>`); match condition names are qualified names, like label keys.
 */
export function namedExpressions(
  doc: DocReader,
  path: Path,
  kind: "variable" | "condition" = "variable",
): NamedExpression[] {
  const seen = new Set<string>();
  return doc.list(path).map((_, i) => {
    const name = doc.string([...path, i, "name"], true) ?? "";
    const pattern = kind === "variable" ? VARIABLE_NAME : CONDITION_NAME;
    if (!pattern.test(name))
      throw doc.fail(
        [...path, i, "name"],
        `"${name}" is not a valid ${kind === "variable" ? "CEL identifier" : "name"}`,
      );
    if (seen.has(name)) throw doc.fail([...path, i, "name"], `"${name}" is defined twice`);
    seen.add(name);
    return { name, expression: doc.string([...path, i, "expression"], true) ?? "", at: doc.at([...path, i]) };
  });
}

/** `validations`: expression, message, messageExpression, reason. */
export function validations(doc: DocReader, path: Path): Validation[] {
  return doc.list(path).map((_, i) => {
    const p = [...path, i];
    const v: Validation = {
      expression: doc.string([...p, "expression"], true) ?? "",
      reason: doc.oneOf([...p, "reason"], REASONS, "Invalid"),
      at: doc.at(p),
    };
    const message = doc.string([...p, "message"]);
    const messageExpression = doc.string([...p, "messageExpression"]);
    if (message !== undefined) v.message = message;
    if (messageExpression !== undefined) v.messageExpression = messageExpression;
    return v;
  });
}

/** `auditAnnotations`: key and valueExpression. */
export function auditAnnotations(doc: DocReader, path: Path): AuditAnnotation[] {
  return doc.list(path).map((_, i) => ({
    key: doc.string([...path, i, "key"], true) ?? "",
    valueExpression: doc.string([...path, i, "valueExpression"], true) ?? "",
    at: doc.at([...path, i]),
  }));
}

export function paramKind(doc: DocReader, path: Path): ParamKind | undefined {
  if (!doc.object(path)) return undefined;
  return {
    apiVersion: doc.string([...path, "apiVersion"], true) ?? "",
    kind: doc.string([...path, "kind"], true) ?? "",
  };
}

export function paramRef(doc: DocReader, path: Path): ParamRef | undefined {
  if (!doc.object(path)) return undefined;
  const ref: ParamRef = {
    notFound: doc.oneOf([...path, "parameterNotFoundAction"], ["Allow", "Deny"], "Deny"),
  };
  const name = doc.string([...path, "name"]);
  const namespace = doc.string([...path, "namespace"]);
  const selector = parseSelector(
    doc.get([...path, "selector"]),
    "paramRef.selector",
    doc.at([...path, "selector"]),
  );
  if (name !== undefined && selector) throw doc.fail(path, "must set name or selector, not both");
  if (name === undefined && !selector) throw doc.fail(path, "must set name or selector");
  if (name !== undefined) ref.name = name;
  if (namespace !== undefined) ref.namespace = namespace;
  if (selector) ref.selector = selector;
  return ref;
}

/** `validationActions` (Deny, Warn, Audit) as our actions; at least one is required. */
export function validationActions(
  doc: DocReader,
  path: Path,
  fallback?: EnforcementAction[],
): EnforcementAction[] {
  const raw = doc.strings(path);
  if (raw.length === 0) {
    if (fallback) return fallback;
    throw doc.fail(path, "needs at least one of Deny, Warn, Audit");
  }
  return raw.map((a, i) => {
    if (a === "Deny") return "deny";
    if (a === "Warn") return "warn";
    if (a === "Audit") return "audit";
    throw doc.fail([...path, i], `must be Deny, Warn or Audit, got "${a}"`);
  });
}

export function failurePolicy(doc: DocReader, path: Path): "Fail" | "Ignore" {
  return doc.oneOf(path, ["Fail", "Ignore"], "Fail");
}
