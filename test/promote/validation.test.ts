// Bad input ends with exit 2, one clear message, and nothing written.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleFiles, tempRepo } from "./fixture.js";
import { cli } from "../support/cli.js";

/** Every file's path and content, to prove a run wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[full.slice(dir.length)] = readFileSync(full, "utf8");
    }
  };
  walk(dir);
  return out;
}

describe("gitops promote input validation", () => {
  const cases: [string, string[], RegExp][] = [
    ["an unknown env", ["qa", "prod", "cms"], /^gitops: unknown environment "qa"; known: staging, prod\n$/],
    ["from equal to to", ["prod", "prod", "cms"], /^gitops: cannot promote from "prod" to itself/],
    [
      "a path traversal",
      ["staging", "prod", "../../etc"],
      /^gitops: service "\.\.\/\.\.\/etc" is not a plain name/,
    ],
    [
      "a name with a slash",
      ["staging", "prod", "cms/../web"],
      /^gitops: service "cms\/\.\.\/web" is not a plain name/,
    ],
    [
      "a leading dash after --",
      ["staging", "prod", "--", "-rf"],
      /^gitops: service "-rf" is not a plain name/,
    ],
    ["an upper-case name", ["staging", "prod", "CMS"], /^gitops: service "CMS" is not a plain name/],
    [
      "a name git refuses in a branch",
      ["staging", "prod", "cms..web"],
      /^gitops: service "cms\.\.web" is not a plain name/,
    ],
    [
      "an unknown service",
      ["staging", "prod", "billing"],
      /^gitops: unknown service "billing"; known: cms, queue, web\n$/,
    ],
    [
      "no service",
      ["staging", "prod"],
      /^gitops: name at least one service to promote; known: cms, queue, web\n$/,
    ],
    ["an option-like service", ["staging", "prod", "-x"], /^gitops: promote: Unknown option '-x'/],
    [
      "--dry-run with --commit",
      ["staging", "prod", "cms", "--dry-run", "--commit"],
      /cannot be combined with --commit/,
    ],
  ];

  it.each(cases)("rejects %s with exit 2 and writes nothing", async (_, args, message) => {
    const dir = tempRepo(exampleFiles());
    const before = snapshot(dir);
    const { code, stdout, stderr } = await cli("promote", ...args, "--repo", dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(stdout).toBe("");
    expect(snapshot(dir)).toEqual(before);
  });

  it("rejects a service whose target env has no overlay", async () => {
    const files = exampleFiles();
    const dir = tempRepo({ ...files, "apps/beta/overlays/staging/kustomization.yaml": "resources: []\n" });
    const { code, stderr } = await cli("promote", "staging", "prod", "beta", "--repo", dir);
    expect(code).toBe(2);
    expect(stderr).toBe('gitops: service "beta" has no prod overlay\n');
  });

  it("rejects an unknown key in the promote config with its line", async () => {
    const dir = tempRepo({
      ...exampleFiles(),
      ".gitops.yaml": "promote:\n  services:\n    cms:\n      tags: [newTag]\n",
    });
    const { code, stderr } = await cli("promote", "staging", "prod", "cms", "--repo", dir);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'gitops: .gitops.yaml:4: unknown key "promote.services.cms.tags"; allowed here: images, values, extraValues, chart, files\n',
    );
  });

  it("rejects a promotable field that holds a map, naming the file and line", async () => {
    const files = exampleFiles();
    files["apps/queue/overlays/prod/values.yaml"] = "image:\n  tag:\n    major: 0\n";
    const dir = tempRepo(files);
    const { code, stderr } = await cli("promote", "staging", "prod", "queue", "--repo", dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^gitops: apps\/queue\/overlays\/prod\/values\.yaml:2: image\.tag holds a map/);
  });
});
