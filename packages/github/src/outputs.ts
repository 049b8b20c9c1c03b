/**
 * Step outputs, environment and PATH for later steps. Thin wrappers over
 * `@actions/core` so actions never import it, with one rule for values:
 * strings pass through, everything else is JSON, and `undefined` is skipped.
 */
import * as core from "@actions/core";

/** How a value is written: strings as they are, anything else as JSON. */
function serialize(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Sets each entry as a step output (`steps.<id>.outputs.<name>`). Objects and
 * arrays become JSON, so a workflow reads them back with `fromJSON()`.
 * Entries whose value is `undefined` are left unset rather than written as
 * an empty string, so `outputs.x == ''` keeps meaning "not produced".
 */
export function setOutputs(outputs: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) core.setOutput(name, serialize(value));
  }
}

/** Sets one step output; see {@link setOutputs}. */
export function setOutput(name: string, value: unknown): void {
  setOutputs({ [name]: value });
}

/** Sets an environment variable for this step and the rest of the job. */
export function exportVariable(name: string, value: unknown): void {
  core.exportVariable(name, serialize(value));
}

/** Prepends `dir` to PATH for this step and the rest of the job. */
export function addPath(dir: string): void {
  core.addPath(dir);
}
