/** Building blocks the rule files share. */

/** Not preceded by a token character: the secret starts here, not inside a longer word. */
export const START = String.raw`(?<![A-Za-z0-9_])`;
/** Not followed by a token character. */
export const END = String.raw`(?![A-Za-z0-9_])`;

/**
 * `key: value`, `key=value`, `"key": "value"` and the Kubernetes env form
 * `- name: KEY` + `value: ...` on the next line (rules using it need the
 * `line+next` scope). `key` and `value` are regex sources; `value` becomes
 * capture group 1 unless `key` has groups of its own.
 */
export function assignment(key: string, value: string): string {
  return `${key}${SEPARATOR}["']?(${value})`;
}

/** Between a key and its value: `:`, `=`, `:=`, `=>`, or a newline and `value:` (closing quote of the key included). */
export const SEPARATOR = String.raw`["']?(?:[ \t]*(?::|=|:=|=>)[ \t]*|[ \t]*\n[ \t]*-?[ \t]*value:[ \t]*)`;

/** Decodes standard or URL-safe base64; empty on malformed input. */
export function decodeBase64(value: string): string {
  try {
    return Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
  } catch {
    return "";
  }
}
