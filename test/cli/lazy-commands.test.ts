// `gitops` loads only the command it runs: the registry names each command and imports its
// module on demand, so start-up (`--version`, or one command) skips every other command's packages.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../packages/cli/src/commands/index.js";

describe("the command registry", () => {
  it("loads each command under the name it is listed by", async () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.name, entry.name).toBe(entry.name);
      expect(command.summary, entry.name).not.toBe("");
    }
  });

  it("imports no command module statically", () => {
    const source = readFileSync(new URL("../../packages/cli/src/commands/index.ts", import.meta.url), "utf8");
    const staticImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)].map(
      (m) => m[1],
    );
    expect(staticImports).toEqual([]);
    const dynamic = [...source.matchAll(/import\("\.\/([\w-]+)\.js"\)/g)].map((m) => m[1]);
    expect(dynamic).toHaveLength(COMMANDS.length);
  });
});
