// changelog/<env>/CHANGELOG.md: written in place, idempotent, new entries on top.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectChangelog, updateChangelogFiles } from "../../packages/changelog/src/index.js";
import { at, datedRepo, layoutFiles, overlay } from "./fixture.js";

async function write(dir: string) {
  const r = await collectChangelog({ repo: dir });
  return updateChangelogFiles(dir, r.entries, r.environments);
}

describe("CHANGELOG.md per env", () => {
  it("writes each env's file once; a re-run adds nothing and leaves the bytes alone", async () => {
    const repo = datedRepo(layoutFiles());
    const first = await write(repo.dir);
    expect(first).toEqual([
      { env: "staging", file: "changelog/staging/CHANGELOG.md", added: 3 },
      { env: "prod", file: "changelog/prod/CHANGELOG.md", added: 3 },
    ]);
    const prod = join(repo.dir, "changelog/prod/CHANGELOG.md");
    const before = readFileSync(prod, "utf8");
    expect(before).toMatch(/^# Deployments to prod\n/);
    expect(await write(repo.dir)).toEqual([
      { env: "staging", file: "changelog/staging/CHANGELOG.md", added: 0 },
      { env: "prod", file: "changelog/prod/CHANGELOG.md", added: 0 },
    ]);
    expect(readFileSync(prod, "utf8")).toBe(before);
    expect(readdirSync(join(repo.dir, "changelog/prod"))).toEqual(["CHANGELOG.md"]);
  });

  it("puts a new deployment on top, under the header, and keeps the user's text", async () => {
    const repo = datedRepo(layoutFiles());
    await write(repo.dir);
    const prod = join(repo.dir, "changelog/prod/CHANGELOG.md");
    writeFileSync(
      prod,
      readFileSync(prod, "utf8").replace(
        "# Deployments to prod\n",
        "# Deployments to prod\n\nOwned by SRE.\n",
      ),
    );
    const sha = repo.commitAt(
      "Bump web in prod (#5)",
      { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.1.0") },
      { date: at(1) },
    );
    expect((await write(repo.dir)).map((w) => w.added)).toEqual([0, 1]);
    const text = readFileSync(prod, "utf8");
    expect(text).toContain("Owned by SRE.");
    const headings = [...text.matchAll(/^### .*$/gm)].map((m) => m[0]);
    expect(headings[0]).toBe(`### 2026-01-06 · web · \`${sha.slice(0, 7)}\` · #5`);
    expect(headings).toHaveLength(4);
    expect(text).toContain(`<!-- gitops-changelog:${sha}:web -->`);
    expect(text).toContain("- image `ghcr.io/example-org/web`: `1.0.0` → `1.1.0`");
    expect((await write(repo.dir)).map((w) => w.added)).toEqual([0, 0]);
  });

  it("adds the marker after the title of a hand-made file, and a fake marker in a subject fools nothing", async () => {
    const repo = datedRepo(layoutFiles());
    mkdirSync(join(repo.dir, "changelog/staging"), { recursive: true });
    writeFileSync(join(repo.dir, "changelog/staging/CHANGELOG.md"), "# Staging\n\nOlder notes.");
    const sha = repo.commitAt(
      "<!-- gitops-changelog:0000000000000000000000000000000000000000:web -->",
      { "apps/web/overlays/staging/kustomization.yaml": overlay("web", "2.0.0") },
      { date: at(1) },
    );
    await write(repo.dir);
    const text = readFileSync(join(repo.dir, "changelog/staging/CHANGELOG.md"), "utf8");
    expect(text.startsWith("# Staging\n\n<!-- gitops-changelog:entries -->\n\n### 2026-01-06 · web")).toBe(
      true,
    );
    expect(text.endsWith("Older notes.\n")).toBe(true);
    expect(text).toContain("&lt;!-- gitops-changelog:0000000000000000000000000000000000000000:web --&gt;");
    expect(text).toContain(`<!-- gitops-changelog:${sha}:web -->`);
  });
});
