/**
 * The git side of the release-branch check: list `release/*` on the remote, fetch them with main
 * into a private ref namespace, and date when a branch's rendered output began to differ.
 * Everything goes through git (no GitHub API): any remote works, a local bare one in tests.
 */
import { git, UserError } from "../../core/src/index.js";

/** Where the fetched heads are kept, so the user's remote-tracking refs are left as they were. */
export const RELEASE_REFS = "refs/gitops/release-check";

/** The prefix of the branches checked. */
export const RELEASE_PREFIX = "refs/heads/release/";

export interface RemoteHeads {
  /** The remote's default branch (its HEAD), else `main`. */
  main: string;
  mainCommit?: string;
  /** `release/...` branch name to its head commit, sorted by name. */
  releases: Map<string, string>;
}

/** The remote's default branch and its `release/*` heads, from one `git ls-remote`. */
export async function listRemoteHeads(top: string, remote: string): Promise<RemoteHeads> {
  const r = await git(top, ["ls-remote", "--symref", "--end-of-options", remote, "HEAD", "refs/heads/*"]);
  if (r.code !== 0)
    throw new UserError(
      `governance check --live: cannot list the branches of the "${remote}" remote: ${firstLine(r.stderr) || `git exited ${r.code}`}`,
    );
  let main = "main";
  const heads = new Map<string, string>();
  for (const line of r.stdout.split("\n")) {
    const symref = /^ref: refs\/heads\/(\S+)\tHEAD$/.exec(line);
    if (symref?.[1]) main = symref[1];
    const ref = /^([0-9a-f]{40,64})\t(refs\/heads\/\S+)$/.exec(line);
    if (ref?.[1] && ref[2]) heads.set(ref[2].slice("refs/heads/".length), ref[1]);
  }
  const releases = new Map(
    [...heads]
      .filter(([name]) => `refs/heads/${name}`.startsWith(RELEASE_PREFIX))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const mainCommit = heads.get(main);
  return { main, releases, ...(mainCommit ? { mainCommit } : {}) };
}

/**
 * The same from the remote-tracking refs already in the checkout (`refs/remotes/<remote>/...`), with
 * no network: for CI, where actions/checkout with fetch-depth 0 fetched every branch and kept no
 * credentials for a later fetch. The default branch is `<remote>/HEAD` when set, else `main`.
 */
export async function localRemoteHeads(top: string, remote: string): Promise<RemoteHeads> {
  const prefix = `refs/remotes/${remote}/`;
  const r = await git(top, ["for-each-ref", "--format=%(objectname) %(refname)", "--end-of-options", prefix]);
  const symref = await git(top, ["symbolic-ref", "--quiet", "--end-of-options", `${prefix}HEAD`]);
  const main = symref.code === 0 ? symref.stdout.trim().slice(prefix.length) || "main" : "main";
  const heads = new Map<string, string>();
  for (const line of r.stdout.split("\n")) {
    const [sha, ref] = line.split(" ");
    if (sha && ref?.startsWith(prefix) && ref !== `${prefix}HEAD`) heads.set(ref.slice(prefix.length), sha);
  }
  const releases = new Map(
    [...heads].filter(([name]) => name.startsWith("release/")).sort(([a], [b]) => a.localeCompare(b)),
  );
  const mainCommit = heads.get(main);
  return { main, releases, ...(mainCommit ? { mainCommit } : {}) };
}

/**
 * Fetches main and the release branches with their history (a shallow CI checkout is deepened, as
 * the merge-base and the log need it). `--prune` drops the private refs of deleted branches.
 */
export async function fetchHeads(top: string, remote: string, main: string): Promise<void> {
  const shallow = await git(top, ["rev-parse", "--is-shallow-repository"]);
  const args = [
    "fetch",
    "--quiet",
    "--no-tags",
    "--prune",
    ...(shallow.stdout.trim() === "true" ? ["--unshallow"] : []),
    "--end-of-options",
    remote,
    `+refs/heads/${main}:${RELEASE_REFS}/main`,
    `+${RELEASE_PREFIX}*:${RELEASE_REFS}/release/*`,
  ];
  const r = await git(top, args);
  if (r.code !== 0)
    throw new UserError(
      `governance check --live: cannot fetch ${main} and release/* from the "${remote}" remote: ${firstLine(r.stderr) || `git exited ${r.code}`}`,
    );
}

/**
 * When the branch began to render differently from main, in seconds since the epoch: the oldest
 * commit on either side since the merge-base that changed an input of a differing target.
 * `--cherry-pick` leaves out a commit whose same patch is on the other side, so a fix picked onto
 * the release branch does not count. With no such commit (the difference comes from outside the
 * input graphs, a remote base say), the merge-base's own time; with no merge-base, the branch's root.
 * `paths` are relative to the top of the work tree.
 */
export async function divergedSince(
  top: string,
  mainCommit: string,
  branchCommit: string,
  paths: readonly string[],
): Promise<{ seconds: number; commit: string }> {
  const log = await git(top, [
    "--literal-pathspecs",
    "log",
    "--cherry-pick",
    "--format=%ct %H",
    "--end-of-options",
    `${mainCommit}...${branchCommit}`,
    "--",
    ...(paths.length > 0 ? paths : ["."]),
  ]);
  if (log.code !== 0)
    throw new UserError(`governance check --live: git log of ${branchCommit}: ${firstLine(log.stderr)}`);
  const commits = log.stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => ({ seconds: Number(l.split(" ")[0]), commit: l.split(" ")[1] ?? "" }));
  const oldest = commits.reduce<(typeof commits)[number] | undefined>(
    (a, c) => (a === undefined || c.seconds < a.seconds ? c : a),
    undefined,
  );
  if (oldest) return oldest;
  const base = await git(top, ["merge-base", "--end-of-options", mainCommit, branchCommit]);
  const start =
    base.code === 0
      ? base.stdout.trim()
      : (await git(top, ["rev-list", "--max-parents=0", "--end-of-options", branchCommit])).stdout
          .trim()
          .split("\n")
          .pop();
  const shown = await git(top, ["show", "-s", "--format=%ct %H", "--end-of-options", start ?? branchCommit]);
  const [seconds, commit] = shown.stdout.trim().split(" ");
  return { seconds: Number(seconds), commit: commit ?? branchCommit };
}

/** git's first line of complaint, with any `user:password@` of a remote URL taken out. */
function firstLine(text: string): string {
  return (text.trim().split("\n")[0] ?? "").replace(/\/\/[^/@\s]*@/g, "//");
}
