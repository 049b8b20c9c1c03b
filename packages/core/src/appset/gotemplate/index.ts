/*
 * Go's text/template, written here because JavaScript has no faithful one:
 * @ctrl/golang-template lacks variables, comparisons, printf and define/template,
 * and @mdfriday/text-template is unlicensed, obfuscated code. This subset
 * follows text/template's lexer, parser and evaluator closely enough that
 * ApplicationSet templates render, and fail, as they do in Argo CD.
 */
import { Budget } from "../budget.js";
import { templateFuncs } from "../sprig/index.js";
import { execute, GoExecError, type MissingKey } from "./exec.js";
import { TemplateSyntaxError } from "./lexer.js";
import { parseTemplate, type TemplateSet } from "./parser.js";
import type { GoValue } from "./values.js";

export { GoExecError } from "./exec.js";
export type { GoValue } from "./values.js";

/** A template that does not parse or fails to execute, with Argo CD's wording. */
export class GoTemplateError extends Error {}

const cache = new Map<string, TemplateSet>();

function parseCached(text: string): TemplateSet {
  const hit = cache.get(text);
  if (hit) return hit;
  const funcs = templateFuncs();
  const set = parseTemplate(text, (name) => funcs.has(name));
  if (cache.size > 2000) cache.clear();
  cache.set(text, set);
  return set;
}

/** text/template's Option("missingkey=..."). */
export function parseGoTemplateOptions(options: readonly string[]): MissingKey {
  let missingKey: MissingKey = "invalid";
  for (const option of options) {
    const m = /^missingkey=(.*)$/.exec(option);
    switch (m?.[1]) {
      case "default":
      case "invalid":
        missingKey = "invalid";
        break;
      case "zero":
        missingKey = "zero";
        break;
      case "error":
        missingKey = "error";
        break;
      default:
        throw new GoTemplateError(`unrecognized option: ${option}`);
    }
  }
  return missingKey;
}

/** Shortens a template for messages. */
export function excerpt(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, " ");
  return oneLine.length > 120 ? oneLine.slice(0, 117) + "..." : oneLine;
}

/** Parses and runs `text` as Argo CD's Render.Replace does with goTemplate: true. */
export function renderGoTemplate(
  text: string,
  data: GoValue,
  missingKey: MissingKey,
  budget: Budget,
): string {
  let set: TemplateSet;
  try {
    set = parseCached(text);
  } catch (err) {
    if (err instanceof TemplateSyntaxError) {
      throw new GoTemplateError(
        `failed to parse template ${excerpt(text)}: template: :${err.line}: ${err.message}`,
      );
    }
    if (err instanceof RangeError)
      throw new GoTemplateError(`failed to parse template ${excerpt(text)}: nested too deeply`);
    throw err;
  }
  try {
    return execute(set, text, data, { funcs: templateFuncs(), missingKey, budget });
  } catch (err) {
    if (err instanceof GoExecError) {
      throw new GoTemplateError(`failed to execute go template ${excerpt(text)}: ${err.message}`);
    }
    throw err;
  }
}
