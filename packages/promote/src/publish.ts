/**
 * Puts a promotion on its branch without touching the checkout: the commit
 * is built from a temporary index (read-tree, hash-object, write-tree,
 * commit-tree) and the branch moved with a compare-and-swap, so the user's
 * working tree and current branch stay as they are.
 *
 * Re-runs are idempotent: when the branch already holds the promoted files
 * there is no new commit. Otherwise the commit goes on the base, or on the
 * branch when it carries commits to keep (see `chooseParent`). A push is
 * always `--force-with-lease` against the tip we saw, so a run that lost a
 * race is rejected, fetches, rebuilds on the new tip and tries again, a
 * bounded number of times.
 *
 * Nothing lost: the local branch only ever moves to a commit that contains
 * everything it held, apart from earlier commits of our own that the new one
 * replaces. Commits added there by hand and never pushed stop the run (exit 2)
 * before anything is pushed, naming them.
 */
import { UserError } from "../../core/src/index.js";
import { gitReason, type Git } from "./git.js";
import type { PlannedFile } from "./plan.js";
import { holdsFiles, writeTree } from "./tree-write.js";

/** Pushes tried before giving up on a branch that keeps moving. */
export const MAX_PUSH_ATTEMPTS = 4;

export interface PublishOptions {
  git: Git;
  /** The infra repo's folder inside the git work tree: "" or "sub/dir/". */
  prefix: string;
  branch: string;
  /** The commit promoted from (HEAD of the checkout). */
  headSha: string;
  /** Push to `remote`; otherwise only the local branch moves. */
  push: boolean;
  remote: string;
  /** The remote's URL, to scope the auth header to its host. */
  remoteUrl?: string;
  /** The promoted files and commit message on top of `parent`. */
  build: (parent: string) => Promise<{ files: PlannedFile[]; message: string }>;
  /**
   * Whether a commit message is one this tool wrote on the branch (replaced
   * freely by a newer run); default: it carries a `Promoted-From:` trailer.
   */
  isOwn?: (message: string) => boolean;
}

/** Promotion commits carry this trailer (report.ts). */
const isPromotionCommit = (message: string) => /^Promoted-From: \S+@[0-9a-f]{40}$/m.test(message);

export interface PublishResult {
  /** The branch's commit afterwards. */
  commit: string;
  /** False when the branch already held the promotion. */
  created: boolean;
  pushed: boolean;
  attempts: number;
}

/** Commits (and pushes) the promotion on `options.branch`. */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  const { git, branch } = options;
  const ref = `refs/heads/${branch}`;
  for (let attempt = 1; attempt <= MAX_PUSH_ATTEMPTS; attempt++) {
    const tip = options.push ? await fetchBranch(options) : await revParse(git, ref);
    const parent = await chooseParent(git, options.headSha, tip, options.isOwn ?? isPromotionCommit);
    const built = await options.build(parent);
    if (tip && (await holdsFiles(options, tip, built.files))) {
      await guardLocalBranch(options, tip, tip);
      await git.ok(["update-ref", ref, tip], `cannot set the local branch ${branch}`);
      return { commit: tip, created: false, pushed: false, attempts: attempt };
    }
    const tree = await writeTree(options, parent, built.files);
    const commit =
      (options.push ? await unpushedTwin(git, ref, tip, parent, tree) : undefined) ??
      (
        await git.ok(["commit-tree", tree, "-p", parent, "-F", "-"], "cannot create the promotion commit", {
          input: built.message,
        })
      ).trim();
    if (!options.push) {
      await git.ok(["update-ref", ref, commit, tip ?? ""], `cannot move the branch ${branch}`);
      return { commit, created: true, pushed: false, attempts: attempt };
    }
    const local = await guardLocalBranch(options, commit, tip);
    const r = await git.run(
      [
        "push",
        "--porcelain",
        `--force-with-lease=${ref}:${tip ?? ""}`,
        "--end-of-options",
        options.remote,
        `${commit}:${ref}`,
      ],
      { auth: options.remoteUrl ?? true },
    );
    if (r.code === 0) {
      // Compare-and-swap against the tip just checked: a commit made meanwhile is not overwritten.
      await git.ok(["update-ref", ref, commit, local ?? ""], `cannot set the local branch ${branch}`);
      return { commit, created: true, pushed: true, attempts: attempt };
    }
    const refused = refusals(r.stdout);
    if (!refused.some(lostRace)) {
      // Nothing local has moved yet (the branch is set only after a push lands), so a re-run is safe.
      const status = refused.length > 0 ? ` (${refused.join("; ")})` : "";
      throw new UserError(
        `cannot push ${branch} to ${options.remote}${status}: ${gitReason(r)}. Nothing was changed locally; run the promotion again once the remote accepts the push.`,
      );
    }
  }
  throw new UserError(
    `${branch} on ${options.remote} kept moving while promoting; gave up after ${MAX_PUSH_ATTEMPTS} attempts. Run the promotion again.`,
  );
}

/**
 * The reasons `git push --porcelain` gives for refs it did not update: its
 * status lines, "!<TAB>src:dst<TAB>[rejected] (stale info)". Only these are
 * git's own words; "remote:" lines are free text from the server's hooks.
 */
