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
  /** The service commit an image bump came from (`gitops bump --commit` trailers), when it says. */
  source?: SourceTrailers;
}

/** `Source-Repository:`, `Source-Commit:` and the optional `Source-Commit-Date:` of a bump commit. */
export interface SourceTrailers {
  repository: string;
  commit: string;
  /** Milliseconds, from `Source-Commit-Date:` when present and a valid ISO 8601 time. */
  dateMs?: number;
}

/** Every commit reachable from one tip, and its first-parent line. */
export interface CommitGraph {
  commits: Map<string, GraphCommit>;
  /** Position on the first-parent line, 0 for the tip; absent for commits of merged branches. */
  position: Map<string, number>;
}

const trailer = (key: string) => `%(trailers:key=${key},valueonly,separator=%x2c)`;
// Trailer values cannot hold a NUL, so they cannot fake a field boundary.
const GRAPH_FORMAT = [
  "%H",
  "%P",
  "%at",
  "%ct",
  trailer("Source-Repository"),
  trailer("Source-Commit"),
  trailer("Source-Commit-Date"),
].join("%x00");
const GRAPH_FIELDS = 7;
const SOURCE_REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SOURCE_SHA = /^[0-9a-f]{7,40}$/i;

/** Reads the graph reachable from `to` with two git commands. */
export async function readGraph(repo: string, to: string): Promise<CommitGraph> {
  const log = await gitOk(
    repo,
    ["log", "-z", `--format=${GRAPH_FORMAT}`, "--end-of-options", to, "--"],
    `cannot read the history of ${to}`,
  );
  const commits = new Map<string, GraphCommit>();
  const tokens = log.split("\0");
  for (let i = 0; i + GRAPH_FIELDS - 1 < tokens.length; i += GRAPH_FIELDS) {
    const sha = (tokens[i] ?? "").replace(/^\n/, "");
    const source = sourceTrailers(tokens[i + 4] ?? "", tokens[i + 5] ?? "", tokens[i + 6] ?? "");
    commits.set(sha, {
      parents: (tokens[i + 1] ?? "").split(" ").filter(Boolean),
      authorMs: Number(tokens[i + 2]) * 1000,
      committerMs: Number(tokens[i + 3]) * 1000,
      ...(source ? { source } : {}),
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

/**
 * The first well-formed `Source-Repository` and `Source-Commit` (git joins repeated trailers with
 * a comma); a commit with only one of them, or a malformed value, has no source.
 */
export function sourceTrailers(repository: string, commit: string, date: string): SourceTrailers | undefined {
  const first = (v: string, ok: RegExp) =>
    v
      .split(",")
      .map((x) => x.trim())
      .find((x) => ok.test(x));
  const r = first(repository, SOURCE_REPO);
  const c = first(commit, SOURCE_SHA);
  if (!r || !c) return undefined;
  const d = date
    .split(",")
    .map((x) => x.trim())
    .find((x) => /^\d{4}-\d{2}-\d{2}T/.test(x) && !Number.isNaN(Date.parse(x)));
  return { repository: r, commit: c.toLowerCase(), ...(d ? { dateMs: Date.parse(d) } : {}) };
}

/**
 * The source trailers behind the change `sha` brought: its own, else those of the commits its
 * branch brought in (a merge of a bump branch), the one with the oldest known time first.
 */
export function sourcesOf(graph: CommitGraph, sha: string): SourceTrailers[] {
  const commit = graph.commits.get(sha);
  if (!commit) return [];
  if (commit.source) return [commit.source];
  const out: SourceTrailers[] = [];
  const queue = commit.parents.slice(1);
  const seen = new Set<string>(queue);
  while (queue.length > 0) {
    const next = queue.pop() ?? "";
    const c = graph.commits.get(next);
    if (!c || graph.position.has(next)) continue;
    if (c.source) out.push(c.source);
    for (const p of c.parents)
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
  }
  return out;
}
