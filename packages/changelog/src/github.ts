/**
 * The GitHub REST calls of the changelog, over a narrow `request(route,
 * params)` interface that Octokit's `request` satisfies, so this package
 * never loads `@actions/*` (the action passes its Octokit).
 */
import { messageOf, UserError } from "../../core/src/index.js";

/** `octokit.request` or anything with its calling convention. */
export interface GitHubClient {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
}

/** A repository and the client to reach it. */
export interface GitHubRepo {
  client: GitHubClient;
  owner: string;
  repo: string;
}

/**
 * Calls `route` on the repository. 401, 403 and 404 mean the token may not do
 * this: a `UserError` that says `what` failed, never the token.
 */
export async function call(
  gh: GitHubRepo,
  route: string,
  params: Record<string, unknown>,
  what: string,
): Promise<{ status: number; data: unknown }> {
  try {
    return await gh.client.request(route, { owner: gh.owner, repo: gh.repo, ...params });
  } catch (err) {
    const status = (err as { status?: unknown } | null)?.status;
    if (status === 401 || status === 403 || status === 404) {
      throw new UserError(`cannot ${what} in ${gh.owner}/${gh.repo}: ${messageOf(err)}`);
    }
    throw err;
  }
}

/**
 * The items of a list endpoint, 100 per page, newest first as GitHub sends
 * them, for at most `maxPages` pages; `enough` stops early.
 */
export async function listPages<T>(
  gh: GitHubRepo,
  route: string,
  params: Record<string, unknown>,
  what: string,
  options: { maxPages: number; enough?: (items: T[]) => boolean },
): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; page <= options.maxPages; page++) {
    const { data } = await call(gh, route, { ...params, per_page: 100, page }, what);
    const items = Array.isArray(data) ? (data as T[]) : [];
    all.push(...items);
    // `enough` sees every page, the last one too.
    if (options.enough?.(all) === true || items.length < 100) break;
  }
  return all;
}
