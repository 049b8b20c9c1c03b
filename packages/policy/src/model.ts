import type { KindCatalog } from "./k8s/catalog.js";
import type { LabelSelector } from "./k8s/selectors.js";
import type { DefinedAt, EnforcementAction, NamespaceLabels, Resource } from "./types.js";

/** What matching needs besides the object: kind names and the Namespaces' labels. */
export interface MatchContext {
  catalog: KindCatalog;
  namespaces: NamespaceLabels;
}

/** A named CEL expression (a variable or a match condition). */
export interface NamedExpression {
  name: string;
  expression: string;
  at: DefinedAt;
}

/** One validation: the expression must be true, or the object is refused with the message. */
export interface Validation {
  expression: string;
  message?: string;
  messageExpression?: string;
  /** Unauthorized, Forbidden, Invalid or RequestEntityTooLarge. */
  reason: string;
  at: DefinedAt;
}

export interface AuditAnnotation {
  key: string;
  valueExpression: string;
  at: DefinedAt;
}

export interface ParamKind {
  apiVersion: string;
  kind: string;
}

export interface ParamRef {
  name?: string;
  namespace?: string;
  selector?: LabelSelector;
  /** What happens when no param matches: Allow (skip) or Deny (a violation). */
  notFound: "Allow" | "Deny";
}

/**
 * A CEL admission policy in one shape, whatever file it came from: a ValidatingAdmissionPolicy,
 * a Kyverno ValidatingPolicy, or one `validate.cel` rule of a Kyverno ClusterPolicy/Policy.
 */
export interface AdmissionPolicy {
  /** The kind it was written as, for messages. */
  kind: string;
  /** metadata.name: what findings and waivers call the policy. */
  name: string;
  /** The rule within the policy (Kyverno rules); findings use `name/rule`. */
  rule?: string;
  at: DefinedAt;
  failurePolicy: "Fail" | "Ignore";
  /** The policy's own resource constraints. */
  matches(resource: Resource, ctx: MatchContext): boolean;
  matchConditions: NamedExpression[];
  variables: NamedExpression[];
  validations: Validation[];
  auditAnnotations: AuditAnnotation[];
  paramKind?: ParamKind;
  /** The CEL variables its expressions may use. */
  celVariables: readonly string[];
}

/** What binds a policy to resources and says what a violation does. */
export interface PolicyBinding {
  name: string;
  at: DefinedAt;
  actions: EnforcementAction[];
  /** Further constraints of the binding; undefined matches everything the policy matches. */
  matches?: (resource: Resource, ctx: MatchContext) => boolean;
  paramRef?: ParamRef;
}

/** A policy with the bindings that enforce it. */
export interface BoundPolicy {
  policy: AdmissionPolicy;
  bindings: PolicyBinding[];
}

/** The CEL variables of admission expressions (Kubernetes and Kyverno CEL policies alike). */
export const ADMISSION_VARIABLES = [
  "object",
  "oldObject",
  "request",
  "params",
  "namespaceObject",
  "variables",
] as const;

/** The rule id findings carry: the policy name, with the Kyverno rule when there is one. */
export function ruleId(policy: { name: string; rule?: string }): string {
  return policy.rule ? `${policy.name}/${policy.rule}` : policy.name;
}
