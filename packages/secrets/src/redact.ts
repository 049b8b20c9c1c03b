import { createHash } from "node:crypto";

/** The most characters of a secret any output may show. */
export const MAX_SHOWN_CHARS = 4;

/**
 * The shown form of a secret: at most its first 4 characters, fewer for
 * short ones (a quarter of the length), then `…`. Prefixes such as `ghp_` or
 * `AKIA` say what kind of credential it is without giving any of it away.
 */
export function redact(secret: string): string {
  const shown = Math.min(MAX_SHOWN_CHARS, Math.floor(secret.length / 4));
  return `${Array.from(secret).slice(0, shown).join("")}…`;
}

/** sha256 (hex) of a secret: how ignore entries and baselines name it without holding it. */
export function secretSha256(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/**
 * Replaces every occurrence of the given secrets in `text` with their
 * redacted form: a last guard for messages that quote input (a YAML parse
 * error, a gitleaks rule description) which could hold a secret.
 */
export function scrub(text: string, secrets: Iterable<string>): string {
  return scrubber(secrets)(text);
}

/**
 * `scrub` for many texts against the same secrets: the secrets are indexed by
 * their first 4 characters, so a message costs its own length, not the number
 * of secrets (a minified file may hold hundreds of thousands).
 */
export function scrubber(secrets: Iterable<string>): (text: string) => string {
  const byPrefix = new Map<string, string[]>();
  for (const s of secrets) {
    if (s.length < 4) continue;
    const list = byPrefix.get(s.slice(0, 4));
    if (list) list.push(s);
    else byPrefix.set(s.slice(0, 4), [s]);
  }
  return (text) => {
    if (byPrefix.size === 0) return text;
    const present = new Set<string>();
    for (let i = 0; i + 4 <= text.length; i++) {
      for (const s of byPrefix.get(text.slice(i, i + 4)) ?? []) if (text.startsWith(s, i)) present.add(s);
    }
    let out = text;
    // Longest first: a secret that contains another is replaced whole.
    for (const s of [...present].sort((a, b) => b.length - a.length)) out = out.split(s).join(redact(s));
    return out;
  };
}
