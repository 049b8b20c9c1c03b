// Every JavaScript action keeps its input and output names in src/names.ts;
// this keeps them equal to action.yml, so the two cannot drift (actions/cache's model).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ACTIONS = fileURLToPath(new URL("../../actions", import.meta.url));

interface ActionYml {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main?: string };
}

const jsActions = readdirSync(ACTIONS)
  .filter((name) => existsSync(join(ACTIONS, name, "action.yml")))
  .map((name) => ({
    name,
    spec: parse(readFileSync(join(ACTIONS, name, "action.yml"), "utf8")) as ActionYml,
  }))
  .filter(({ spec }) => spec.runs.using.startsWith("node"));

describe.each(jsActions)("actions/$name", ({ name, spec }) => {
  it("runs on node24 from its dist bundle", () => {
    expect(spec.runs).toEqual({ using: "node24", main: `../../dist/${name}/index.js` });
  });

  it("declares exactly the inputs and outputs its code names", async () => {
    const names = (await import(join(ACTIONS, name, "src", "names.ts"))) as {
      Inputs: Record<string, string>;
      Outputs: Record<string, string>;
    };
    expect(Object.values(names.Inputs).sort()).toEqual(Object.keys(spec.inputs ?? {}).sort());
    expect(Object.values(names.Outputs).sort()).toEqual(Object.keys(spec.outputs ?? {}).sort());
  });

  it("documents every input and output", () => {
    expect(spec.description).toBeTruthy();
    for (const [key, value] of [
      ...Object.entries(spec.inputs ?? {}),
      ...Object.entries(spec.outputs ?? {}),
    ]) {
      expect(value.description, key).toBeTruthy();
    }
  });
});

it("finds the actions to check", () => {
  expect(jsActions.map((a) => a.name)).toContain("plan");
});
