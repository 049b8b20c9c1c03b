// `governance check --live`, release branches: release/* heads rendered with real kustomize and
// compared with main's, on a local bare origin; commit dates set through GIT_COMMITTER_DATE.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../packages/core/src/index.js";
import { releaseDrift } from "../../packages/governance/src/index.js";
import { toolEnv } from "../render/support.js";
import { datedRepo, webFiles, type DatedRepo } from "./release-support.js";

const NOW = new Date("2026-06-30T00:00:00Z");
const PROD = "apps/web/overlays/prod";
const STAGING = "apps/web/overlays/staging";

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  env = { ...(await toolEnv()), GITOPS_CACHE_DIR: "" };
});

/**
 * main: c0 (06-01), c1 base replicas 3 (06-03), c2 README only (06-25).
 * release/1.0 = c1; release/1.1 = c0 + prod tag (06-02); release/1.2 = c1 + staging tag (06-24);
 * release/1.3 = c0 + c1 cherry-picked (06-04); release/1.4 = release/1.3 + staging tag (06-26).
 */
function story(): DatedRepo {
  const r = datedRepo();
  const c0 = r.commitAt("2026-06-01T10:00:00+0000", "web", webFiles());
  r.git("push", "--quiet", "origin", "main");
  r.git("checkout", "--quiet", "-b", "release/1.1", c0);
  r.commitAt("2026-06-02T10:00:00+0000", "prod 1.1.0", webFiles({ prodTag: "1.1.0" }));
  r.git("checkout", "--quiet", "main");
  const c1 = r.commitAt("2026-06-03T10:00:00+0000", "three replicas", webFiles({ replicas: 3 }));
  r.git("branch", "release/1.0", c1);
  r.git("checkout", "--quiet", "-b", "release/1.2", c1);
  r.commitAt("2026-06-24T10:00:00+0000", "staging 1.2.0", webFiles({ replicas: 3, stagingTag: "1.2.0" }));
  r.git("checkout", "--quiet", "-b", "release/1.3", c0);
  r.pickAt("2026-06-04T10:00:00+0000", c1);
  r.git("checkout", "--quiet", "-b", "release/1.4");
  r.commitAt("2026-06-26T10:00:00+0000", "staging 1.4.0", webFiles({ replicas: 3, stagingTag: "1.4.0" }));
  r.git("checkout", "--quiet", "main");
  r.commitAt("2026-06-25T10:00:00+0000", "readme", { "README.md": "# web\n" });
  r.git(
    "push",
    "--quiet",
    "origin",
    "main",
    "release/1.0",
    "release/1.1",
    "release/1.2",
    "release/1.3",
    "release/1.4",
  );
  return r;
}

describe("release branch drift", () => {
  let repo: DatedRepo;
  beforeAll(() => {
    repo = story();
  });

  it("reports the branch that has rendered differently from main for longer than 14 days, and no other", async () => {
    const report = await releaseDrift({ repo: repo.dir, now: NOW, env });
    expect(report.main).toBe("main");
    expect(report.branches.map((b) => [b.branch, b.differing, b.since ?? null, b.stale])).toEqual([
      ["release/1.0", [], null, false],
      ["release/1.1", [PROD, STAGING], "2026-06-02T10:00:00Z", true],
      ["release/1.2", [STAGING], "2026-06-24T10:00:00Z", false],
      ["release/1.3", [], null, false],
      // The cherry-picked 06-04 commit is on both sides: the difference dates from 06-26, not 06-03.
      ["release/1.4", [STAGING], "2026-06-26T10:00:00Z", false],
    ]);
    expect(report.findings.map((f) => [f.tool, f.rule, f.severity])).toEqual([
      ["governance", "release/diverged", "error"],
    ]);
    expect(report.findings[0]?.message).toMatch(
      /^release\/1\.1 has rendered differently from main for 27d 14h \(since 2026-06-02T10:00:00Z, commit [0-9a-f]{7}\), longer than governance\.releaseBranchMaxAge 14d: apps\/web\/overlays\/prod, apps\/web\/overlays\/staging;/,
    );
    // The heads compared are fetched into a namespace of their own, and no worktree is left behind.
    expect(repo.git("for-each-ref", "--format=%(refname)", "refs/gitops").split("\n")).toEqual([
      "refs/gitops/release-check/main",
      ...["1.0", "1.1", "1.2", "1.3", "1.4"].map((v) => `refs/gitops/release-check/release/${v}`),
    ]);
    expect(repo.git("worktree", "list", "--porcelain").match(/^worktree /gm)).toHaveLength(1);
  });

  it("compares the remote-tracking refs of the checkout without fetching when asked (a CI checkout)", async () => {
    const fetched = await releaseDrift({ repo: repo.dir, now: NOW, env });
    const local = await releaseDrift({ repo: repo.dir, now: NOW, env, fetch: false });
    expect(local.branches).toEqual(fetched.branches);
    expect(local.findings).toEqual(fetched.findings);
    // Only the checkout's refs count: one it no longer has is not compared.
    repo.git("update-ref", "-d", "refs/remotes/origin/release/1.1");
    const pruned = await releaseDrift({ repo: repo.dir, now: NOW, env, fetch: false });
    expect(pruned.branches.map((b) => b.branch)).toEqual([
      "release/1.0",
      "release/1.2",
      "release/1.3",
      "release/1.4",
    ]);
    expect(pruned.findings).toEqual([]);
  });

  it("honours governance.releaseBranchMaxAge from .gitops.yaml", async () => {
    writeFileSync(join(repo.dir, ".gitops.yaml"), "governance:\n  releaseBranchMaxAge: 30d\n");
    try {
      const report = await releaseDrift({ repo: repo.dir, now: NOW, env });
      expect(report.maxAge).toBe("30d");
      expect(report.findings).toEqual([]);
      expect(report.branches.find((b) => b.branch === "release/1.1")?.stale).toBe(false);
    } finally {
      writeFileSync(join(repo.dir, ".gitops.yaml"), "");
    }
  });

  it("finds nothing to compare without release branches, and a notice without a remote", async () => {
    const only = datedRepo();
    only.commitAt("2026-06-01T10:00:00+0000", "web", webFiles());
    only.git("push", "--quiet", "origin", "main");
    expect(await releaseDrift({ repo: only.dir, now: NOW, env })).toMatchObject({
      branches: [],
      findings: [],
    });
    only.git("remote", "remove", "origin");
    const none = await releaseDrift({ repo: only.dir, now: NOW, env });
    expect(none.findings.map((f) => [f.rule, f.severity])).toEqual([["release/no-remote", "notice"]]);
  });

  it("is a UserError naming the remote when it cannot be reached", async () => {
    const broken = datedRepo();
    broken.commitAt("2026-06-01T10:00:00+0000", "web", webFiles());
    broken.git("remote", "set-url", "origin", join(broken.dir, "no-such-remote.git"));
    const error = await releaseDrift({ repo: broken.dir, now: NOW, env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('cannot list the branches of the "origin" remote');
  });
});
