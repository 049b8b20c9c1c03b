/**
 * Lead time from the service's own commit: `gitops bump --commit` writes `Source-Repository:` and
 * `Source-Commit:` trailers, so a deployment's lead time can start when the change was committed in
 * the service repository rather than when the bump was. The time comes from a
 * `Source-Commit-Date:` trailer when there is one, else from GitHub's commit API when a token is
 * given; otherwise the deployment keeps the infra-repository measure.
 */
import { messageOf, UserError } from "../../core/src/index.js";
import { sourcesOf, type CommitGraph } from "./graph.js";
import type { GitHubClient } from "./github.js";

/** Where a lead time starts: the source commit's time from its trailer or GitHub, or the infra commit (git). */
export type LeadFrom = "trailer" | "github" | "git";

/** The start of a lead time found through source trailers. */
export interface LeadStart {
  ms: number;
  from: "trailer" | "github";
  /** `owner/name` of the service repository. */
  repository: string;
  commit: string;
}

/** GitHub access for source commits the trailers do not date. */
export interface SourceLookup {
  client: GitHubClient;
  /** The API's address, for messages. */
  server: string;
}

/** What the look-ups did, for the report. */
export interface SourceLookupStats {
  /** Source commits asked of GitHub. */
  asked: number;
  /** Of those, the ones GitHub did not give (no access, unknown commit): they keep the git measure. */
  failed: number;
}

/**
 * For each infra commit in `shas` whose change carries source trailers, the earliest source time
 * that can be known. GitHub is asked once per source commit; a 403, 404 or 422 leaves that commit
 * to the git measure, a rejected token (401) or an unreachable server is a UserError.
 */
export async function sourceStarts(
  graph: CommitGraph,
  shas: Iterable<string>,
  github?: SourceLookup,
): Promise<{ starts: Map<string, LeadStart>; lookups: SourceLookupStats }> {
  const starts = new Map<string, LeadStart>();
  const lookups: SourceLookupStats = { asked: 0, failed: 0 };
  const asked = new Map<string, number | undefined>();
  for (const sha of new Set(shas)) {
    let best: LeadStart | undefined;
    for (const s of sourcesOf(graph, sha)) {
      let candidate: LeadStart | undefined;
      if (s.dateMs !== undefined)
        candidate = { ms: s.dateMs, from: "trailer", repository: s.repository, commit: s.commit };
      else if (github) {
        const key = `${s.repository}@${s.commit}`;
        if (!asked.has(key)) {
          lookups.asked++;
          const ms = await commitTime(github, s.repository, s.commit);
          if (ms === undefined) lookups.failed++;
          asked.set(key, ms);
        }
        const ms = asked.get(key);
        if (ms !== undefined) candidate = { ms, from: "github", repository: s.repository, commit: s.commit };
      }
      if (candidate && (!best || candidate.ms < best.ms)) best = candidate;
    }
    if (best) starts.set(sha, best);
  }
  return { starts, lookups };
}

/** The author time of a commit of another repository, or undefined when GitHub will not say. */
async function commitTime(
  github: SourceLookup,
  repository: string,
  sha: string,
): Promise<number | undefined> {
  const [owner, repo] = repository.split("/");
  try {
    const { data } = await github.client.request("GET /repos/{owner}/{repo}/commits/{ref}", {
      owner,
      repo,
      ref: sha,
      per_page: 1,
    });
    const date = (data as { commit?: { author?: { date?: string } | null } }).commit?.author?.date;
    const ms = date ? Date.parse(date) : NaN;
    return Number.isNaN(ms) ? undefined : ms;
  } catch (err) {
    const status = (err as { status?: unknown } | null)?.status;
    if (status === 401)
      throw new UserError(
        `GitHub at ${github.server} rejected the token (401) reading commit ${sha.slice(0, 7)} of ${repository}`,
      );
    if (status === 403 || status === 404 || status === 422) return undefined;
    if (typeof status === "number")
      throw new UserError(
        `GitHub at ${github.server} failed reading commit ${sha.slice(0, 7)} of ${repository}: ${messageOf(err)}`,
      );
    const cause = (err as { cause?: { code?: unknown } } | null)?.cause?.code;
    throw new UserError(
      `cannot reach GitHub at ${github.server}: ${typeof cause === "string" ? cause : messageOf(err)}`,
    );
  }
}
