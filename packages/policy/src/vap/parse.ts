import {
  auditAnnotations,
  failurePolicy,
  namedExpressions,
  paramKind,
  paramRef,
  validationActions,
  validations,
} from "../load/cel-fields.js";
import type { DocReader } from "../load/document.js";
import { ADMISSION_VARIABLES, type AdmissionPolicy, type PolicyBinding } from "../model.js";
import { matchesResources, parseMatchResources } from "./match.js";

export const VAP_GROUP = "admissionregistration.k8s.io";

/** A ValidatingAdmissionPolicyBinding with the policy it names. */
export interface ParsedBinding extends PolicyBinding {
  policyName: string;
}

/** Reads a ValidatingAdmissionPolicy (v1, v1beta1 or v1alpha1). */
export function parseVap(doc: DocReader): AdmissionPolicy {
  const policy = parseAdmissionSpec(doc, "ValidatingAdmissionPolicy");
  if (policy.validations.length === 0 && policy.auditAnnotations.length === 0) {
    throw doc.fail(["spec"], "needs validations or auditAnnotations");
  }
  const kind = paramKind(doc, ["spec", "paramKind"]);
  if (kind) policy.paramKind = kind;
  return policy;
}

/**
 * The spec a ValidatingAdmissionPolicy and a Kyverno ValidatingPolicy share:
 * matchConstraints, matchConditions, variables, validations, auditAnnotations.
 */
export function parseAdmissionSpec(doc: DocReader, kind: string): AdmissionPolicy {
  const name = doc.string(["metadata", "name"], true) ?? "";
  const constraints = parseMatchResources(doc, ["spec", "matchConstraints"]);
  if (!constraints?.resourceRules?.length) {
    throw doc.fail(
      ["spec", "matchConstraints", "resourceRules"],
      "is required: it says which resources the policy checks",
    );
  }
  return {
    kind,
    name,
    at: doc.at(),
    failurePolicy: failurePolicy(doc, ["spec", "failurePolicy"]),
    matches: (r, ctx) => matchesResources(constraints, r, ctx),
    matchConditions: namedExpressions(doc, ["spec", "matchConditions"], "condition"),
    variables: namedExpressions(doc, ["spec", "variables"]),
    validations: validations(doc, ["spec", "validations"]),
    auditAnnotations: auditAnnotations(doc, ["spec", "auditAnnotations"]),
    celVariables: ADMISSION_VARIABLES,
  };
}

/** Reads a ValidatingAdmissionPolicyBinding. */
export function parseVapBinding(doc: DocReader): ParsedBinding {
  const resources = parseMatchResources(doc, ["spec", "matchResources"]);
  const binding: ParsedBinding = {
    name: doc.string(["metadata", "name"], true) ?? "",
    policyName: doc.string(["spec", "policyName"], true) ?? "",
    at: doc.at(),
    actions: validationActions(doc, ["spec", "validationActions"]),
  };
  if (resources) binding.matches = (r, ctx) => matchesResources(resources, r, ctx);
  const ref = paramRef(doc, ["spec", "paramRef"]);
  if (ref) binding.paramRef = ref;
  return binding;
}
