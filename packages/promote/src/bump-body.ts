/**
 * The parts of a bump PR's body that say where the image comes from: the
 * source repository, commit and workflow run, and the source commits since
 * the image deployed now. That image's source commit is read from the
 * `Source-Commit:` trailer of the last bump of the service in the env, so the
 * range needs no registry and no tag convention.
 */
import { messageOf } from "../../core/src/index.js";
import type { BumpOptions } from "./bump.js";
import type { Checkout } from "./checkout.js";
import { statusOf, type GitHubRepo } from "./github.js";

/** The source of the image deployed now, from the last bump's trailers. */
export interface DeployedSource {
  repository?: string;
  commit: string;
}

/** Commits listed in the body at most; the compare link has them all. */
const MAX_LISTED = 30;

/** Bumps read back from the env's history to find the last one with trailers. */
const HISTORY = 50;

/** The source commit of the image deployed now in `options.env`, when a bump recorded it. */
export async function deployedSource(
  checkout: Checkout,
  options: Pick<BumpOptions, "env" | "service" | "sourceRepository">,
  files: readonly string[],
): Promise<DeployedSource | undefined> {
  const r = await checkout.git.run([
    "log",
    `-${HISTORY}`,
    "--format=%x01%B",
    "--end-of-options",
    checkout.headSha,
    "--",
    ...files.map((f) => `${checkout.prefix}${f}`),
  ]);
  if (r.code !== 0) return undefined;
  const title = `bump ${options.service} in ${options.env} to `;
  for (const message of r.stdout.split("\x01").slice(1)) {
    if (!message.startsWith(title)) continue;
    const commit = /^Source-Commit: ([0-9a-f]{7,40})$/m.exec(message)?.[1];
    const repository = /^Source-Repository: (\S+)$/m.exec(message)?.[1];
    if (!commit) continue;
    if (options.sourceRepository && repository && repository !== options.sourceRepository) continue;
    return { commit, ...(repository ? { repository } : {}) };
  }
  return undefined;
}

/** `Source: [owner/name@sha](link) · [workflow run](url)`. */
export function sourceLine(
  options: Pick<BumpOptions, "sourceRepository" | "sourceCommit">,
  runUrl: string | undefined,
  serverUrl = "https://github.com",
): string {
  const run = runUrl ? ` · built by [this workflow run](${runUrl})` : "";
  const repo = options.sourceRepository;
  const sha = options.sourceCommit;
  if (!repo && !sha) return `Source: not recorded (no source repository or commit was given)${run}.`;
  const server = serverUrl.replace(/\/+$/, "");
  const what = `${repo ?? "(repository not given)"}@${sha ? sha.slice(0, 12) : "(commit not given)"}`;
  const link = repo && sha ? `[${what}](${server}/${repo}/commit/${sha})` : `\`${what}\``;
  return `Source: ${link} (trailers \`Source-Repository\`, \`Source-Commit\`)${run}.`;
}

interface Comparison {
  html_url: string;
  total_commits: number;
  commits: { sha: string; html_url: string; commit: { message: string; author: { name?: string } | null } }[];
}

/**
 * The source commits between the deployed image's commit and the new one, or
 * a line saying why they are not shown. Undefined when there is nothing to
 * compare (no source commit, or no earlier bump recorded one).
 */
export async function compareSection(
  gh: GitHubRepo | undefined,
  options: Pick<BumpOptions, "sourceCommit">,
  deployed: DeployedSource | undefined,
  serverUrl = "https://github.com",
): Promise<string | undefined> {
  const head = options.sourceCommit;
  if (!gh || !head || !deployed || deployed.commit === head) return undefined;
  const range = `${deployed.commit.slice(0, 12)}...${head.slice(0, 12)}`;
  const heading = `#### Source changes since the image deployed now (\`${range}\`)`;
  let data: Comparison;
  try {
    const r = await gh.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
      owner: gh.owner,
      repo: gh.repo,
      basehead: `${deployed.commit}...${head}`,
      per_page: MAX_LISTED,
    });
    data = r.data as Comparison;
  } catch (err) {
    // The token may not read the service repository: the PR is still worth opening.
    const status = statusOf(err);
    const link = `${serverUrl.replace(/\/+$/, "")}/${gh.owner}/${gh.repo}/compare/${deployed.commit}...${head}`;
    return `${heading}\n\nNot listed: GitHub answered ${status ?? messageOf(err)} for ${gh.owner}/${gh.repo} (the token needs contents: read there). [Compare on GitHub](${link}).`;
  }
  const lines = data.commits.map((c) => {
    const subject = c.commit.message.split("\n", 1)[0] ?? "";
    const author = c.commit.author?.name ? ` (${c.commit.author.name})` : "";
    return `- [\`${c.sha.slice(0, 7)}\`](${c.html_url}) ${subject.replace(/[<>]/g, "")}${author}`;
  });
  const more = data.total_commits > lines.length ? `\n- …and ${data.total_commits - lines.length} more` : "";
  return `${heading}\n\n[${data.total_commits} commit(s)](${data.html_url}):\n\n${lines.join("\n")}${more}`;
}
