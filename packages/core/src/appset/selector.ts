/**
 * Kubernetes label selectors (matchLabels, matchExpressions with In, NotIn,
 * Exists, DoesNotExist). Generator post-selectors use Argo CD's copy, which
 * accepts any label value (so a server URL can be matched); the cluster
 * generator's selector is Kubernetes' own, which checks values too.
 */

export type Selector = (labels: Readonly<Record<string, string>>) => boolean;

export class SelectorError extends Error {}

const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function validateKey(key: string): void {
  const slash = key.indexOf("/");
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const nameOk = name.length > 0 && name.length <= 63 && NAME.test(name);
  const prefixOk =
    prefix === undefined || (prefix.length > 0 && prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix));
  if (!nameOk || !prefixOk || key.split("/").length > 2) {
    throw new SelectorError(
      `invalid label key ${JSON.stringify(key)}: a qualified name is an optional DNS prefix and "/", then 1-63 alphanumeric characters, '-', '_' or '.'`,
    );
  }
}

function validateValue(value: string): void {
  if (value !== "" && (value.length > 63 || !NAME.test(value))) {
    throw new SelectorError(
      `invalid label value ${JSON.stringify(value)}: at most 63 alphanumeric characters, '-', '_' or '.', starting and ending alphanumeric`,
    );
  }
}

function stringOf(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

interface Requirement {
  key: string;
  op: "In" | "NotIn" | "Exists" | "DoesNotExist";
  values: string[];
}

/**
 * Compiles a LabelSelector. `undefined` or `null` selects nothing extra (the
 * caller decides); an empty selector matches everything.
 */
export function compileSelector(raw: unknown, checkValues: boolean): Selector {
  if (raw === null || raw === undefined) return () => true;
  if (typeof raw !== "object" || Array.isArray(raw)) throw new SelectorError("a selector must be a map");
  const sel = raw as { matchLabels?: unknown; matchExpressions?: unknown };
  const reqs: Requirement[] = [];
  if (sel.matchLabels !== undefined && sel.matchLabels !== null) {
    if (typeof sel.matchLabels !== "object" || Array.isArray(sel.matchLabels)) {
      throw new SelectorError("matchLabels must be a map");
    }
    for (const [key, v] of Object.entries(sel.matchLabels)) {
      validateKey(key);
      const value = stringOf(v);
      if (checkValues) validateValue(value);
      reqs.push({ key, op: "In", values: [value] });
    }
  }
  if (sel.matchExpressions !== undefined && sel.matchExpressions !== null) {
    if (!Array.isArray(sel.matchExpressions)) throw new SelectorError("matchExpressions must be a list");
    for (const e of sel.matchExpressions as unknown[]) {
      const expr = (typeof e === "object" && e !== null ? e : {}) as {
        key?: unknown;
        operator?: unknown;
        values?: unknown;
      };
      const key = stringOf(expr.key);
      const op = stringOf(expr.operator);
      const values = Array.isArray(expr.values) ? expr.values.map(stringOf) : [];
      if (op !== "In" && op !== "NotIn" && op !== "Exists" && op !== "DoesNotExist") {
        throw new SelectorError(`${JSON.stringify(op)} is not a valid label selector operator`);
      }
      validateKey(key);
      if ((op === "In" || op === "NotIn") && values.length === 0) {
        throw new SelectorError(`values for ${key}: for 'in', 'notin' operators, values set can't be empty`);
      }
      if ((op === "Exists" || op === "DoesNotExist") && values.length > 0) {
        throw new SelectorError(`values for ${key}: values set must be empty for exists and does not exist`);
      }
      if (checkValues) values.forEach(validateValue);
      reqs.push({ key, op, values });
    }
  }
  return (labels) =>
    reqs.every((r) => {
      const has = Object.prototype.hasOwnProperty.call(labels, r.key);
      const value = has ? labels[r.key] : undefined;
      switch (r.op) {
        case "In":
          return has && r.values.includes(value ?? "");
        case "NotIn":
          return !has || !r.values.includes(value ?? "");
        case "Exists":
          return has;
        case "DoesNotExist":
          return !has;
      }
    });
}

/** True when a selector has at least one requirement (the cluster generator then leaves out in-cluster). */
export function selectorHasRequirements(raw: unknown): boolean {
  if (typeof raw !== "object" || raw === null) return false;
  const sel = raw as { matchLabels?: unknown; matchExpressions?: unknown };
  const labels =
    typeof sel.matchLabels === "object" && sel.matchLabels !== null ? Object.keys(sel.matchLabels).length : 0;
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0;
  return labels + exprs > 0;
}
