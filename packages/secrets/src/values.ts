/**
 * Tests on candidate values shared by the rules: entropy, and the shapes of
 * things that sit where secrets sit but are not secrets (placeholders,
 * documented examples, references, digests, UUIDs, names).
 */

/** Shannon entropy in bits per character. Random base62 of 20+ chars scores above 4. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  const n = Array.from(value).length;
  for (const c of counts.values()) {
    const p = c / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Interpolations a tool replaces before anything reads the value: shell and
 * Compose `$VAR`, `${VAR}`, `$(cmd)`, Kubernetes `$(VAR)`, Windows `%VAR%`,
 * Go/Helm/Jinja/Actions `{{ ... }}`, ERB `<%= ... %>`, Ruby `#{...}`, Python
 * `%(name)s` and `{name}`. A leading `$` before a name counts even with more
 * after it (`$password/` in a sed script); a password that starts so is lost.
 */
const INTERPOLATION =
  /\$\{|\$\(|\{\{|<%|#\{[A-Za-z_$@]|%\([^)]*\)s|^\$[A-Za-z_]|%[A-Za-z_][A-Za-z0-9_]*%|^\{[A-Za-z_][\w.]*\}$/;
const ANGLE = /<[^<>]{1,80}>/;
const WORDS =
  /change[_-]?me|replace[_-]?(?:me|with|this)|^replace|placeholder|redacted|^(?:your|my)[_-]|[_-]here$|your[_-]?(?:token|key|secret|password|api)|insert[_-]?here|dummy|not[_-]?a[_-]?(?:real[_-]?)?secret|fixme|todo/i;
const RUNS = /x{5,}|X{5,}|\*{3,}|•{3,}|\.{3,}|…|0{12,}|(?:abc|123|xyz){3,}/;

/**
 * True for values that stand in for a secret: interpolations (`${VAR}`,
 * `{{ .Values.x }}`, `$(cmd)`, `%VAR%`), `<your-token>`, `YOUR-…`,
 * `changeme`, `REPLACE_ME`, runs of `x`, `*` or `.`, or too few distinct
 * characters to be random. Safe for every rule: a provider's token never looks so.
 */
export function isPlaceholder(value: string): boolean {
  if (INTERPOLATION.test(value) || ANGLE.test(value) || RUNS.test(value)) return true;
  // In a long random body (a PEM key) a short word turns up by chance; there only shapes count.
  if (value.length <= 64 && WORDS.test(value)) return true;
  return new Set(value).size <= 3 && value.length >= 4;
}

/** Why a value only looks like a secret. */
export type LookAlike = "placeholder" | "example" | "encrypted" | "expression" | "path";

/** How a rule found the value {@link lookAlike} judges. */
export interface ValueSite {
  /**
   * The value is whatever a secret-like key is assigned (a keyword rule), not a
   * provider's token format: it may also be code or a file path.
   */
  assigned?: boolean;
  /** The value stood between matching quotes, so it is a string literal, not code. */
  quoted?: boolean;
}

/** One name in a member access: a word, maybe camel-cased or UPPER_SNAKE, digits only at the end. */
const SEGMENT = /^(?:[a-z_$][A-Za-z_$]*\d*|[A-Z][A-Za-z_]*\d*|[A-Z][A-Z0-9_]*)$/;
/**
 * `"db_password: "+h.dbPassword+"\n"`: the quotes around the "value" end one
 * string literal and start the next, so what they hold is an operand between
 * two operators. A random token starts and ends so about once in 4096.
 */
const CONCATENATION =
  /^\s*(?:\+|,|\.{1,2}|\|\||&&)\s*[A-Za-z_$][\w$.]*(?:\([^)]*\)|\[[^\]]*\])?\s*(?:\+|,|\.{1,2}|\|\||&&)\s*$/;
/**
 * Brackets of any kind, a backslash, a comment, or a regex wildcard (`.*` in a
 * sed script's `s/password: .* /…/`). Not a lone `*`: passwords hold those.
 */
const CODE = /[()[\]{}<>\\]|\/\*|\.[*+]/;
/** `/secrets/mysql/password`, `~/.config/x`, `./x`, `..\x`, `C:\x`, `file:x`. */
const PATH = /^(?:~|\.{1,2})?[/\\](?![/\\])|^[A-Za-z]:[/\\]|^file:/;

/**
 * The one answer to "is this a value or a look-alike?": undefined when
 * `value` may be a secret, else why it is not. Every rule's match passes
 * here (unless it keeps placeholders); code expressions and file paths count
 * only for {@link ValueSite.assigned} values, where a token format did not
 * already rule them out (`hvs.CAES…` is a dotted token, not a member access).
 */
export function lookAlike(value: string, site: ValueSite = {}): LookAlike | undefined {
  if (isPlaceholder(value)) return "placeholder";
  if (isExampleValue(value)) return "example";
  if (isEncryptedValue(value)) return "encrypted";
  if (!site.assigned) return undefined;
  if (PATH.test(value)) return "path";
  if (CONCATENATION.test(value)) return "expression";
  // Bare text with brackets, a backslash or a comment is code (`getToken(x)`,
  // `os.environ["X"]`); a quoted one may be a password that happens to hold them.
  if (!site.quoted && CODE.test(value)) return "expression";
  if (!site.quoted && isMemberAccess(value)) return "expression";
  // A YAML alias (`password: *db_password`), a pointer dereference or a glob (`*Password*`).
  if (!site.quoted && /^\*[\w.*-]*$/.test(value)) return "expression";
  return undefined;
}

/** `process.env.TOKEN`, `h.dbPassword`, `settings.SECRET_KEY`: names joined by `.`, `?.`, `->` or `::`. */
function isMemberAccess(value: string): boolean {
  // A leading dot is Helm's `.Values.x` written without its braces.
  const parts = value.replace(/^\./, "").split(/\??\.|->|::/);
  return parts.length >= 2 && parts.every((p) => SEGMENT.test(p));
}

/** True for keys providers publish as examples (`AKIAIOSFODNN7EXAMPLE`, `...EXAMPLEKEY`). */
export function isExampleValue(value: string): boolean {
  return /example/i.test(value);
}

/** SOPS-encrypted values and SealedSecret ciphertexts are safe to commit. */
export function isEncryptedValue(value: string): boolean {
  return value.startsWith("ENC[") || /^AgB[A-Za-z0-9+/]{200,}={0,2}$/.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGEST = /^(?:sha(?:1|224|256|384|512)|md5|blake2b|xxh\d*)[:~-][0-9a-zA-Z+/=_-]+$/i;

/** UUIDs and prefixed digests (`sha256:...`). */
export function isUuidOrDigest(value: string): boolean {
  return UUID.test(value) || DIGEST.test(value);
}

/** A plain hex string of a hash's length: a checksum or git SHA when its key says so. */
export function isHashLength(value: string): boolean {
  return /^[0-9a-f]+$/i.test(value) && [32, 40, 56, 64, 96, 128].includes(value.length);
}

/**
 * Names and references rather than values: every part between `-`, `_`,
 * `.`, `/` or `:` is all letters or all digits (`DATABASE_URL`,
 * `postgres-credentials-2024`, `platform/cms/prod`).
 */
export function isIdentifierLike(value: string): boolean {
  const parts = value.split(/[-_./:]+/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => /^[A-Za-z]+$/.test(p) || /^\d+$/.test(p));
}

/** Values that point at a secret store instead of holding a secret. */
export function isSecretReference(value: string): boolean {
  return /^(?:vault:|ref\+|arn:aws:|projects\/[^/]+\/secrets\/|secret:\/\/|sm:\/\/|op:\/\/|azurekeyvault:|akv:|gcp:secretmanager:|awssm:)/i.test(
    value,
  );
}

/** How many of lower case, upper case, digits and symbols a value uses. */
export function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
}
