/**
 * Percent-encodes a repo-relative path for a URI (SARIF `artifactLocation.uri`, summary links).
 *
 * Deliberately stricter than RFC 3986's path characters: `:` (a first segment with a colon reads
 * as a URI scheme), `(`/`)` (they end a markdown link) and `&` (markdown decodes entities in link
 * destinations) are encoded too. Lone surrogates, which `encodeURIComponent` throws on, become
 * U+FFFD first so a strange file name cannot crash a report.
 */
export function encodePath(path: string): string {
  return path
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/[^A-Za-z0-9\-._~!$'*+,;=@/]/gu, percent);
}

/** `encodeURIComponent`, plus the `(`/`)` it leaves alone. */
export function percent(c: string): string {
  return encodeURIComponent(c).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`);
}
