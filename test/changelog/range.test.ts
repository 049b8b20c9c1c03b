// Where each env's changelog starts: its last deploy tag, --since, or the whole history.
import { beforeAll, describe, expect, it } from "vitest";
import {
  collectChangelog,
  parseLog,
  parsePromotedFrom,
  prFromMessage,
} from "../../packages/changelog/src/index.js";
import { join } from "node:path";
import { at, datedRepo, overlay } from "./fixture.js";
import { buildStory, type Story } from "./story.js";

let story: Story;
beforeAll(() => {
  story = buildStory();
});

describe("range", () => {
  it("starts each env after its last deploy/<env>/* tag on the first-parent line", async () => {
    story.repo.git("tag", "deploy/prod/2026.01.12-1", story.sha.promoteFix);
    try {
      const r = await collectChangelog({ repo: story.repo.dir });
      expect(r.since).toEqual({ staging: null, prod: story.sha.promoteFix });
      const prod = r.entries.filter((e) => e.env === "prod").map((e) => e.commit);
      expect(new Set(prod)).toEqual(new Set([story.sha.hostile, story.sha.platform, story.sha.chart]));
      // staging has no tag: its whole history is there.
      expect(r.entries.some((e) => e.env === "staging" && e.commit === story.sha.layout)).toBe(true);
    } finally {
      story.repo.git("tag", "-d", "deploy/prod/2026.01.12-1");
    }
  });

  it("starts every env after --since, and ends at --to", async () => {
    const r = await collectChangelog({ repo: story.repo.dir, since: story.sha.fix, to: story.sha.chart });
    expect([...new Set(r.entries.map((e) => e.commit))]).toEqual([
      story.sha.chart,
      story.sha.promoteFix,
      story.sha.rollbackProd,
    ]);
    expect(r.since).toEqual({ staging: story.sha.fix, prod: story.sha.fix });
    expect(r.to).toBe(story.sha.chart);
  });

  it("refuses a ref that is not a commit, an unknown env, and a folder outside git, naming them", async () => {
    await expect(collectChangelog({ repo: story.repo.dir, since: "no-such-ref" })).rejects.toThrow(
      '--since: "no-such-ref" is not a commit',
    );
    await expect(collectChangelog({ repo: story.repo.dir, since: "--output=/tmp/x" })).rejects.toThrow(
      '"--output=/tmp/x" is not a commit',
    );
    await expect(collectChangelog({ repo: story.repo.dir, environments: ["qa"] })).rejects.toThrow(
      'unknown environment "qa"',
    );
    await expect(collectChangelog({ repo: "/nonexistent/folder" })).rejects.toThrow(
      "repository folder /nonexistent/folder does not exist",
    );
  });
});

describe("a repository inside a larger Git repository", () => {
  it("reads paths relative to the folder and ignores changes outside it", async () => {
    const mono = datedRepo({ "infra/apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.0.0") });
    const sha = mono.commitAt(
      "web 1.1.0",
      {
        "infra/apps/web/overlays/prod/kustomization.yaml": overlay("web", "1.1.0"),
        "apps/web/base/x.yaml": "a: 1\n",
      },
      { date: at(1) },
    );
    const r = await collectChangelog({ repo: join(mono.dir, "infra"), since: "HEAD~1" });
    expect(
      r.entries.map((e) => [e.commit, e.env, e.service, e.changes.map((c) => `${c.kind} ${c.from} ${c.to}`)]),
    ).toEqual([
      [
        sha,
        "prod",
        "web",
        ["image ghcr.io/example-org/web:1.0.0 ghcr.io/example-org/web:1.1.0", "config null null"],
      ],
    ]);
  });
});

describe("a shallow clone", () => {
  it("refuses a range that reaches the shallow boundary, and reads one that stops before it", async () => {
    story.repo.git("push", "--quiet", "--force", "origin", "HEAD:main");
    const shallow = join(story.repo.dir, "..", "shallow");
    story.repo.git("clone", "--quiet", "--depth", "2", `file://${story.repo.remote}`, shallow);
    await expect(collectChangelog({ repo: shallow })).rejects.toThrow(
      /^the clone is shallow: history stops at [0-9a-f]{7}, .*fetch-depth: 0/,
    );
    const r = await collectChangelog({ repo: shallow, since: "HEAD~1" });
    expect([...new Set(r.entries.map((e) => e.commit))]).toEqual([story.sha.hostile]);
  });
});

describe("commit messages", () => {
  it("finds PR numbers in merge and squash subjects only", () => {
    expect(prFromMessage("Merge pull request #12 from org/branch\n\nTitle")).toBe(12);
    expect(prFromMessage("Bump web (#7)\n\n* commits")).toBe(7);
    expect(prFromMessage("Fix #7 in the body")).toBeNull();
    expect(prFromMessage("Title\n\n(#9)")).toBeNull();
  });

  it("takes the first well-formed Promoted-From value", () => {
    const sha = "a".repeat(40);
    expect(parsePromotedFrom(`garbage,staging@${sha}`)).toEqual({ env: "staging", commit: sha });
    expect(parsePromotedFrom("staging@abc")).toBeNull();
  });

  it("parses git log output whose message looks like a file list", () => {
    const sha = "b".repeat(40);
    const out = `${sha}\0\0Al\x002026-01-01T00:00:00+00:00\x002026-01-01T00:00:00+00:00\0\0M\nA\n\0\nM\0apps/x/base/a.yaml\0`;
    expect(parseLog(out)).toEqual([
      {
        sha,
        parents: [],
        author: "Al",
        authorDate: "2026-01-01T00:00:00+00:00",
        date: "2026-01-01T00:00:00+00:00",
        message: "M\nA",
        promotedFrom: null,
        files: [{ status: "modified", path: "apps/x/base/a.yaml" }],
      },
    ]);
  });
});
