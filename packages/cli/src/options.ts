import { parseSeverity, UserError, type Severity } from "../../core/src/index.js";
import type { CommandContext } from "./command.js";

/** `--fail-on error|warning|notice`: the severity that makes a command exit 1 (default error). */
export function failOnOption(ctx: CommandContext): Severity {
  const value = (ctx.options["fail-on"] as string | undefined) ?? "error";
  const severity = parseSeverity(value);
  if (!severity) throw new UserError(`--fail-on must be error, warning or notice, got "${value}"`);
  return severity;
}
