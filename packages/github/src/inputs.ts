/**
 * Typed action inputs, parsed and validated at the edge so packages never see
 * raw strings. Every mistake is a `UserError` that names the input and shows
 * the value, so the run ends with exit 2 and a message the user can act on.
 *
 * Inputs are read through `@actions/core.getInput`, so the `INPUT_<NAME>`
 * convention (upper-cased, spaces to `_`, hyphens kept) is exactly the
 * runner's. An input that is unset or only whitespace counts as absent: the
 * runner passes `""` for an input the workflow left out and action.yml gave
 * no default.
 */
import * as core from "@actions/core";

import { UserError } from "../../core/src/errors.js";
import { globProblem } from "../../core/src/globs.js";
import { parseSeverity, SEVERITIES, type Severity } from "../../core/src/finding.js";

/** Options of {@link getString}. */
export interface StringInputOptions {
  /** Throw a `UserError` when the input is absent. */
  required?: boolean;
  /** The value when the input is absent. */
  default?: string;
}

/** Options of {@link getInteger}. */
export interface IntegerInputOptions {
  /** The value when the input is absent. */
  default: number;
  /** Smallest accepted value, inclusive. */
  min?: number;
  /** Largest accepted value, inclusive. */
  max?: number;
}

/** The trimmed input, or undefined when it is unset or blank. */
function raw(name: string): string | undefined {
  const value = core.getInput(name);
  return value === "" ? undefined : value;
}

/** The value as it goes into an error message: quoted, escaped and cut short. */
function shown(value: string): string {
  const cut = value.length > 200 ? `${value.slice(0, 200)}…` : value;
  return JSON.stringify(cut);
}

function invalid(name: string, expected: string, value: string): UserError {
  return new UserError(`Input "${name}" must be ${expected}, got ${shown(value)}`);
}

/**
 * A string input. With `required`, an absent input is a `UserError`; with
 * `default`, that value is returned instead; otherwise undefined.
 */
export function getString(
  name: string,
  options: { required: true; default?: string } | { required?: boolean; default: string },
): string;
export function getString(name: string, options?: StringInputOptions): string | undefined;
export function getString(name: string, options: StringInputOptions = {}): string | undefined {
  const value = raw(name);
  if (value !== undefined) return value;
  if (options.default !== undefined) return options.default;
  if (options.required) throw new UserError(`Input "${name}" is required but was not set`);
  return undefined;
}

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/**
 * A boolean input. Only the YAML 1.2 core-schema spellings are accepted
 * (`true`/`True`/`TRUE`, `false`/`False`/`FALSE`): `yes` or `1` are far more
 * likely a typo for some other input than a deliberate boolean.
 */
export function getBoolean(name: string, defaultValue: boolean): boolean {
  const value = raw(name);
  if (value === undefined) return defaultValue;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw invalid(name, "true or false", value);
}

/** A whole-number input within `[min, max]`; `1.5`, `1e3` and `abc` are rejected. */
export function getInteger(name: string, options: IntegerInputOptions): number {
  const value = raw(name);
  if (value === undefined) return options.default;
  // A strict pattern, because Number() accepts "", "0x10", "1e3" and " 7 ".
  const n = /^[+-]?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw invalid(name, wholeNumber(options), value);
  if (options.min !== undefined && n < options.min) throw invalid(name, `at least ${options.min}`, value);
  if (options.max !== undefined && n > options.max) throw invalid(name, `at most ${options.max}`, value);
  return n;
}

/** What {@link getInteger} accepts, bounds included, for the message on a value that is no number. */
function wholeNumber({ min, max }: IntegerInputOptions): string {
  if (min !== undefined && max !== undefined) return `a whole number from ${min} to ${max}`;
  if (min !== undefined) return `a whole number of at least ${min}`;
  if (max !== undefined) return `a whole number of at most ${max}`;
  return "a whole number";
}

/** One of `allowed`, matched exactly. */
export function getEnum<T extends string>(name: string, allowed: readonly T[], defaultValue: T): T {
  const value = raw(name);
  if (value === undefined) return defaultValue;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(name, `one of ${allowed.join(", ")}`, value);
}

/** A finding severity: `error`, `warning` or `notice`. */
export function getSeverity(name: string, defaultValue: Severity): Severity {
  const value = raw(name);
  if (value === undefined) return defaultValue;
  const severity = parseSeverity(value);
  if (severity === undefined) throw invalid(name, `one of ${SEVERITIES.join(", ")}`, value);
  return severity;
}

/**
 * A list input. Entries are separated by newlines, commas or whitespace, so
 * both a YAML block scalar (one per line) and `a, b c` work. Separators inside
 * `{...}`, `[...]` or an extglob `(...)` do not split, so a glob such as
 * `apps/{api,web}/**` stays one entry; a newline always splits. An entry that
 * starts with `#` is a comment to the end of its line; `#` inside an entry
 * (`foo#bar`) is kept. Empty entries are dropped.
 */
export function getList(name: string): string[] {
  return splitList(raw(name) ?? "");
}

/** The tokenizer behind {@link getList}, exported for tests. */
export function splitList(text: string): string[] {
  const entries: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let entry = "";
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
      const ch = line.charAt(i);
      if (depth === 0 && /[\s,]/.test(ch)) {
        if (entry !== "") entries.push(entry);
        entry = "";
        continue;
      }
      if (entry === "" && ch === "#") break;
      if (ch === "\\" && i + 1 < line.length) {
        entry += ch + line.charAt(++i);
        continue;
      }
      const extglob = ch === "(" && i > 0 && "+*?@!".includes(line.charAt(i - 1));
      if (ch === "{" || ch === "[" || extglob) depth++;
      else if ((ch === "}" || ch === "]" || ch === ")") && depth > 0) depth--;
      entry += ch;
    }
    if (entry !== "") entries.push(entry);
  }
  return entries;
}

/**
 * A list of globs (see {@link getList} for separators), each checked so a
 * typo fails the run instead of silently matching nothing: non-empty, no NUL,
 * brackets and braces balanced, and accepted by minimatch.
 */
export function getGlobs(name: string): string[] {
  const globs = getList(name);
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem !== undefined) {
      throw new UserError(`Input "${name}" has an invalid glob ${shown(glob)}: ${problem}`);
    }
  }
  return globs;
}
