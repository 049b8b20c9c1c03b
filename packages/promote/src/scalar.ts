/**
 * Scalars as promotion sees them: by their text, so `1.10` stays `1.10`
 * (not the number 1.1) when it moves from one file to another, and written
 * back in the target's own quoting unless that would change the value's type.
 */
import { isScalar, Scalar, stringify } from "yaml";

/** A promotable value. */
export interface ScalarText {
  /** A string's value, or the source text of a number or boolean. */
  text: string;
  /** True when YAML reads the value as a string. */
  isString: boolean;
  /** The quoting of the scalar it came from, reused when the target lacks the field. */
  type?: Scalar.Type | undefined;
}

/** The scalar's text, or undefined for a null (`key:` or `key: ~`), which counts as unset. */
export function scalarText(node: unknown): ScalarText | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const isString = typeof node.value === "string";
  const text = isString
    ? (node.value as string)
    : typeof node.source === "string" && node.source !== ""
      ? node.source
      : JSON.stringify(node.value);
  return { text, isString, type: node.type };
}

/** True when two values would read the same in YAML (quoting aside). */
export function sameScalar(a: ScalarText | undefined, b: ScalarText | undefined): boolean {
  return a?.text === b?.text;
}

/**
 * The YAML text for `value` in a slot written in `style` (the target's own
 * scalar type, or the source's for a new field). A string is quoted when
 * plain text would read as another type (`1.10`, `yes`, `null`) or break
 * the syntax (`a: b`, a `,` inside a flow collection).
 */
export function renderScalar(value: ScalarText, style: Scalar.Type | undefined, inFlow: boolean): string {
  if (!value.isString) return value.text;
  if (style === Scalar.QUOTE_SINGLE && !/[\n\r]/.test(value.text)) {
    return `'${value.text.replace(/'/g, "''")}'`;
  }
  if (style === Scalar.QUOTE_DOUBLE || style === Scalar.QUOTE_SINGLE) return JSON.stringify(value.text);
  return plainSafe(value.text, inFlow) ? value.text : JSON.stringify(value.text);
}

/**
 * Plain is safe when both YAML 1.2 (our parser) and YAML 1.1 (Go's yaml
 * used by kustomize and Helm, where `yes` and `on` are booleans) would read
 * the text back as the same string.
 */
function plainSafe(text: string, inFlow: boolean): boolean {
  if (text === "" || /[\n\r\t]/.test(text) || text !== text.trim()) return false;
  if (inFlow && /[,[\]{}]/.test(text)) return false;
  for (const version of ["1.2", "1.1"] as const) {
    if (stringify(text, { version, lineWidth: 0 }) !== `${text}\n`) return false;
  }
  return true;
}
