/**
 * The `WWW-Authenticate` challenge of a registry's 401 (RFC 7235): a scheme and its
 * parameters, e.g. `Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull"`.
 * Quoted values may hold commas (`scope="repository:a:pull,push"`), so they are read as
 * quoted strings rather than split on commas.
 */

export interface Challenge {
  /** Lower-cased: `bearer` or `basic`. */
  scheme: string;
  /** Lower-cased parameter names. */
  params: Record<string, string>;
}

const PARAM = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;

/** The first challenge of the header, or undefined when there is none. */
export function challengeOf(header: string | null | undefined): Challenge | undefined {
  const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const params: Record<string, string> = {};
  for (const m of (match[2] ?? "").matchAll(PARAM)) {
    const name = (m[1] ?? "").toLowerCase();
    if (!(name in params)) params[name] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : (m[3] ?? "");
  }
  return { scheme: match[1].toLowerCase(), params };
}
