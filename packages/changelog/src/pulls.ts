/**
 * PR numbers from the API, for commits whose message names none (a rebase
 * merge, or a squash whose title was edited): a closed PR's merge commit is
 * the commit on the main line.
 */
import { listPages, type GitHubRepo } from "./github.js";
import type { Entry } from "./types.js";

interface PullData {
  number: number;
  merge_commit_sha?: string | null;
}

/** Sets `pr` on entries that lack one, from the repository's closed PRs (newest 1,000 at most). */
export async function fillPullRequests(gh: GitHubRepo, entries: Entry[]): Promise<number> {
  const missing = new Set(entries.filter((e) => e.pr === null).map((e) => e.commit));
  if (missing.size === 0) return 0;
  const found = new Map<string, number>();
  await listPages<PullData>(
    gh,
    "GET /repos/{owner}/{repo}/pulls",
    { state: "closed", sort: "updated", direction: "desc" },
    "list pull requests",
    {
      maxPages: 10,
      enough: (pulls) => {
        for (const p of pulls) {
          if (p.merge_commit_sha && missing.has(p.merge_commit_sha)) found.set(p.merge_commit_sha, p.number);
        }
        return found.size === missing.size;
      },
    },
  );
  let filled = 0;
  for (const e of entries) {
    const pr = e.pr === null ? found.get(e.commit) : undefined;
    if (pr !== undefined) {
      e.pr = pr;
      filled++;
    }
  }
  return filled;
}
