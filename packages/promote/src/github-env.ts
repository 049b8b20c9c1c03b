/**
 * GitHub access for the CLI, from the environment a developer or a CI job
 * has: GITHUB_TOKEN (or GH_TOKEN), GITHUB_API_URL, and the repository from
 * `--github-repo`, GITHUB_REPOSITORY or the `origin` remote's URL.
 */
import { UserError, VERSION } from "../../core/src/index.js";
import { Git } from "./git.js";
import { fetchClient, parseRepoSlug, repoFromRemoteUrl, type GitHubRepo } from "./github.js";

/** The token the CLI uses, or undefined. */
export function tokenFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const token = (env.GITHUB_TOKEN ?? "").trim() || (env.GH_TOKEN ?? "").trim();
  return token === "" ? undefined : token;
}

/** A client for the repository the checkout belongs to, or undefined without a token. */
export async function githubFromEnv(
  env: NodeJS.ProcessEnv,
  repoDir: string,
  slug: string | undefined,
): Promise<GitHubRepo | undefined> {
  const token = tokenFromEnv(env);
  if (!token) return undefined;
  const given = slug ?? env.GITHUB_REPOSITORY;
  let coords = given ? parseRepoSlug(given) : undefined;
  if (!coords) {
    const r = await new Git(repoDir).run(["remote", "get-url", "origin"]);
    coords = r.code === 0 ? repoFromRemoteUrl(r.stdout.trim()) : undefined;
  }
  if (!coords) {
    throw new UserError(
      "cannot tell which GitHub repository this is; pass --github-repo OWNER/NAME or set GITHUB_REPOSITORY",
    );
  }
  const client = fetchClient({
    token,
    baseUrl: env.GITHUB_API_URL || "https://api.github.com",
    userAgent: `gitops-actions/${VERSION}`,
  });
  return { client, ...coords };
}

/** The URL of the GitHub Actions run this process is part of, or undefined outside Actions. */
export function runUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  if (!server || !repo || !run) return undefined;
  return `${server.replace(/\/+$/, "")}/${repo}/actions/runs/${run}`;
}
