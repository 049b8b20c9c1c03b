/** Exit codes of every `gitops` command and action (DESIGN.md, CLI contract). */
export const ExitCode = {
  /** Nothing to report. */
  Clean: 0,
  /** Findings at or above the fail-on severity, or failed targets. */
  Findings: 1,
  /** Bad usage, bad config or unreadable input. */
  UsageError: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A mistake in what the user gave us: a flag, an input, a config file, a
 * manifest we cannot read. It ends the run with exit 2 and its message alone,
 * never a stack trace (the model is codeql-action's ConfigurationError).
 * The message must name the file, key or value at fault.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  constructor(
    message: string,
    /** The file at fault, relative to the repo when known. */
    readonly file?: string,
    /** 1-based line in `file`. */
    readonly line?: number,
  ) {
    super(message);
  }
}

/** True for errors that are the user's to fix (exit 2, message only). */
export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}

/** The message of anything thrown, for logs that must not carry a stack. */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
