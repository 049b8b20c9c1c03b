/**
 * GitHub's refusals on the publishing path, told as what the user must fix.
 * A pull request is opened after the branch was pushed, so a bad token, a
 * wrong repository or a repository setting that forbids Actions to open pull
 * requests must not end as a bug: each becomes one `UserError` (exit 2) that
 * names the repository and the permission, and says that the branch is kept
 * and a re-run finishes the job.
 */
import { messageOf, UserError } from "../../core/src/index.js";
import { statusOf, type GitHubRepo } from "./github.js";

/** GitHub's words when the repository does not let GITHUB_TOKEN open pull requests. */
const ACTIONS_MAY_NOT_OPEN_PRS = /not permitted to create or approve pull requests/i;

/**
 * Runs one step of talking to GitHub (`doing`, e.g. "open the pull request")
 * and turns an HTTP refusal or an unreachable server into a `UserError`.
 * `after` tells the user what already happened (e.g. the pushed branch).
 */
export async function withGitHub<T>(
  gh: GitHubRepo,
  doing: string,
  fn: () => Promise<T>,
  after = "",
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const explained = explainGitHubError(gh, doing, err);
    if (!explained) throw err;
    throw new UserError(after ? `${explained}. ${after}` : explained);
  }
}

/** The message for a GitHub failure, or undefined for errors that are bugs. */
export function explainGitHubError(gh: GitHubRepo, doing: string, err: unknown): string | undefined {
  const repo = `${gh.owner}/${gh.repo}`;
  const status = statusOf(err);
  const said = githubMessage(err);
  const head = `cannot ${doing} in ${repo}`;
  if (status === 401) {
    return `${head}: GitHub refused the token (401 ${said || "Bad credentials"}); give a valid token (GITHUB_TOKEN, or the action's token input) with pull-requests: write and contents: write on ${repo}`;
  }
  if (status === 403 && ACTIONS_MAY_NOT_OPEN_PRS.test(said)) {
    return `${head}: ${said.replace(/\.$/, "")} (403); allow it in ${repo} Settings > Actions > General > Workflow permissions ("Allow GitHub Actions to create and approve pull requests"), or use a GitHub App token with pull-requests: write`;
  }
  if (status === 403) {
    return `${head}: GitHub refused (403 ${said || "Forbidden"}); the token needs pull-requests: write (and contents: write) on ${repo}`;
  }
  if (status === 404) {
    return `${head}: GitHub answered 404 ${said || "Not Found"}; check that the repository ${repo} exists and that the token can see it (a fine-grained or App token must include ${repo}, with pull-requests: write)`;
  }
  if (status === 422) return `${head}: GitHub refused the request (422 ${said})`;
  if (status !== undefined && status >= 500) {
    return `${head}: GitHub answered ${status} ${said}; try again later`;
  }
  if (status === undefined && isNetworkError(err)) {
    return `${head}: the GitHub API is unreachable (${messageOf(err)}); check GITHUB_API_URL and the network`;
  }
  return undefined;
}

/** GitHub's own `message`, from Octokit's RequestError (`response.data.message`) or our `GitHubApiError` text. */
function githubMessage(err: unknown): string {
  const data = (err as { response?: { data?: { message?: unknown } } } | null)?.response?.data;
  if (typeof data?.message === "string") return data.message;
  // fetchClient's message is "METHOD /route: STATUS message".
  const m = /^\S+ \S+: \d{3} (.*)$/s.exec(messageOf(err));
  return (m?.[1] ?? messageOf(err)).trim();
}

function isNetworkError(err: unknown): boolean {
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  return (
    (err instanceof TypeError && /fetch failed/i.test(err.message)) ||
    (typeof cause?.code === "string" && /^E[A-Z]+/.test(cause.code))
  );
}
