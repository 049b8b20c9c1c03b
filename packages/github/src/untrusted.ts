/**
 * Printing text we do not control (resource names, tool errors, policy
 * messages, PR titles, comment bodies) where the runner reads workflow
 * commands. The runner treats a line as a command when, after leading
 * whitespace, it starts with `::`, and also (the older syntax) when `##[`
 * appears anywhere in it; it splits lines at CR as well as LF, and it reads
 * stdout and stderr alike. Such text is wrapped in
 * `::stop-commands::<token>` ... `::<token>::` with a fresh random token, so
 * nothing inside can run and nothing inside can end the block early.
 *
 * No `@actions/*` import here: the CLI uses this too when it runs in a
 * workflow step.
 */
import { randomBytes } from "node:crypto";

/** True when some line of `text` could be read by the runner as a command. */
export function mayRunAsCommand(text: string): boolean {
  return text.includes("::") || text.includes("##[");
}

/** A token no text can guess: hex, so it is never the name of a real command. */
function freshToken(): string {
  return randomBytes(16).toString("hex");
}

/**
 * `text` made inert, ending in a newline: unchanged (plus the newline) when no
 * line could run, else between stop-commands markers with a fresh token.
 */
export function untrustedBlock(text: string): string {
  const body = /[\r\n]$/.test(text) ? text : `${text}\n`;
  if (!mayRunAsCommand(text)) return body;
  const token = freshToken();
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}

/**
 * Writes `text` to the step log (stdout) so that no line of it can run as a
 * workflow command, in one write so no other output lands inside the block.
 */
export function printUntrusted(text: string): void {
  process.stdout.write(untrustedBlock(text));
}
