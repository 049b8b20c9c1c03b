// Hostile input and hostile git states for `gitops promote`: each run ends
// with the documented exit code and one message naming the value at fault,
// leaves the user's branch, files and remote as they were when it refuses,
// and never hands user text to git where git would read it as an option.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { isUserError } from "../../packages/core/src/index.js";
import { promote } from "../../packages/promote/src/index.js";
import { createTestRepo, git, writeFiles, type TestRepo } from "../support/git.js";
import { exampleFiles } from "../render/support.js";
import { expectHardened, gitops, snapshot, toolPath, type CliResult } from "./harness.js";

const BRANCH = "promote/prod/cms";
const CMS_PROD = "apps/cms/overlays/prod/kustomization.yaml";
const CMS_STAGING = "apps/cms/overlays/staging/kustomization.yaml";
/** Promotion runs are small; a run past this is hung (a prompt, a lock), not slow. */
const BOUND = { timeoutMs: 30_000 };

/** The example repo as a git checkout on `main`, pushed to a bare `origin`. */
function infraRepo(): TestRepo {
  return createTestRepo(exampleFiles());
}

function promoteIn(repo: TestRepo, ...args: string[]): Promise<CliResult> {
  return gitops(["promote", "--repo", repo.dir, ...args], BOUND);
}

/** Everything a refused run must leave alone: the user's branch, index state and both repos' refs. */
function gitState(repo: TestRepo) {
  return {
    head: repo.git("rev-parse", "--symbolic-full-name", "HEAD"),
    headSha: repo.git("rev-parse", "HEAD"),
    status: repo.git("status", "--porcelain=v1", "--untracked-files=all"),
    refs: repo.git("for-each-ref", "--format=%(refname) %(objectname)"),
    remoteRefs: git(repo.remote, "for-each-ref", "--format=%(refname) %(objectname)"),
  };
}

/** A JSON-quoted value, the way promote's messages show user text. */
const quoted = (value: string) => JSON.stringify(value);

