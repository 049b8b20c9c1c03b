/**
 * The first-parent history of the main line, read with one `git log`: every
 * commit with its metadata and the files it changed against its first parent
 * (for a merge, everything the merged branch brought in).
 */
import { gitOk } from "../../core/src/index.js";
import { parsePromotedFrom } from "./messages.js";
import type { PromotionSource } from "./types.js";

/** A file a commit touched. */
export interface ChangedFile {
  status: "added" | "modified" | "deleted";
  path: string;
}

/** One first-parent commit. */
export interface HistoryCommit {
  sha: string;
  parents: string[];
  author: string;
  authorDate: string;
  /** Committer date: when it landed on the main line. */
  date: string;
  /** The whole message (untrusted text). */
  message: string;
  promotedFrom: PromotionSource | null;
  files: ChangedFile[];
}

// Fields are NUL-separated, and `-z` ends each commit with a NUL too; a commit
// message cannot hold a NUL, so no message can fake a field boundary.
const FORMAT = [
  "%H",
  "%P",
  "%an",
  "%aI",
  "%cI",
  "%(trailers:key=Promoted-From,valueonly,separator=%x2c)",
  "%B",
].join("%x00");
const HEADER_FIELDS = 7;
const SHA = /^[0-9a-f]{40}$/;
const STATUS: Record<string, ChangedFile["status"]> = {
  A: "added",
  M: "modified",
  D: "deleted",
  T: "modified",
};

/**
 * Commits reachable from `to` along first parents, newest first, excluding
 * those reachable from `since` (when given). Renames are read as a delete and
 * an add, so moving a file out of an overlay counts for that overlay too.
 */
export async function readHistory(repo: string, to: string, since?: string): Promise<HistoryCommit[]> {
  const range = since ? [to, `^${since}`] : [to];
  const out = await gitOk(
    repo,
    [
      "log",
      "-z",
      "--first-parent",
      "--diff-merges=first-parent",
      "--no-renames",
      "--name-status",
      // Paths relative to `repo`, which may be a folder inside a larger Git repository.
      "--relative",
      `--format=${FORMAT}`,
      "--end-of-options",
      ...range,
      "--",
    ],
    `cannot read the history of ${to}`,
  );
  return parseLog(out);
}

/** Parses the `-z` output of {@link readHistory}'s `git log`. */
export function parseLog(out: string): HistoryCommit[] {
  const tokens = out.split("\0");
  const commits: HistoryCommit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = (tokens[i] ?? "").replace(/^\n/, "");
    if (head === "") {
      i++;
      continue;
    }
    // Not the user's doing: our format and git's disagree.
    if (!SHA.test(head)) throw new Error(`unexpected git log output near "${head.slice(0, 40)}"`);
    const [, parents = "", author = "", authorDate = "", date = "", trailer = "", message = ""] =
      tokens.slice(i, i + HEADER_FIELDS);
    i += HEADER_FIELDS;
    const files: ChangedFile[] = [];
    // Status and path pairs follow until the next commit's SHA (git puts a newline before the first status).
    for (;;) {
      const status = STATUS[(tokens[i] ?? "").replace(/^\n/, "")];
      if (status === undefined || i + 1 >= tokens.length) break;
      files.push({ status, path: tokens[i + 1] ?? "" });
      i += 2;
    }
    commits.push({
      sha: head,
      parents: parents.split(" ").filter(Boolean),
      author,
      authorDate,
      date,
      message: message.trimEnd(),
      promotedFrom: parsePromotedFrom(trailer),
      files,
    });
  }
  return commits;
}
