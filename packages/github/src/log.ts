/**
 * Logging for actions, which never import `@actions/core` themselves. One
 * line per unit of work at info level; details go in a group or debug
 * (STYLE.md: grouped, quiet logs).
 */
import * as core from "@actions/core";

import { mayRunAsCommand, printUntrusted } from "./untrusted.js";

/**
 * A line in the step log. Messages often carry text we do not control (a
 * reason quoting a PR comment, a file name), so one that could read as a
 * workflow command is printed inert (see untrusted.ts).
 */
export function info(message: string): void {
  if (mayRunAsCommand(message)) printUntrusted(message);
  else core.info(message);
}

/** A line shown only when step debug logging is on. */
export function debug(message: string): void {
  core.debug(message);
}

/** A warning annotation without a file: for problems that do not fail the step. */
export function warning(message: string): void {
  core.warning(message);
}

/** True when the run has step debug logging on (`RUNNER_DEBUG=1`). */
export function isDebug(): boolean {
  return core.isDebug();
}

/** Runs `fn` with its log lines folded under `name`; the group is closed even when `fn` throws. */
export async function withGroup<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(name, fn);
}
