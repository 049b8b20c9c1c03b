/**
 * The commit graph behind lead times: when each change was first written
 * (the oldest commit of a merged branch, not the merge), and the order of the
 * main line, to find the staging commit a promotion came from.
 */
import { gitOk } from "../../core/src/index.js";

interface GraphCommit {
  parents: string[];
  authorMs: number;
  committerMs: number;
}

/** Every commit reachable from one tip, and its first-parent line. */
export interface CommitGraph {
  commits: Map<string, GraphCommit>;
  /** Position on the first-parent line, 0 for the tip; absent for commits of merged branches. */
  position: Map<string, number>;
}

/** Reads the graph reachable from `to` with two git commands. */
export async function readGraph(repo: string, to: string): Promise<CommitGraph> {
  const log = await gitOk(
    repo,
    ["log", "-z", "--format=%H%x00%P%x00%at%x00%ct", "--end-of-options", to, "--"],
    `cannot read the history of ${to}`,
  );
  const commits = new Map<string, GraphCommit>();
  const tokens = log.split("\0");
  for (let i = 0; i + 3 < tokens.length; i += 4) {
    const sha = (tokens[i] ?? "").replace(/^\n/, "");
    commits.set(sha, {
      parents: (tokens[i + 1] ?? "").split(" ").filter(Boolean),
      authorMs: Number(tokens[i + 2]) * 1000,
      committerMs: Number(tokens[i + 3]) * 1000,
    });
  }
  const line = await gitOk(
    repo,
    ["rev-list", "--first-parent", "--end-of-options", to],
    "cannot list the main line",
  );
  const position = new Map(
    line
      .split("\n")
      .filter(Boolean)
      .map((sha, i) => [sha, i]),
  );
  return { commits, position };
}

/**
 * When the change in `sha` was first written: for a merge, the oldest author
 * date among the commits its branch brought in (those not on the main line);
 * otherwise its own author date. Undefined for a commit the graph lacks.
 */
export function authoredMs(graph: CommitGraph, sha: string): number | undefined {
  const commit = graph.commits.get(sha);
  if (!commit) return undefined;
  let oldest = commit.authorMs;
  const queue = commit.parents.slice(1);
  const seen = new Set<string>(queue);
  while (queue.length > 0) {
    const next = queue.pop() ?? "";
    const c = graph.commits.get(next);
    if (!c || graph.position.has(next)) continue;
    oldest = Math.min(oldest, c.authorMs);
    for (const p of c.parents) {
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
    }
  }
  return oldest;
}
