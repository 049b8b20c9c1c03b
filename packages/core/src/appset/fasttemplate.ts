/**
 * Argo CD's default templating: valyala/fasttemplate with `{{` and `}}`. A tag
 * is trimmed and looked up among the (string) parameters; an empty or unknown
 * tag is written back exactly as it was, spaces included. A `{{` without a
 * closing `}}` makes the whole string an error.
 */
import type { Params } from "./params.js";
import { trimSpace } from "./sprig/strings.js";

export class FastTemplateError extends Error {}

/** Argo CD only templates strings with `{{...}}` on one line (its `.*{{.*}}.*` check). */
const TEMPLATED = /\{\{.*\}\}/;

export function fastReplace(template: string, params: Params): string {
  if (!TEMPLATED.test(template)) return template;
  let out = "";
  let rest = template;
  for (;;) {
    const start = rest.indexOf("{{");
    if (start < 0) {
      out += rest;
      break;
    }
    out += rest.slice(0, start);
    rest = rest.slice(start + 2);
    const end = rest.indexOf("}}");
    if (end < 0) {
      throw new FastTemplateError(
        `invalid template: Cannot find end tag="}}" in the template=${JSON.stringify(template)} starting from ${JSON.stringify(rest)}`,
      );
    }
    const tag = rest.slice(0, end);
    rest = rest.slice(end + 2);
    const key = trimSpace(tag);
    const value = key === "" || !Object.prototype.hasOwnProperty.call(params, key) ? undefined : params[key];
    out += typeof value === "string" ? value : `{{${tag}}}`;
  }
  return out;
}
