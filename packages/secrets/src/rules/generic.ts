import type { SecretRule } from "../types.js";
import {
  characterClasses,
  isHashLength,
  isIdentifierLike,
  isSecretReference,
  isUuidOrDigest,
  shannonEntropy,
} from "../values.js";
import { SEPARATOR } from "./shared.js";

/** Key names that say "the value is a secret". */
// Lazy before the keyword: with greedy repetition every key would backtrack over itself for each alternative.
const SECRET_KEY = String.raw`[A-Za-z0-9_.-]*?(?:passw(?:or)?d|pwd|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|credentials?|auth[_.-]?key)[A-Za-z0-9_.-]*`;

/** Keys whose values name or describe a secret instead of holding it (`secretName`, `tokenUrl` ...). */
const DESCRIBING_KEY =
  /(?:name|names|ref|refs|selector|path|file|files|dir|store|class|type|kind|mode|policy|version|label|labels|annotation|template|format|length|ttl|expiry|expires|expiration|rotation|count|size|enabled|provider|url|uri|endpoint|host|hosts|id|ids|header|field|prop|property|source|namespace|mount|volume|env|algorithm|usage|usages|duration|interval|timeout|period|lifetime|audience|issuer|scope|scopes|claim)$|^existing|^use|^create|^auto|^enable/i;
const HASH_KEY = /checksum|digest|hash|sha\d*|fingerprint|revision|commit|etag/i;
const PASSWORD_KEY = /passw(?:or)?d|pwd/i;

/**
 * High-entropy values under secret-like keys (`password:`, `API_TOKEN=`,
 * `"client_secret": ...`, and `- name: DB_PASSWORD` / `value: ...` in a
 * container's env). Runs after every specific rule, which win where both match.
 */
export const GENERIC_RULE: SecretRule = {
  id: "generic-secret",
  description: "Secret value under a secret-like key",
  keywords: [
    "passw",
    "pwd",
    "secret",
    "token",
    "api_key",
    "apikey",
    "api-key",
    "api.key",
    "access_key",
    "accesskey",
    "access-key",
    "access.key",
    "private_key",
    "privatekey",
    "private-key",
    "private.key",
    "credential",
    "auth_key",
    "authkey",
    "auth-key",
  ],
  regex: new RegExp(
    String.raw`(?<![A-Za-z0-9_.-])["']?(${SECRET_KEY})${SEPARATOR}` +
      String.raw`(?:"([^"\n]{1,512})"|'([^'\n]{1,512})'|([^\s"'\x60,;#][^\s"'\x60,;]{0,511}))`,
    "i",
  ),
  // Double-quoted, single-quoted or bare: whichever matched.
  secretGroup: [2, 3, 4],
  scope: "line+next",
  anchor: "key",
  // Code (`token = getToken(x)`, `h.dbPassword`) and file paths are dropped by `lookAlike`.
  assigned: true,
  validate: (value, m) => {
    // The key as written may be longer than the regex's: `checksum/secret`, `vault.hashicorp.com/...`.
    const prefix = keyPrefix(m.input, m.index);
    return isSecretValue(`${prefix}${m[1] ?? ""}`, value);
  },
};

/** Key characters (`[\w./-]`) right before `end`: a backward walk, since `/[\w./-]*$/` is quadratic on a long line. */
function keyPrefix(text: string, end: number): string {
  let start = end;
  // Capped: a key is short, and a 20 MB line of them must not cost 20 MB per match.
  while (start > 0 && end - start < 256 && /[\w./-]/.test(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The rules of thumb that keep the generic rule quiet on names, references and hashes. */
export function isSecretValue(key: string, value: string): boolean {
  if (value.length < 8 || DESCRIBING_KEY.test(key)) return false;
  if (/^\d+$/.test(value) || /^(?:true|false|null|none|yes|no)$/i.test(value)) return false;
  if (value.includes("://")) return false;
  if (isSecretReference(value) || isUuidOrDigest(value) || isIdentifierLike(value)) return false;
  if (HASH_KEY.test(key) && (isHashLength(value) || /^[A-Za-z0-9+/]{20,}={0,2}$/.test(value))) return false;
  if (/\s/.test(value) && !PASSWORD_KEY.test(key)) return false;
  const entropy = shannonEntropy(value);
  if (PASSWORD_KEY.test(key)) return entropy >= 2.5 && characterClasses(value) >= 2;
  return entropy >= 3.5 && characterClasses(value) >= 2;
}
