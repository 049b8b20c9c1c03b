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

const TEMPLATE =
  /\$\{[^}]*\}|\{\{.*?\}\}|\$\([^)]*\)|%\([^)]*\)s|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/;
const ANGLE = /<[^<>]{1,80}>/;
const WORDS =
  /change[_-]?me|replace[_-]?me|placeholder|redacted|your[_-]?(?:token|key|secret|password|api)|insert[_-]?here|dummy|not[_-]?a[_-]?(?:real[_-]?)?secret|fixme|todo/i;
const RUNS = /x{5,}|X{5,}|\*{3,}|•{3,}|\.{3,}|…|0{12,}|(?:abc|123|xyz){3,}/;

/**
 * True for values that stand in for a secret: `${VAR}`, `{{ .Values.x }}`,
 * `$(VAR)`, `<your-token>`, `changeme`, `REPLACE_ME`, runs of `x` or `*`,
 * or too few distinct characters to be random.
 */
export function isPlaceholder(value: string): boolean {
  if (TEMPLATE.test(value) || ANGLE.test(value) || RUNS.test(value)) return true;
  // In a long random body (a PEM key) a short word turns up by chance; there only shapes count.
  if (value.length <= 64 && WORDS.test(value)) return true;
  return new Set(value).size <= 3 && value.length >= 4;
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
