// One release-branch story told on any fixture repository, for the release-layouts tests: a shared
// change on main, a hotfix branch, an up-to-date branch and a branch that cherry-picked main's
// change before drifting on its own, on a local bare origin. Dates come from GIT_COMMITTER_DATE.
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { datedRepo, type DatedRepo } from "./release-support.js";

const REPOS = fileURLToPath(new URL("../fixtures/repos", import.meta.url));

/** A file edit: the text to replace, which must be there (a changed fixture fails loudly). */
export interface Edit {
  path: string;
  from: string;
  to: string;
}

export interface LayoutStory {
  repo: DatedRepo;
  /** The commits that date each branch's drift, and the shared change and its cherry-pick. */
  hotfix: string;
  drifted: string;
  shared: string;
  picked: string;
}

/** The release time the ages below are measured to. */
export const NOW = new Date("2026-06-30T00:00:00Z");

/**
 * main: fixture (05-01), `shared` (05-02), a notes file only (06-20).
 * release/2026.05 = main at 05-02: renders as main does.
 * release/2026.05-hotfix = main at 05-02 + `hotfix` (05-03): differs for 57d 15h.
 * release/2026.06-picked = fixture + `shared` cherry-picked (05-04) + `drift` (06-10): differs for
 * 19d 15h; the shared change is on both sides, so neither it nor its pick dates the drift.
 */
export function layoutStory(shape: string, edits: { shared: Edit; hotfix: Edit; drift: Edit }): LayoutStory {
  const repo = datedRepo();
  cpSync(join(REPOS, shape), repo.dir, { recursive: true });
  const apply = (e: Edit) => {
    const text = readFileSync(join(repo.dir, e.path), "utf8");
    if (!text.includes(e.from))
      throw new Error(`${shape}/${e.path} no longer holds ${JSON.stringify(e.from)}`);
    return { [e.path]: text.replace(e.from, e.to) };
  };
  const base = repo.commitAt("2026-05-01T09:00:00+0000", "fixture", {});
  const shared = repo.commitAt("2026-05-02T09:00:00+0000", "shared change", apply(edits.shared));
  repo.git("branch", "release/2026.05", shared);
  repo.git("checkout", "--quiet", "-b", "release/2026.05-hotfix", shared);
  const hotfix = repo.commitAt("2026-05-03T09:00:00+0000", "hotfix", apply(edits.hotfix));
  repo.git("checkout", "--quiet", "-b", "release/2026.06-picked", base);
  const picked = repo.pickAt("2026-05-04T09:00:00+0000", shared);
  const drifted = repo.commitAt("2026-06-10T09:00:00+0000", "drift", apply(edits.drift));
  repo.git("checkout", "--quiet", "main");
  repo.commitAt("2026-06-20T09:00:00+0000", "notes", { "NOTES.md": "Nothing renders this.\n" });
  repo.git(
    "push",
    "--quiet",
    "origin",
    "main",
    "release/2026.05",
    "release/2026.05-hotfix",
    "release/2026.06-picked",
  );
  return { repo, hotfix, drifted, shared, picked };
}

/** The `release/diverged` message, up to the target list. */
export function divergedMessage(branch: string, age: string, since: string, commit: string, targets: string) {
  return `${branch} has rendered differently from main for ${age} (since ${since}, commit ${commit.slice(0, 7)}), longer than governance.releaseBranchMaxAge 14d: ${targets}; merge it back, bring it up to date or delete it`;
}
