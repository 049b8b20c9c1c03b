/**
 * Log masking. The runner only masks strings it has been told about, and a
 * token leaks just as well base64-encoded (an HTTP Basic header, a git
 * extraheader) or URL-encoded (a clone URL), so every form is registered.
 */
import * as core from "@actions/core";

/** Strings this short would mask ordinary log text, so derived forms below it are skipped. */
const MIN_DERIVED_LENGTH = 6;

/**
 * Registers `value` with the runner's log masker, together with its base64
 * and URL-encoded forms. Empty and whitespace-only values are ignored: masking
 * them would blank out every space in the log.
 */
export function maskSecret(value: string | undefined): void {
  if (value === undefined || value.trim() === "") return;
  for (const form of maskedForms(value)) core.setSecret(form);
}

/** An input the runner passes as `INPUT_<NAME>` whose name says it holds a token (`token`, `github-token`). */
const TOKEN_INPUT = /^INPUT_(?:.*[-_])?TOKEN$/i;

/**
 * Masks every token the step was given, before anything else is printed: the
 * `GITHUB_TOKEN` variable and each token input, whether or not this run will
 * use it. Masking only where a token is used (the API client) leaves a window
 * in which a debug line, an error or a skipped code path could show it.
 */
export function maskTokens(env: NodeJS.ProcessEnv = process.env): void {
  for (const [name, value] of Object.entries(env)) {
    if (name === "GITHUB_TOKEN" || TOKEN_INPUT.test(name)) maskSecret(value);
  }
}

/** The distinct strings {@link maskSecret} registers for `value`, raw first. */
export function maskedForms(value: string): string[] {
  const forms = new Set<string>([value]);
  // A multi-line value is masked line by line as well: the runner matches
  // masks within a line, so a whole-value mask never hits a printed line.
  for (const line of value.split(/\r?\n/)) {
    if (line.trim().length >= MIN_DERIVED_LENGTH) forms.add(line);
  }
  const bytes = Buffer.from(value, "utf8");
  forms.add(bytes.toString("base64"));
  // Inside a longer base64 string (`base64("x-access-token:" + token)`) the
  // token's encoding depends on its offset modulo 3. Dropping 0, 1 or 2
  // leading bytes and keeping only whole 3-byte groups gives the characters
  // that appear whatever the alignment, as the runner does for its own secrets.
  for (let shift = 0; shift < 3; shift++) {
    const whole = Math.floor((bytes.length - shift) / 3) * 3;
    if (whole <= 0) continue;
    const aligned = bytes.subarray(shift, shift + whole).toString("base64");
    if (aligned.length >= MIN_DERIVED_LENGTH) forms.add(aligned);
  }
  forms.add(encodeURIComponent(value));
  return [...forms].filter((form) => form !== "");
}
