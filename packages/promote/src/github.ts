/**
 * The GitHub REST calls promotion makes, over a narrow `request(route,
 * params)` interface that Octokit's `request` satisfies (the action passes
 * its Octokit) and that `fetchClient` implements for the CLI, which must not
 * load `@actions/*`.
 */
import { UserError } from "../../core/src/index.js";
import { graphqlData, graphqlUrl } from "./graphql.js";

/** `octokit.request` or anything with its calling convention. */
export interface GitHubClient {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
  /**
   * GraphQL, resolving to its `data` (Octokit's `graphql`; `fetchClient`'s). It posts where the
   * GraphQL API is, which on GHES is /api/graphql, not <REST base>/graphql. Errors reject with `errors`.
   */
  graphql?(query: string, variables?: Record<string, unknown>): Promise<unknown>;
}

/** A client bound to one repository. */
export interface GitHubRepo {
  client: GitHubClient;
  owner: string;
  repo: string;
}

/** The HTTP status of a failed request (Octokit's RequestError and ours both carry it). */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/** GETs every page of a list endpoint (100 per page); `pick` takes the items out of a page's body. */
export async function listAll<T>(
  gh: GitHubRepo,
  route: string,
  params: Record<string, unknown>,
  pick: (data: unknown) => T[] = (d) => d as T[],
): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; page <= 100; page++) {
    const { data } = await gh.client.request(route, {
      owner: gh.owner,
      repo: gh.repo,
      ...params,
      per_page: 100,
      page,
    });
    const items = pick(data);
    out.push(...items);
    if (items.length < 100) break;
  }
  return out;
}

/** An error from the GitHub API, carrying its status like Octokit's RequestError (never headers or tokens). */
export class GitHubApiError extends Error {
  override readonly name = "GitHubApiError";
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * A minimal client over `fetch` for the CLI: fills `{name}` placeholders of
 * the route from `params`, sends the rest as the query (GET) or JSON body,
 * and throws `GitHubApiError` for any status of 400 and above.
 */
export function fetchClient(options: { token: string; baseUrl: string; userAgent: string }): GitHubClient {
  const base = options.baseUrl.replace(/\/+$/, "");
  const client: GitHubClient = {
    async graphql(query, variables = {}) {
      return graphqlData((await client.request(`POST ${graphqlUrl(base)}`, { query, variables })).data);
    },
    async request(route, params = {}) {
      // A path under the base, or a whole URL (the GraphQL endpoint, which is not under it on GHES).
      const match = /^(GET|POST|PATCH|PUT|DELETE) (\/\S*|https?:\/\/\S+)$/.exec(route);
      if (!match) throw new Error(`bad route ${route}`);
      const [, method = "GET", template = "/"] = match;
      const used = new Set<string>();
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
        used.add(name);
        return encodeURIComponent(String(params[name]));
      });
      const rest = Object.fromEntries(Object.entries(params).filter(([k]) => !used.has(k)));
      const url = new URL(path.startsWith("/") ? base + path : path);
      let body: string | undefined;
      if (method === "GET") {
        for (const [k, v] of Object.entries(rest)) url.searchParams.set(k, String(v));
      } else if (method !== "DELETE" || Object.keys(rest).length > 0) {
        // A DELETE with nothing to say sends no body: GitHub's description gives most DELETEs none.
        body = JSON.stringify(rest);
      }
      const response = await fetch(url, {
        method,
        headers: {
          accept: "application/vnd.github+json",
          authorization: `Bearer ${options.token}`,
          "content-type": "application/json",
          "user-agent": options.userAgent,
          "x-github-api-version": "2022-11-28",
        },
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.text();
      let data: unknown;
      try {
        data = text === "" ? undefined : JSON.parse(text);
      } catch {
        // A proxy's HTML error page, say: report the status, not a JSON syntax error.
        if (response.status < 400)
          throw new GitHubApiError(`${method} ${template}: the answer is not JSON`, response.status);
      }
      if (response.status >= 400) {
        const message = (data as { message?: unknown } | undefined)?.message;
        throw new GitHubApiError(
          `${method} ${template}: ${response.status} ${typeof message === "string" ? message : response.statusText}`,
          response.status,
        );
      }
      return { status: response.status, data };
    },
  };
  return client;
}

/** `owner/name` from a GitHub remote URL (https or ssh), or undefined for other remotes. */
export function repoFromRemoteUrl(url: string): { owner: string; repo: string } | undefined {
  const m =
    /^(?:https?:\/\/(?:[^@/]+@)?[^/]+\/|git@[^:]+:|ssh:\/\/git@[^/]+\/)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(
      url.trim(),
    );
  return m?.[1] && m[2] ? { owner: m[1], repo: m[2] } : undefined;
}

/** `owner/name` as given on the command line or in GITHUB_REPOSITORY. */
export function parseRepoSlug(slug: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(slug);
  if (!m?.[1] || !m[2])
    throw new UserError(`repository must look like "owner/name", got ${JSON.stringify(slug)}`);
  return { owner: m[1], repo: m[2] };
}
