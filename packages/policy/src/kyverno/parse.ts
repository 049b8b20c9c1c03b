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
import { ADMISSION_VARIABLES, type BoundPolicy, type PolicyBinding, type Validation } from "../model.js";
import type { EnforcementAction } from "../types.js";
import { parseAdmissionSpec } from "../vap/parse.js";
import { kyvernoMatches, parseKyvernoMatch } from "./match.js";

/** A ClusterPolicy/Policy rule that only the kyverno CLI can evaluate (pattern, anyPattern, deny ...). */
export interface CliRule {
  policy: string;
  rule: string;
  file: string;
  line: number;
  /** The rule's failureAction: Enforce (deny) or Audit (audit). */
  action: EnforcementAction;
}

/** What a Kyverno ClusterPolicy/Policy holds for us. */
export interface KyvernoPolicyParts {
  cel: BoundPolicy[];
  cli: CliRule[];
  /** Rules that validate nothing (mutate, generate, verifyImages): skipped, with a note. */
  skipped: CliRule[];
}

/** Reads a Kyverno ValidatingPolicy (policies.kyverno.io): a VAP-shaped policy carrying its own actions. */
export function parseValidatingPolicy(doc: DocReader): BoundPolicy {
  const policy = parseAdmissionSpec(doc, "ValidatingPolicy");
  const name = policy.name;
  // Kyverno's ValidatingPolicy carries its actions itself; it has no binding object.
  const binding: PolicyBinding = {
    name,
    at: doc.at(["spec", "validationActions"]),
    actions: validationActions(doc, ["spec", "validationActions"], ["audit"]),
  };
  return { policy, bindings: [binding] };
}

/** Splits a ClusterPolicy/Policy into its `validate.cel` rules (run here) and the rules the CLI must run. */
export function parseKyvernoPolicy(doc: DocReader): KyvernoPolicyParts {
  const name = doc.string(["metadata", "name"], true) ?? "";
  const kind = doc.string(["kind"]) ?? "ClusterPolicy";
  const namespace = kind === "Policy" ? doc.string(["metadata", "namespace"]) : undefined;
  const specAction = failureAction(doc, ["spec", "validationFailureAction"], "audit");
  const onFailure = failurePolicy(doc, ["spec", "failurePolicy"]);
  const parts: KyvernoPolicyParts = { cel: [], cli: [], skipped: [] };
  for (const [i] of doc.list(["spec", "rules"]).entries()) {
    const p = ["spec", "rules", i];
    const rule = doc.string([...p, "name"], true) ?? "";
    const action = failureAction(doc, [...p, "validate", "failureAction"], specAction);
    const where: CliRule = { policy: name, rule, ...doc.at(p), action };
    if (!doc.object([...p, "validate"])) {
      parts.skipped.push(where);
      continue;
    }
    if (!doc.object([...p, "validate", "cel"])) {
      parts.cli.push(where);
      continue;
    }
    const match = parseKyvernoMatch(doc, [...p, "match"]);
    const exclude = parseKyvernoMatch(doc, [...p, "exclude"]);
    const cel = [...p, "validate", "cel"];
    const fallbackMessage = doc.string([...p, "validate", "message"]);
    const checks: Validation[] = validations(doc, [...cel, "expressions"]).map((v) =>
      v.message === undefined && fallbackMessage !== undefined ? { ...v, message: fallbackMessage } : v,
    );
    const policy: BoundPolicy["policy"] = {
      kind,
      name,
      rule,
      at: doc.at(p),
      failurePolicy: onFailure,
      // A namespaced Policy only ever applies to its own namespace.
      matches: (r, ctx) =>
        (namespace === undefined || r.ref.namespace === namespace) && kyvernoMatches(match, exclude, r, ctx),
      matchConditions: namedExpressions(doc, [...p, "celPreconditions"], "condition"),
      variables: namedExpressions(doc, [...cel, "variables"]),
      validations: checks,
      auditAnnotations: auditAnnotations(doc, [...cel, "auditAnnotations"]),
      celVariables: ADMISSION_VARIABLES,
    };
    if (checks.length === 0) throw doc.fail([...cel, "expressions"], "needs at least one expression");
    const kindOfParams = paramKind(doc, [...cel, "paramKind"]);
    if (kindOfParams) policy.paramKind = kindOfParams;
    const binding: PolicyBinding = {
      name: rule,
      at: doc.at(p),
      actions: [action],
    };
    const ref = paramRef(doc, [...cel, "paramRef"]);
    if (ref) binding.paramRef = ref;
    parts.cel.push({ policy, bindings: [binding] });
  }
  return parts;
}

/** Kyverno's Enforce/Audit (any case) as our deny/audit. */
function failureAction(
  doc: DocReader,
  path: (string | number)[],
  fallback: EnforcementAction,
): EnforcementAction {
  const v = doc.string(path);
  if (v === undefined) return fallback;
  if (/^enforce$/i.test(v)) return "deny";
  if (/^audit$/i.test(v)) return "audit";
  throw doc.fail(path, `must be Enforce or Audit, got "${v}"`);
}
