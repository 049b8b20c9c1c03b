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
import {
  ADMISSION_VARIABLES,
  type AuditAnnotation,
  type BoundPolicy,
  type NamedExpression,
  type ParamKind,
  type ParamRef,
  type PolicyBinding,
  type Validation,
} from "../model.js";
import type { DefinedAt, EnforcementAction } from "../types.js";
import { matchesResources } from "../vap/match.js";
import { parseAdmissionSpec } from "../vap/parse.js";
import { autogenRules, policyControllers, vpolAutogen } from "./autogen.js";
import { kyvernoMatches, parseKyvernoMatch, type KyvernoMatch } from "./match.js";

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

/**
 * A ValidatingPolicy with the variants Kyverno generates for Pod controllers: the same policy
 * (findings keep its name), matching the controllers, with its CEL rewritten to read the Pod
 * template. Match conditions are renamed `autogen-<key>-<name>` as Kyverno names them.
 */
export function parseValidatingPolicies(doc: DocReader): BoundPolicy[] {
  const base = parseValidatingPolicy(doc);
  const out = [base];
  for (const variant of vpolAutogen(doc)) {
    const { policy } = base;
    const rw = variant.rewrite;
    const constraints = { resourceRules: variant.resourceRules, excludeResourceRules: [] };
    const generated: BoundPolicy["policy"] = {
      ...policy,
      matches: (r, ctx) => matchesResources(constraints, r, ctx),
      matchConditions: policy.matchConditions.map((c) => ({
        ...c,
        name: `autogen-${variant.key}-${c.name}`,
        expression: rw(c.expression),
      })),
      variables: policy.variables.map((v) => ({ ...v, expression: rw(v.expression) })),
      validations: policy.validations.map((v) => rewriteValidation(v, rw)),
      auditAnnotations: policy.auditAnnotations.map((a) => ({
        ...a,
        valueExpression: rw(a.valueExpression),
      })),
    };
    out.push({ policy: generated, bindings: base.bindings });
  }
  return out;
}

function rewriteValidation(v: Validation, rw: (text: string) => string): Validation {
  const out: Validation = { ...v, expression: rw(v.expression) };
  if (v.message !== undefined) out.message = rw(v.message);
  if (v.messageExpression !== undefined) out.messageExpression = rw(v.messageExpression);
  return out;
}

/** Splits a ClusterPolicy/Policy into its `validate.cel` rules (run here) and the rules the CLI must run. */
export function parseKyvernoPolicy(doc: DocReader): KyvernoPolicyParts {
  const name = doc.string(["metadata", "name"], true) ?? "";
  const kind = doc.string(["kind"]) ?? "ClusterPolicy";
  const namespace = kind === "Policy" ? doc.string(["metadata", "namespace"]) : undefined;
  const specAction = failureAction(doc, ["spec", "validationFailureAction"], "audit");
  const onFailure = failurePolicy(doc, ["spec", "failurePolicy"]);
  const parts: KyvernoPolicyParts = { cel: [], cli: [], skipped: [] };
  const controllers = policyControllers(doc);
  const generated: BoundPolicy[] = [];
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
    const source: CelRuleSource = {
      rule,
      match,
      exclude,
      matchConditions: namedExpressions(doc, [...p, "celPreconditions"], "condition"),
      variables: namedExpressions(doc, [...cel, "variables"]),
      validations: checks,
      auditAnnotations: auditAnnotations(doc, [...cel, "auditAnnotations"]),
    };
    if (checks.length === 0) throw doc.fail([...cel, "expressions"], "needs at least one expression");
    const common = {
      kind,
      name,
      namespace,
      at: doc.at(p),
      failurePolicy: onFailure,
      action,
      paramKind: paramKind(doc, [...cel, "paramKind"]),
      paramRef: paramRef(doc, [...cel, "paramRef"]),
    };
    parts.cel.push(celRule(common, source));
    for (const g of autogenRules(rule, match, exclude, controllers)) {
      const rw = g.rewrite;
      generated.push(
        celRule(common, {
          rule: g.name,
          match: g.match,
          exclude: g.exclude,
          matchConditions: source.matchConditions.map((c) => ({ ...c, expression: rw(c.expression) })),
          variables: source.variables.map((v) => ({ ...v, expression: rw(v.expression) })),
          validations: source.validations.map((v) => rewriteValidation(v, rw)),
          auditAnnotations: source.auditAnnotations.map((a) => ({
            ...a,
            valueExpression: rw(a.valueExpression),
          })),
        }),
      );
    }
  }
  // Once Kyverno generates rules, it drops any hand-written rule named like a generated one.
  if (generated.length > 0) {
    parts.cel = parts.cel.filter((b) => !b.policy.rule?.startsWith("autogen-"));
    parts.cel.push(...generated);
  }
  return parts;
}

/** One `validate.cel` rule's own parts: what autogen copies and rewrites. */
interface CelRuleSource {
  rule: string;
  match: KyvernoMatch | undefined;
  exclude: KyvernoMatch | undefined;
  matchConditions: NamedExpression[];
  variables: NamedExpression[];
  validations: Validation[];
  auditAnnotations: AuditAnnotation[];
}

/** What every rule of a policy shares. */
interface PolicyCommon {
  kind: string;
  name: string;
  namespace: string | undefined;
  at: DefinedAt;
  failurePolicy: "Fail" | "Ignore";
  action: EnforcementAction;
  paramKind: ParamKind | undefined;
  paramRef: ParamRef | undefined;
}

function celRule(common: PolicyCommon, source: CelRuleSource): BoundPolicy {
  const { namespace, paramKind: kindOfParams, paramRef: ref } = common;
  const { match, exclude } = source;
  const policy: BoundPolicy["policy"] = {
    kind: common.kind,
    name: common.name,
    rule: source.rule,
    at: common.at,
    failurePolicy: common.failurePolicy,
    // A namespaced Policy only ever applies to its own namespace.
    matches: (r, ctx) =>
      (namespace === undefined || r.ref.namespace === namespace) && kyvernoMatches(match, exclude, r, ctx),
    matchConditions: source.matchConditions,
    variables: source.variables,
    validations: source.validations,
    auditAnnotations: source.auditAnnotations,
    celVariables: ADMISSION_VARIABLES,
  };
  if (kindOfParams) policy.paramKind = kindOfParams;
  const binding: PolicyBinding = { name: source.rule, at: common.at, actions: [common.action] };
  if (ref) binding.paramRef = ref;
  return { policy, bindings: [binding] };
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
