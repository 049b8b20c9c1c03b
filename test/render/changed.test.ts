// --changed-since must never miss a target: on random edits, the changed-only set
// contains every target whose full render changed (a property, over seeded edits).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Random } from "../../bench/gen/random.js";
import { generateRepo } from "../../bench/generate.js";
import { render } from "../../packages/render/src/index.js";
import { git, GIT_ENV } from "../support/git.js";
import { toolEnv } from "./support.js";

let repo: string;
let env: NodeJS.ProcessEnv;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === ".git" || e.name === "render") return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : [relative(repo, p)];
  });
}

/** One random edit of the kinds people make: bump a number, change a word, drop a line. */
function edit(rng: Random): string {
  const file = rng.pick(files(repo).filter((f) => f !== ".gitops.yaml"));
  const lines = readFileSync(join(repo, file), "utf8").split("\n");
  const i = rng.int(0, Math.max(0, lines.length - 2));
  const line = lines[i] ?? "";
  const how = rng.int(0, 2);
  if (how === 0 && /\d/.test(line)) lines[i] = line.replace(/\d+/, (n) => String(Number(n) + 1));
  else if (how === 1 && /:\s*[a-z]/.test(line)) lines[i] = line.replace(/:(\s*)([a-z])/, ":$1x$2");
  else lines.splice(i, 1);
  writeFileSync(join(repo, file), lines.join("\n"));
  return file;
}

async function fullRender(): Promise<Map<string, string>> {
  const out = mkdtempSync(join(tmpdir(), "gitops-full-"));
  const r = await render({ repo, env, outDir: out });
  rmSync(out, { recursive: true, force: true });
  return new Map(r.targets.map((t) => [t.id, `${t.status}:${t.sha256}`]));
}

beforeAll(async () => {
  env = await toolEnv();
  repo = join(mkdtempSync(join(tmpdir(), "gitops-changed-")), "repo");
  generateRepo(repo, { services: 4, helmRatio: 0.5, resourcesPerService: 4, seed: 7 });
  git(repo, "init", "--quiet", "--initial-branch=main");
  git(repo, "add", "--all");
  git(repo, "commit", "--quiet", "-m", "base");
  expect(GIT_ENV.GIT_CONFIG_GLOBAL).toBe("/dev/null");
});

describe("--changed-since", () => {
  it("renders nothing when nothing changed, and keeps the other outputs' index lines", async () => {
    const out = mkdtempSync(join(tmpdir(), "gitops-none-"));
    const r = await render({ repo, env, outDir: out, changedSince: "HEAD" });
    expect(r.rendered).toEqual([]);
    expect(r.targets.length).toBeGreaterThan(10);
    expect(new Set(r.targets.map((t) => t.status))).toEqual(new Set(["skipped"]));
  });

  it("includes every target whose full render changed, over random edits", async () => {
    const rng = new Random(2024);
    const before = await fullRender();
    let changedSomething = 0;
    for (let round = 0; round < 6; round++) {
      const file = edit(rng);
      try {
        const after = await fullRender();
        const mustRender = [...after.keys()].filter((id) => after.get(id) !== before.get(id));
        const out = mkdtempSync(join(tmpdir(), "gitops-partial-"));
        const partial = await render({ repo, env, outDir: out, changedSince: "HEAD" });
        const rendered = new Set(partial.rendered);
        for (const id of mustRender)
          expect(rendered, `round ${round}: edit of ${file} changed ${id}`).toContain(id);
        if (mustRender.length > 0) changedSomething++;
        // Only a fraction of the repo should re-render for a one-file edit.
        expect(rendered.size).toBeLessThan(after.size);
      } finally {
        git(repo, "checkout", "--quiet", "--", ".");
      }
    }
    // The property is only meaningful if edits did change renders.
    expect(changedSomething).toBeGreaterThanOrEqual(3);
  });

  it("re-renders everything when .gitops.yaml changes", async () => {
    writeFileSync(
      join(repo, ".gitops.yaml"),
      readFileSync(join(repo, ".gitops.yaml"), "utf8") + "\n# touched\n",
    );
    const out = mkdtempSync(join(tmpdir(), "gitops-cfg-"));
    try {
      const r = await render({ repo, env, outDir: out, changedSince: "HEAD" });
      expect(r.rendered.length).toBe(r.targets.length);
    } finally {
      git(repo, "checkout", "--quiet", "--", ".");
    }
  });

  it("names a ref that does not exist", async () => {
    await expect(render({ repo, env, changedSince: "no-such-branch" })).rejects.toThrow(
      '--changed-since: "no-such-branch" is not a commit in this repository',
    );
  });
});
