import { readFileSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";

import { describe, expect, it } from "vitest";

import { addPath, exportVariable, setOutput, setOutputs } from "../../packages/github/src/outputs.js";
import { isolateEnv, tempDir } from "./support.js";

isolateEnv();

/** Parses a GITHUB_OUTPUT / GITHUB_ENV file: `name<<DELIM`, value lines, `DELIM`, or `name=value`. */
function parseCommandFile(text: string): Record<string, string> {
  const lines = text.split(/\r?\n/);
  const values: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const body: string[] = [];
      while (lines[++i] !== delim) {
        if (i >= lines.length) throw new Error(`unterminated heredoc for ${name!}`);
        body.push(lines[i]!);
      }
      values[name!] = body.join("\n");
    } else {
      const eq = line.indexOf("=");
      values[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return values;
}

function commandFile(variable: string): string {
  const file = join(tempDir(), variable);
  writeFileSync(file, "");
  process.env[variable] = file;
  return file;
}

describe("setOutputs", () => {
  it("writes each output to GITHUB_OUTPUT in the runner's heredoc format", () => {
    const file = commandFile("GITHUB_OUTPUT");
    setOutputs({
      changed: "apps/api/overlays/prod",
      report: "line one\nline two",
      count: 3,
      failed: false,
      targets: [{ id: "apps/api/overlays/prod", status: "ok" }],
      skipped: undefined,
    });
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^changed<<ghadelimiter_[0-9a-f-]+$/m);
    expect(parseCommandFile(text)).toEqual({
      changed: "apps/api/overlays/prod",
      report: "line one\nline two",
      count: "3",
      failed: "false",
      targets: '[{"id":"apps/api/overlays/prod","status":"ok"}]',
    });
  });

  it("sets a single output with setOutput", () => {
    const file = commandFile("GITHUB_OUTPUT");
    setOutput("summary", { errors: 1 });
    expect(parseCommandFile(readFileSync(file, "utf8"))).toEqual({ summary: '{"errors":1}' });
  });
});

describe("exportVariable and addPath", () => {
  it("writes GITHUB_ENV and sets the variable for this process", () => {
    const file = commandFile("GITHUB_ENV");
    exportVariable("GITOPS_TOOLS", "/opt/tools");
    expect(parseCommandFile(readFileSync(file, "utf8"))).toEqual({ GITOPS_TOOLS: "/opt/tools" });
    expect(process.env.GITOPS_TOOLS).toBe("/opt/tools");
  });

  it("appends to GITHUB_PATH and prepends to PATH", () => {
    const file = commandFile("GITHUB_PATH");
    addPath("/opt/tools/bin");
    expect(readFileSync(file, "utf8").trim()).toBe("/opt/tools/bin");
    expect(process.env.PATH?.split(delimiter)[0]).toBe("/opt/tools/bin");
  });
});
