import { describe, expect, it } from "vitest";

import { UserError } from "../../packages/core/src/errors.js";
import { runAction } from "../../packages/github/src/run.js";
import { captureStdout, commandValues, isolateEnv } from "./support.js";

isolateEnv();

describe("runAction", () => {
  it("leaves a clean run alone", async () => {
    const out = captureStdout();
    await runAction(async () => {
      await Promise.resolve();
    });
    expect(process.exitCode).toBeUndefined();
    expect(out.text()).toBe("");
  });

  it("keeps the exit code main chose for findings", async () => {
    await runAction(() => {
      process.exitCode = 1;
      return Promise.resolve();
    });
    expect(process.exitCode).toBe(1);
  });

  it("fails a UserError with exit 2 and its message alone, no stack", async () => {
    const out = captureStdout();
    const err = new UserError('Input "comment" must be true or false, got "yes please"');
    await runAction(() => Promise.reject(err));
    expect(process.exitCode).toBe(2);
    expect(out.lines()).toEqual([`::error::Input "comment" must be true or false, got "yes please"`]);
    expect(out.text()).not.toContain("at ");
    expect(out.text()).not.toContain(err.stack!.split("\n")[1]!.trim());
  });

  it("pins a UserError about a file to that file and line", async () => {
    const out = captureStdout();
    await runAction(() =>
      Promise.reject(new UserError('.gitops.yaml:2: unknown key "x"', ".gitops.yaml", 2)),
    );
    expect(process.exitCode).toBe(2);
    expect(out.lines()).toEqual(['::error file=.gitops.yaml,line=2::.gitops.yaml:2: unknown key "x"']);
  });

  it("reports any other error as a bug with exit 1, the stack only in debug", async () => {
    const out = captureStdout();
    const err = new TypeError("Cannot read properties of undefined (reading 'kind').");
    await runAction(() => Promise.reject(err));
    expect(process.exitCode).toBe(1);
    expect(commandValues(out.lines(), "error")).toEqual([
      "Unexpected error: Cannot read properties of undefined (reading 'kind'). " +
        "This is a bug in gitops-actions; please report it.",
    ]);
    expect(commandValues(out.lines(), "debug")).toEqual([err.stack]);
    const notDebug = out.lines().filter((l) => !l.startsWith("::debug::"));
    expect(notDebug.join("\n")).not.toMatch(/\n\s+at /);
  });

  it("reports a thrown non-Error as a bug", async () => {
    const out = captureStdout();
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    await runAction(() => Promise.reject("boom"));
    expect(process.exitCode).toBe(1);
    expect(commandValues(out.lines(), "error")).toEqual([
      "Unexpected error: boom. This is a bug in gitops-actions; please report it.",
    ]);
  });
});
