// The CLI bundle as users run it: `node dist/cli/index.js` (the `gitops` bin).
import { spawnSync } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../dist/cli/index.js", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../../examples/infra-gitops", import.meta.url));

function gitops(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("dist/cli/index.js", () => {
  it("is an executable script with a node shebang", () => {
    expect(readFileSync(BIN, "utf8").split("\n", 1)[0]).toBe("#!/usr/bin/env node");
    expect(() => {
      accessSync(BIN, constants.X_OK);
    }).not.toThrow();
  });

  it("lists the example's targets as JSON", () => {
    const { code, stdout, stderr } = gitops("targets", "--repo", EXAMPLE, "--json");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const doc = JSON.parse(stdout) as {
      targets: { id: string }[];
      applications: { name: string; targets: string[] }[];
    };
    const ids = doc.targets.map((t) => t.id);
    expect(ids).toContain("apps/web/overlays/prod");
    // The Helm services are targets through their Applications; their values folders are not.
    expect(ids).toContain("applications/prod/queue-prod");
    expect(ids).not.toContain("apps/queue/overlays/prod");
    expect(doc.applications.find((a) => a.name === "queue-prod")?.targets).toEqual([
      "applications/prod/queue-prod",
    ]);
  });

  it("exits 2 with one line and no stack on an unknown command", () => {
    const { code, stdout, stderr } = gitops("frobnicate");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
