// Hostile action inputs: a boolean that is not true/false, a number that is not a whole number
// in range. Each node24 action must stop with exit 2 and one error annotation naming the input
// (as action.yml spells it), the bad value and what is accepted; no stack trace; no outputs,
// summary or files in the workspace. policy-check's `manifests` takes globs: a malformed one is named.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runAction, type ActionResult } from "../support/run-action.js";
import { STACK_FRAME } from "./harness.js";

interface BadInput {
  action: string;
  input: string;
  /** Other inputs the action needs to get as far as reading this one. */
  with?: Record<string, string>;
}

/** Every boolean input that an action reads, one per action. */
const BOOLEANS: BadInput[] = [
  { action: "render", input: "comment" },
  { action: "lint", input: "strict" },
  { action: "policy-check", input: "render" },
  { action: "secret-scan", input: "gitops-rules" },
  { action: "promote", input: "dry-run", with: { from: "staging", to: "prod", services: "web" } },
  { action: "changelog", input: "write" },
  { action: "report", input: "comment", with: { check: "validate" } },
];

/** Every whole-number input, one per action. */
const NUMBERS: BadInput[] = [
  { action: "plan", input: "shards" },
  { action: "render", input: "concurrency" },
  { action: "changelog", input: "max-releases" },
  { action: "report", input: "expected-shards", with: { check: "validate" } },
  { action: "shard", input: "shard", with: { targets: "[]" } },
];

/** Runs the action with `value` for the input and checks the step stopped cleanly on it. */
async function expectRejected(bad: BadInput, value: string, accepted: RegExp): Promise<void> {
  const result = await runAction(bad.action, { ...bad.with, [bad.input]: value }, { timeoutMs: 30_000 });
  const log = logOf(result);
  expect(result.exitCode, log).toBe(2);
  const errors = result.annotations.filter((a) => a.level === "error");
  expect(errors, log).toHaveLength(1);
  const message = errors[0]?.message ?? "";
  expect(message).toContain(`"${bad.input}"`);
  expect(message).toContain(JSON.stringify(value));
  expect(message).toMatch(accepted);
  expect(log).not.toMatch(STACK_FRAME);
  expect(log).not.toMatch(/unexpected error|This is a bug/i);
  expect(result.outputs).toEqual({});
  expect(result.summary).toBe("");
  expect(readdirSync(workspaceOf(result))).toEqual([]);
}

function logOf(result: ActionResult): string {
  return `${result.stdout}\n${result.stderr}`;
}

/** runAction's default workspace sits beside its runner temp folder. */
function workspaceOf(result: ActionResult): string {
  return result.runnerTemp.replace(/temp$/, "workspace");
}

describe("action inputs: a boolean that is not true or false", () => {
  it.each(BOOLEANS)("$action rejects $input: maybe", async (bad) => {
    await expectRejected(bad, "maybe", /true or false/);
  });
});

describe("action inputs: a number that is not a whole number in range", () => {
  // abc: no number; 1e999: Infinity to Number(), no whole number; -1: below every minimum.
  // Each message states the range, so the user need not look it up.
  it.each(NUMBERS)("$action rejects $input: abc, 1e999, -1", async (bad) => {
    await expectRejected(bad, "abc", /a whole number from \d+ to \d+/);
    await expectRejected(bad, "1e999", /a whole number from \d+ to \d+/);
    await expectRejected(bad, "-1", /at least \d+/);
  });
});

describe("action inputs: a glob that is malformed", () => {
  it.each(["render/[a-.yaml", "render/{apps,clusters/*.yaml", "!"])(
    "policy-check rejects manifests: %s",
    async (glob) => {
      const result = await runAction("policy-check", { manifests: glob }, { timeoutMs: 30_000 });
      const log = logOf(result);
      expect(result.exitCode, log).toBe(2);
      const errors = result.annotations.filter((a) => a.level === "error");
      expect(errors, log).toHaveLength(1);
      expect(errors[0]?.message).toContain('Input "manifests" has an invalid glob');
      expect(errors[0]?.message).toContain(JSON.stringify(glob));
      expect(log).not.toMatch(STACK_FRAME);
      expect(result.outputs).toEqual({});
      expect(readdirSync(workspaceOf(result))).toEqual([]);
    },
  );
});

describe("action inputs: a report file path that cannot be written", () => {
  // Under /dev/null no folder can be made, even as root.
  const path = "/dev/null/gitops.sarif";
  it.each<{ action: string; with: Record<string, string> }>([
    { action: "report", with: { check: "validate" } },
    { action: "secret-scan", with: { scan: "full" } },
  ])("$action names sarif-file and the path, and leaves no partial file", async (bad) => {
    const result = await runAction(bad.action, { ...bad.with, "sarif-file": path }, { timeoutMs: 30_000 });
    const log = logOf(result);
    expect(result.exitCode, log).toBe(2);
    const errors = result.annotations.filter((a) => a.level === "error");
    expect(errors, log).toHaveLength(1);
    expect(errors[0]?.message).toContain('"sarif-file"');
    expect(errors[0]?.message).toContain(path);
    expect(log).not.toMatch(STACK_FRAME);
    expect(log).not.toMatch(/unexpected error|This is a bug/i);
    expect(readdirSync(workspaceOf(result))).toEqual([]);
    expect(readdirSync(result.runnerTemp)).toEqual([]);
  });
});
