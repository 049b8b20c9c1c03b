// `gitops changelog` in-process through runCli: markdown, JSON, --write, --metrics and usage errors.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildStory, type Story } from "./story.js";
import { cli as runGitops } from "../support/cli.js";

let story: Story;
beforeAll(() => {
  story = buildStory();
});

const cli = (...argv: string[]) => runGitops(...argv, "--repo", story.repo.dir);

describe("gitops changelog", () => {
  it("prints markdown grouped by env then service, with untrusted text made inert", async () => {
    const r = await cli("changelog", "--since", story.sha.platform);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "# Deployment changelog",
        "",
        "## staging",
        "",
        "### web",
        "",
        `- 2026-01-15 \`${story.sha.hostile.slice(0, 7)}\` &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) @\u200bhere (#11) · by img src=x onerror=alert(2) · PR #11`,
        "  - config `apps/web/base/deployment.yaml` (modified)",
        "",
        "## prod",
        "",
        "### web",
        "",
        `- 2026-01-15 \`${story.sha.hostile.slice(0, 7)}\` &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) @\u200bhere (#11) · by img src=x onerror=alert(2) · PR #11`,
        "  - config `apps/web/base/deployment.yaml` (modified)",
        "",
      ].join("\n"),
    );
  });

  it("prints one JSON document with --json and with --format json", async () => {
    const a = await cli(
      "changelog",
      "--json",
      "--env",
      "prod",
      "--service",
      "web",
      "--since",
      story.sha.rollbackProd,
    );
    const b = await cli(
      "changelog",
      "--format",
      "json",
      "--env",
      "prod",
      "--service",
      "web",
      "--since",
      story.sha.rollbackProd,
    );
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout) as {
      entries: { commit: string; promotedFrom: unknown; changes: unknown[] }[];
    };
    expect(doc.entries.map((e) => e.commit)).toEqual([story.sha.hostile, story.sha.promoteFix]);
    expect(doc.entries[1]?.promotedFrom).toEqual({ env: "staging", commit: story.sha.fix });
  });

  it("writes changelog/<env>/CHANGELOG.md, and says so again without adding on a re-run", async () => {
    const first = await cli("changelog", "--write");
    expect(first.stdout).toBe(
      "changelog/staging/CHANGELOG.md: added 11 entries\nchangelog/prod/CHANGELOG.md: added 9 entries\n",
    );
    const prod = readFileSync(join(story.repo.dir, "changelog/prod/CHANGELOG.md"), "utf8");
    const again = await cli("changelog", "--write", "--json");
    expect((JSON.parse(again.stdout) as { written: unknown }).written).toEqual([
      { env: "staging", file: "changelog/staging/CHANGELOG.md", added: 0 },
      { env: "prod", file: "changelog/prod/CHANGELOG.md", added: 0 },
    ]);
    expect(readFileSync(join(story.repo.dir, "changelog/prod/CHANGELOG.md"), "utf8")).toBe(prod);
  });

  it("prints metrics as markdown tables, or JSON", async () => {
    const md = await cli("changelog", "--metrics", "--env", "prod");
    expect(md.stdout).toContain("| web | 5 | 3.5 | 24 h | git 4 | 48 h | 25% | 24 h |");
    expect(md.stdout).not.toContain("### staging");
    const json = await cli("changelog", "--metrics", "--json");
    expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual([
      "window",
      "environments",
      "rollbacks",
      "leadTimes",
    ]);
  });

  it("refuses bad usage with exit 2 and one line, writing nothing", async () => {
    const cases: [string[], string][] = [
      [["--format", "html"], '--format must be md or json, got "html"'],
      [["--dashboard", "x.html"], "--dashboard needs --metrics"],
      [["--metrics", "--write"], "--write and --metrics are separate runs"],
      [["--since", "nope"], '--since: "nope" is not a commit in this repository'],
      [["--env", "qa", "--write"], 'unknown environment "qa"'],
    ];
    for (const [args, message] of cases) {
      const r = await cli("changelog", ...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.startsWith(`gitops: ${message}`), r.stderr).toBe(true);
      expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
      expect(r.stdout).toBe("");
    }
    expect(existsSync(join(story.repo.dir, "x.html"))).toBe(false);
  });
});
