// Runs a composite action's steps as the runner would, for composite actions made
// of our own JavaScript actions (`uses: $/actions/<name>`): each step's `with:`
// has `${{ inputs.x }}` and `${{ steps.<id>.outputs.y }}` resolved, runs through
// runAction in the same workspace and tool cache, and PATH additions carry over.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { runAction, type ActionResult, type RunActionOptions } from "./run-action.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface CompositeStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}

interface CompositeYml {
  inputs?: Record<string, { default?: string }>;
  runs: { using: string; steps: CompositeStep[] };
}

export interface CompositeStepResult {
  step: string;
  action: string;
  result: ActionResult;
}

/**
 * Runs `actions/<name>` (a composite action). Steps stop at the first failure,
 * as the runner's default `if: success()` does; a step with `if: always()` still runs.
 */
export async function runComposite(
  name: string,
  inputs: Record<string, string>,
  options: RunActionOptions & { workspace: string; toolCache: string },
): Promise<CompositeStepResult[]> {
  const spec = parse(readFileSync(join(ROOT, "actions", name, "action.yml"), "utf8")) as CompositeYml;
  if (spec.runs.using !== "composite") throw new Error(`actions/${name} is not a composite action`);
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec.inputs ?? {})) values[k] = v.default ?? "";
  Object.assign(values, inputs);
  const outputs: Record<string, Record<string, string>> = {};
  const results: CompositeStepResult[] = [];
  let path = options.env?.PATH ?? process.env.PATH ?? "";
  let failed = false;
  for (const [i, step] of spec.runs.steps.entries()) {
    // actions/cache talks to the runner's cache service, which is not emulated: a cold cache.
    if (/^actions\/cache@[0-9a-f]{40}$/.test(step.uses ?? "")) continue;
    if (step.run !== undefined)
      throw new Error(`step ${i + 1} of actions/${name} is a run: step; only $/actions steps are supported`);
    const action = /^\$\/actions\/([a-z-]+)$/.exec(step.uses ?? "")?.[1];
    if (!action)
      throw new Error(`step ${i + 1} of actions/${name} uses ${step.uses ?? "?"}, not $/actions/<name>`);
    const always = /always\(\)/.test(step.if ?? "");
    if (failed && !always) continue;
    if (step.if && !always && !evaluate(step.if, values)) continue;
    const withInputs: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.with ?? {}))
      withInputs[k] = substitute(String(v), values, outputs);
    const result = await runAction(action, withInputs, { ...options, env: { ...options.env, PATH: path } });
    results.push({ step: step.id ?? step.name ?? `${i + 1}`, action, result });
    if (step.id) outputs[step.id] = result.outputs;
    if (result.addedPath.length > 0) path = [...result.addedPath, path].join(":");
    if (result.exitCode !== 0) failed = true;
  }
  return results;
}

/** Replaces `${{ inputs.x }}` and `${{ steps.id.outputs.y }}`; anything else is an error. */
function substitute(
  text: string,
  inputs: Record<string, string>,
  outputs: Record<string, Record<string, string>>,
): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (input) return inputs[input[1] ?? ""] ?? "";
    const out = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (out) return outputs[out[1] ?? ""]?.[out[2] ?? ""] ?? "";
    throw new Error(`unsupported expression in a composite step: ${expr}`);
  });
}

/** `inputs.x == 'true'`-style conditions only. */
function evaluate(cond: string, inputs: Record<string, string>): boolean {
  const m = /^\s*(?:\$\{\{\s*)?inputs\.([\w-]+)\s*==\s*'([^']*)'\s*(?:\}\})?\s*$/.exec(cond);
  if (!m) throw new Error(`unsupported if: ${cond}`);
  return (inputs[m[1] ?? ""] ?? "") === m[2];
}