function refusals(stdout: string): string[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("!\t"))
    .map((line) => line.split("\t").slice(2).join(" ").trim());
}

/**
 * Refusals that mean someone else moved the branch first: our lease was
 * stale or the push was not a fast-forward ("[rejected]"), or another push won
 * the ref lock on the server. Anything else (a protected branch, a hook, no
 * access) is not ours to retry.
 */
function lostRace(refusal: string): boolean {
  return /^\[rejected\]|^\[remote rejected\] \((cannot lock ref|failed to update ref|incorrect old value)/i.test(
    refusal,
  );
}

/**
 * The local branch's commit when it is exactly the one we would make (same
 * parent, same tree) but the remote does not have it yet: left by `--commit`
 * or by a run that stopped before its push. Pushing it rather than a fresh
 * twin keeps the commit the user may have reviewed.
 */
async function unpushedTwin(
  git: Git,
  ref: string,
  remoteTip: string | undefined,
  parent: string,
  tree: string,
): Promise<string | undefined> {
  const local = await revParse(git, ref);
  if (!local || local === remoteTip) return undefined;
  const r = await git.run(["log", "-1", "--format=%T %P", "--end-of-options", local]);
  return r.code === 0 && r.stdout.trim() === `${tree} ${parent}` ? local : undefined;
}

/** The branch's commit on the remote after fetching it, or undefined when the remote has no such branch. */
async function fetchBranch(options: PublishOptions): Promise<string | undefined> {
  const { git, remote, branch } = options;
  const tracking = `refs/remotes/${remote}/${branch}`;
  const r = await git.run(
    ["fetch", "--quiet", "--no-tags", "--end-of-options", remote, `+refs/heads/${branch}:${tracking}`],
    { auth: options.remoteUrl ?? true },
  );
  if (r.code !== 0) {
    if (/couldn't find remote ref/i.test(r.stderr)) return undefined;
    throw new UserError(`cannot fetch ${branch} from ${remote}: ${gitReason(r)}`);
  }
  return revParse(git, tracking);
}

async function revParse(git: Git, ref: string): Promise<string | undefined> {
  const r = await git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

/**
 * What to build on: the base when the branch is merged, absent, or holds
 * only earlier commits of our own (rebuilt fresh, so the PR stays one
 * up-to-date commit and a newer bump replaces the older one); the branch tip
 * when it carries commits someone else added, which must not be thrown away.
 */
async function chooseParent(
  git: Git,
  head: string,
  tip: string | undefined,
  isOwn: (message: string) => boolean,
): Promise<string> {
  if (!tip || (await isAncestor(git, tip, head))) return head;
  // Ahead of the base or not, a branch of only our own commits is rebuilt: one fresh commit on HEAD.
  const onlyOurs = (await commitsIn(git, tip, [head])).every((c) => isOwn(c.message));
  return onlyOurs ? head : tip;
}

interface LoggedCommit {
  sha: string;
  message: string;
}

/** The commits reachable from `from` but from none of `not`, newest first. */
async function commitsIn(git: Git, from: string, not: readonly string[]): Promise<LoggedCommit[]> {
  const log = await git.ok(
    ["log", "--format=%x01%H%x00%B", "--end-of-options", from, ...not.map((c) => `^${c}`)],
    "cannot read the branch's history",
  );
  return log
    .split("\x01")
    .slice(1)
    .map((entry) => {
      const [sha = "", message = ""] = entry.split("\0");
      return { sha, message };
    });
}

/**
 * Refuses (exit 2) to move the local branch to `target` when that would drop
 * commits made there by hand: commits on it that neither `target` nor the
 * remote's tip holds and that this tool did not write. Returns the local
 * branch's commit, for a compare-and-swap when it is moved.
 */
async function guardLocalBranch(
  options: PublishOptions,
  target: string,
  remoteTip: string | undefined,
): Promise<string | undefined> {
  const { git, branch } = options;
  const local = await revParse(git, `refs/heads/${branch}`);
  if (!local || local === target) return local;
  const isOwn = options.isOwn ?? isPromotionCommit;
  const lost = (await commitsIn(git, local, remoteTip ? [target, remoteTip] : [target])).filter(
    (c) => !isOwn(c.message),
  );
  if (lost.length === 0) return local;
  const named = lost
    .slice(0, 5)
    .map((c) => `${c.sha.slice(0, 12)} "${c.message.split("\n", 1)[0] ?? ""}"`)
    .join(", ");
  const more = lost.length > 5 ? ` and ${lost.length - 5} more` : "";
  throw new UserError(
    `the local branch ${branch} has ${lost.length} commit(s) that ${options.remote} does not have and this run would drop: ${named}${more}. ` +
      `Nothing was pushed. Push them (git push ${options.remote} ${branch}) to keep them on the pull request, or drop them (git branch -D ${branch}), then run again.`,
  );
}

async function isAncestor(git: Git, ancestor: string, commit: string): Promise<boolean> {
  const r = await git.run(["merge-base", "--is-ancestor", "--end-of-options", ancestor, commit]);
  return r.code === 0;
}
