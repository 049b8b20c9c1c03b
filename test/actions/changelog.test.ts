// The changelog action end to end: the bundle in dist/ run as the runner runs it, on a dated
// history, against the fake GitHub API.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { runAction } from "../support/run-action.js";
import { at, datedRepo, layoutFiles, overlay } from "../changelog/fixture.js";

let gh: FakeGitHub | undefined;
afterEach(async () => {
  gh?.assertClean();
  await gh?.close();
  gh = undefined;
});

function env(fake: FakeGitHub): Record<string, string> {
  return {
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
  };
}

describe("actions/changelog", () => {
  it("writes CHANGELOG.md, the metrics and dashboard, and one release per prod deployment, once", async () => {
    gh = await startFakeGitHub();
    const repo = datedRepo(layoutFiles());
    const bump = repo.commitAt(
      `Promote web to prod (#7)\n\nPromoted-From: staging@${repo.git("rev-parse", "HEAD")}`,
      { "apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.1.0") },
      { date: at(1) },
    );
    const inputs = {
      write: "true",
      metrics: "true",
      dashboard: "out/dashboard.html",
      releases: "true",
      "github-token": gh.token,
    };
    const first = await runAction("changelog", inputs, { workspace: repo.dir, env: env(gh) });
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    expect(first.masks).toContain(gh.token);
    const logged = first.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::"));
    expect(logged.join("\n")).not.toContain(gh.token);
    expect(first.outputs).toMatchObject({
      count: "7",
      written: JSON.stringify(["changelog/staging/CHANGELOG.md", "changelog/prod/CHANGELOG.md"]),
      dashboard: "out/dashboard.html",
    });
    const releases = JSON.parse(first.outputs.releases ?? "[]") as {
      tag: string;
      status: string;
      commit: string;
    }[];
    expect(releases.map((r) => [r.commit, r.tag, r.status])).toEqual([
      [bump, "deploy/prod/2026.01.06-1", "created"],
      [repo.git("rev-parse", "HEAD~1"), "deploy/prod/2026.01.05-1", "created"],
    ]);
    const changelog = JSON.parse(readFileSync(first.outputs["json-file"] ?? "", "utf8")) as {
      entries: unknown[];
    };
    expect(changelog.entries).toHaveLength(7);
    const metrics = JSON.parse(readFileSync(first.outputs["metrics-file"] ?? "", "utf8")) as {
      environments: unknown[];
    };
    expect(metrics.environments).toHaveLength(2);
    expect(readFileSync(join(repo.dir, "out/dashboard.html"), "utf8")).toContain("<svg");
    expect(readFileSync(join(repo.dir, "changelog/prod/CHANGELOG.md"), "utf8")).toContain(
      `<!-- gitops-changelog:${bump}:web -->`,
    );
    expect(first.summary).toContain("# Deployment changelog");
    expect(first.summary).toContain("| `" + bump.slice(0, 7) + "` | `deploy/prod/2026.01.06-1` | created |");
    expect(first.summary).toContain("## Deployment metrics");

    // A re-run starts prod after its last release and creates nothing; forcing the range finds every release.
    const second = await runAction("changelog", inputs, { workspace: repo.dir, env: env(gh) });
    expect(second.exitCode).toBe(0);
    expect(JSON.parse(second.outputs.releases ?? "")).toEqual([]);
    expect(second.outputs.written).toBe("[]");
    const third = await runAction(
      "changelog",
      { ...inputs, since: repo.git("rev-list", "--max-parents=0", "HEAD") + "~0", write: "false" },
      { workspace: repo.dir, env: env(gh) },
    );
    expect(third.exitCode).toBe(0);
    expect((JSON.parse(third.outputs.releases ?? "") as { status: string }[]).map((r) => r.status)).toEqual([
      "exists",
    ]);
    expect(gh.requests.filter((r) => r.method === "POST")).toHaveLength(2);
  });

  it("fails with exit 2 and one message on a bad input, writing nothing", async () => {
    const repo = datedRepo(layoutFiles());
    const result = await runAction(
      "changelog",
      { "max-releases": "1000", write: "true", "github-token": "" },
      { workspace: repo.dir },
    );
    expect(result.exitCode).toBe(2);
    expect(result.annotations.map((a) => a.message)).toEqual([
      'Input "max-releases" must be at most 100, got "1000"',
    ]);
    expect(existsSync(join(repo.dir, "changelog"))).toBe(false);
  });
});