describe("hardening: promote", () => {
  it("an unknown environment is named, with the known ones", async () => {
    const repo = infraRepo();
    const before = snapshot(repo.dir);
    for (const [bad, args] of [
      ["qa", ["qa", "prod", "cms"]],
      ["production", ["staging", "production", "cms"]],
    ] as const) {
      const r = await promoteIn(repo, ...args, "--push");
      expectHardened(r, { code: 2, names: [quoted(bad), "known: staging, prod"], repo: repo.dir, before });
    }
    expect(repo.git("branch", "--list", "promote/*")).toBe("");
  });

  it("an unknown service is named, with the known ones", async () => {
    const repo = infraRepo();
    const before = snapshot(repo.dir);
    const r = await promoteIn(repo, "staging", "prod", "cms", "billing", "--push");
    expectHardened(r, {
      code: 2,
      names: [quoted("billing"), "known: cms, queue, web"],
      repo: repo.dir,
      before,
    });
    expect(git(repo.remote, "branch", "--list", "promote/*")).toBe("");
  });

  it("a path in a service or env name is refused, naming it, and nothing is written anywhere", async () => {
    const repo = infraRepo();
    // The parent holds the checkout (.git included) and its bare remote: nothing in either may change.
    const everything = dirname(repo.dir);
    const before = snapshot(everything);
    const paths = [
      "../../etc",
      "apps/../..",
      "/etc",
      join(everything, "work"),
      "cms/../web",
      "cms/",
      "..",
      "cms\nweb",
      "cms\r",
    ];
    // Each value in turn as the service, the source env and the target env, with and without --push.
    for (const [i, bad] of paths.entries()) {
      const names = ["staging", "prod", "cms"];
      names[i % 3] = bad;
      const r = await promoteIn(repo, ...names, ...(i % 2 === 0 ? ["--push"] : []));
      expectHardened(r, { code: 2, names: [quoted(bad)], repo: everything, before });
      // One message: a newline in the value is shown escaped, never as a second line.
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  it("a NUL in a name (which argv cannot carry, but the library API can) is refused before any write", async () => {
    const repo = infraRepo();
    const before = snapshot(repo.dir);
    for (const [from, to, service] of [
      ["staging", "prod", "cms\0../../etc"],
      ["staging\0", "prod", "cms"],
    ] as const) {
      const err = await promote({ repo: repo.dir, from, to, services: [service], mode: "push" }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isUserError(err), String(err)).toBe(true);
      expect((err as Error).message).toContain("\\u0000");
    }
    expect(snapshot(repo.dir)).toEqual(before);
    expect(repo.git("branch", "--list", "promote/*")).toBe("");
  });

  it("names that look like options are refused or kept as values, and reach git only after --end-of-options", async () => {
    const repo = infraRepo();
    const spy = gitSpy();
    const env = { PATH: `${spy.dir}:${await toolPath()}`, GIT_SPY_LOG: spy.log };
    const pwned = join(dirname(repo.dir), "pwned");
    const upload = `--upload-pack=touch ${pwned}`;
    const before = snapshot(repo.dir);
    const state = gitState(repo);
    const cases: [string[], string][] = [
      [["staging", "prod", upload, "--push"], "--upload-pack"],
      [["staging", "prod", "-rf", "--push"], "-r"],
      // After `--` everything is a positional: the names are checked as names.
      [["--push", "--", "staging", "prod", "--force"], quoted("--force")],
      [["--push", "--", "staging", "prod", "cms", "-rf"], quoted("-rf")],
      [["--push", "--", upload, "prod", "cms"], quoted(upload)],
      [["--push", "--", "staging", "--end-of-options", "cms"], quoted("--end-of-options")],
      // A remote name is the one value that does reach git.
      [["staging", "prod", "cms", "--push", `--remote=${upload}`], quoted(upload)],
      [["staging", "prod", "cms", "--push", "--remote=-v"], quoted("-v")],
    ];
    for (const [args, name] of cases) {
      const r = await gitops(["promote", "--repo", repo.dir, ...args], { ...BOUND, env });
      expectHardened(r, { code: 2, names: [name], repo: repo.dir, before });
    }
    expect(existsSync(pwned), "git ran the --upload-pack value").toBe(false);
    expect(gitState(repo)).toEqual(state);
    const hostile = [upload, "-v", "-rf", "--force"];
    const calls = spy.calls();
    expect(
      calls.some((args) => args.includes(upload)),
      "the --remote value never reached git",
    ).toBe(true);
    for (const args of calls) {
      for (const [i, arg] of args.entries()) {
        if (!hostile.includes(arg)) continue;
        const fence = args.findIndex((a) => a === "--end-of-options" || a === "--");
        expect(fence, `git ${args.join(" ")}`).toBeGreaterThanOrEqual(0);
        expect(fence, `git ${args.join(" ")}`).toBeLessThan(i);
      }
    }
  });

  it("a dirty working tree with --push is refused, naming the dirty files, and the changes stay", async () => {
    const repo = infraRepo();
    writeFiles(repo.dir, {
      [CMS_STAGING]: readFileSync(join(repo.dir, CMS_STAGING), "utf8").replace("1.15.0", "1.99.0-local"),
      "notes/todo.txt": "not committed\n",
    });
    repo.git("add", "notes/todo.txt");
    writeFileSync(join(repo.dir, "scratch.yaml"), "untracked: true\n");
    const before = snapshot(repo.dir);
    const state = gitState(repo);
    const r = await promoteIn(repo, "staging", "prod", "cms", "--push");
    expectHardened(r, {
      code: 2,
      names: [/uncommitted changes/, CMS_STAGING, "notes/todo.txt", "scratch.yaml"],
      repo: repo.dir,
      before,
    });
    expect(gitState(repo)).toEqual(state);
    expect(readFileSync(join(repo.dir, CMS_STAGING), "utf8")).toContain("1.99.0-local");
  });

  it("a detached HEAD with --push is refused: there is no branch to promote from or to open the PR against", async () => {
    const repo = infraRepo();
    repo.git("checkout", "--quiet", "--detach", "HEAD");
    const before = snapshot(repo.dir);
    const state = gitState(repo);
    const r = await promoteIn(repo, "staging", "prod", "cms", "--push");
    expectHardened(r, {
      code: 2,
      names: [/HEAD is detached/, /check out the branch/],
      repo: repo.dir,
      before,
    });
    expect(gitState(repo)).toEqual(state);
  });

  it("a rejected push names the remote and branch, says how to retry, and leaves no half state", async () => {
    const repo = infraRepo();
    const state = gitState(repo);
    const before = snapshot(repo.dir);
    // A policy hook's own words must not be taken for git's "lost the race" status and retried.
    const tries = join(dirname(repo.dir), "tries");
    hook(
      join(repo.remote, "hooks", "pre-receive"),
      `echo try >> "${tries}"
echo "non-fast-forward pushes to promote/* are [rejected] here: branches are frozen" >&2
exit 1`,
    );
    const declined = await promoteIn(repo, "staging", "prod", "cms", "--push");
    expectHardened(declined, {
      code: 2,
      names: [BRANCH, /\borigin\b/, "branches are frozen", "pre-receive hook declined", /run .* again/i],
      repo: repo.dir,
      before,
    });
    expect(readFileSync(tries, "utf8")).toBe("try\n");
    // The user's branch where it was, and no local promotion branch pointing at an unpushed commit.
    expect(gitState(repo)).toEqual(state);

    // A branch someone moves before every one of our pushes: the lease refuses each, bounded.
    hook(join(repo.remote, "hooks", "pre-receive"), "exit 0");
    const other = join(dirname(repo.dir), "other");
    git(dirname(repo.dir), "clone", "--quiet", repo.remote, other);
    hook(
      join(repo.dir, ".git", "hooks", "pre-push"),
      `cd "${other}" || exit 1
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
git commit -q --allow-empty -m "someone else" && git push -q -f origin HEAD:refs/heads/${BRANCH}`,
    );
    const raced = await promoteIn(repo, "staging", "prod", "cms", "--push");
    expectHardened(raced, {
      code: 2,
      names: [BRANCH, /\borigin\b/, /run the promotion again/i],
      repo: repo.dir,
      before,
    });
    expect(git(repo.remote, "log", "--format=%s", BRANCH).split("\n")).not.toContain("Promote cms to prod");
    const heads = (r: TestRepo) => r.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/heads");
    expect(heads(repo)).toBe(
      state.refs
        .split("\n")
        .filter((l) => l.startsWith("refs/heads/"))
        .join("\n"),
    );
    expect(repo.git("rev-parse", "--symbolic-full-name", "HEAD")).toBe(state.head);
    expect(repo.git("status", "--porcelain=v1", "--untracked-files=all")).toBe("");
  });

  it("a crash between commit and push is finished by re-running the same command", async () => {
    const repo = infraRepo();
    const main = repo.git("rev-parse", "main");
    const args = ["staging", "prod", "cms"];
    // Each run at its own clock, so a second commit of the same change would get a new id.
    const at = (date: string) => ({ ...BOUND, env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    const committed = await gitops(
      ["promote", "--repo", repo.dir, ...args, "--commit"],
      at("2026-01-01T00:00:00Z"),
    );
    expectHardened(committed, { code: 0, names: [BRANCH] });
    const commit = repo.git("rev-parse", BRANCH);

    // The push then dies: the hook kills the whole gitops process group (git and gitops) before anything is sent.
    const crashed = join(dirname(repo.dir), "crashed");
    hook(
      join(repo.dir, ".git", "hooks", "pre-push"),
      `[ -e "${crashed}" ] && exit 0
touch "${crashed}"
group=$(ps -o pgid= -p $$ | tr -d ' ')
[ -n "$group" ] && [ "$group" != 0 ] && kill -s KILL -- "-$group"
sleep 30`,
    );
    const push = ["promote", "--repo", repo.dir, ...args, "--push"];
    const first = await gitops(push, at("2026-01-02T00:00:00Z"));
    expect(first.timedOut).toBe(false);
    expect(first.code, `${first.stderr}${first.stdout}`).toBeNull();
    expect(existsSync(crashed)).toBe(true);
    expect(git(repo.remote, "branch", "--list", BRANCH)).toBe("");

    // The same command again pushes the commit already made: no twin, no complaint about the branch.
    const again = await gitops(push, at("2026-01-03T00:00:00Z"));
    expectHardened(again, { code: 0, names: [`pushed ${commit.slice(0, 12)} to ${BRANCH}`] });
    expect(again.stderr).not.toMatch(/exists/i);
    expect(git(repo.remote, "rev-parse", BRANCH)).toBe(commit);
    expect(repo.git("rev-parse", BRANCH)).toBe(commit);
    expect(git(repo.remote, "rev-list", "--count", `main..${BRANCH}`)).toBe("1");
    expect(git(repo.remote, "rev-parse", `${BRANCH}^`)).toBe(main);
    expect(git(repo.remote, "show", `${BRANCH}:${CMS_PROD}`)).toContain("newTag: 1.15.0");

    // And once more: nothing new to push.
    const third = await gitops(push, at("2026-01-04T00:00:00Z"));
    expectHardened(third, { code: 0, names: [/already holds this promotion/] });
    expect(git(repo.remote, "rev-parse", BRANCH)).toBe(commit);
    expect(repo.git("rev-parse", "--symbolic-full-name", "HEAD")).toBe("refs/heads/main");
    expect(repo.git("rev-parse", "main")).toBe(main);
    expect(repo.git("status", "--porcelain")).toBe("");
  });
});

/** Writes an executable shell hook. */
function hook(path: string, body: string): void {
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/** A `git` first on PATH that records every argument list (NUL-separated, one call per record) and runs the real git. */
function gitSpy(): { dir: string; log: string; calls: () => string[][] } {
  const dir = mkdtempSync(join(tmpdir(), "gitops-git-spy-"));
  const log = join(dir, "calls");
  writeFileSync(log, "");
  hook(
    join(dir, "git"),
    `for a in "$@"; do printf '%s\\0' "$a"; done >> "$GIT_SPY_LOG"\nprintf '\\001' >> "$GIT_SPY_LOG"\nexec /usr/bin/git "$@"`,
  );
  return {
    dir,
    log,
    calls: () =>
      readFileSync(log, "utf8")
        .split("\u0001")
        .filter((call) => call !== "")
        .map((call) => call.split("\0").slice(0, -1)),
  };
}
