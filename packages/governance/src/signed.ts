/**
 * Signed prod commits (`governance.signedCommits`): every commit of a pull request that touches a
 * protected target must be verified by GitHub. This stands in for the `required_signatures` branch
 * rule on plans that cannot enforce it. GitHub says which commits the PR has and whether each is
 * verified; which files a commit touched comes from the local checkout (offline, free), and from
 * the API only for a commit the checkout does not have (a shallow CI checkout).
 */
import {
  affectedTargets,
  loadModel,
  messageOf,
  sortFindings,
  UserError,
  type Finding,
  type RepoModel,
} from "../../core/src/index.js";
import { Git } from "../../promote/src/git.js";
import { listAll, statusOf, type GitHubRepo } from "../../promote/src/github.js";
import { githubFromEnv } from "../../promote/src/github-env.js";
import { protectedEnvs } from "./coverage.js";
import { finding } from "./rules.js";

/** GitHub lists at most this many commits of a pull request. */
export const PULL_COMMITS_LIMIT = 250;

export interface SignedOptions {
  /** The infra-gitops checkout. */
  repo: string;
  /** The pull request number. */
  pr: number;
  /** GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY are read from here. */
  env: NodeJS.ProcessEnv;
  /** `owner/name`; else GITHUB_REPOSITORY, else the `origin` remote. */
  githubRepo?: string;
}

export interface SignedSummary {
  /** False when `governance.signedCommits` is not set: nothing was asked of GitHub. */
  enabled: boolean;
  pr: number;
  protectedEnvs: string[];
  /** Commits the PR has (as GitHub lists them). */
  commits: number;
  /** Commits GitHub does not verify (only these are looked into). */
  unverified: number;
  /** Unverified commits that touch a protected target: the error findings. */
  unverifiedProtected: number;
}

export interface SignedReport {
  findings: Finding[];
  summary: SignedSummary;
}

/** The part of GitHub's `commit` object this check reads. */
interface PullCommit {
  sha: string;
  author: { login?: string } | null;
  commit: {
    author: { name?: string; email?: string } | null;
    verification?: { verified: boolean; reason: string };
  };
}

/**
 * `gitops governance signed --pr N`: an error finding for each commit of the pull request that
 * touches a protected target and is not verified. A missing token, an unreachable server or a
 * refusal ends in UserError (exit 2) naming the server, never the token.
 */
export async function signedCommits(options: SignedOptions): Promise<SignedReport> {
  const model = await loadModel(options.repo);
  const envs = protectedEnvs(model);
  const summary: SignedSummary = {
    enabled: model.config.governance.signedCommits,
    pr: options.pr,
    protectedEnvs: envs,
    commits: 0,
    unverified: 0,
    unverifiedProtected: 0,
  };
  if (!summary.enabled) {
    return {
      findings: [
        finding(
          "signed/off",
          "notice",
          "governance.signedCommits is not set in .gitops.yaml: commit signatures are not checked",
          model.configFile ? { file: model.configFile } : {},
        ),
      ],
      summary,
    };
  }
  const server = apiBase(options.env);
  const gh = await githubFromEnv(options.env, options.repo, options.githubRepo);
  if (!gh)
    throw new UserError(
      `governance signed needs a token for ${server} in GITHUB_TOKEN or GH_TOKEN (read access to the repository's pull requests and contents)`,
    );
  const commits = await askGitHub(server, gh, `pull request #${options.pr}`, () =>
    listAll<PullCommit>(gh, "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", {
      pull_number: options.pr,
    }),
  );
  summary.commits = commits.length;
  const findings: Finding[] = [];
  if (commits.length >= PULL_COMMITS_LIMIT)
    findings.push(
      finding(
        "signed/truncated",
        "warning",
        `GitHub lists only the first ${PULL_COMMITS_LIMIT} commits of pull request #${options.pr}; later commits were not checked`,
      ),
    );
  const touches = protectedTouches(model, envs);
  const git = new Git(model.repo);
  for (const c of commits) {
    const verification = c.commit.verification;
    if (verification?.verified) continue;
    summary.unverified++;
    const targets = touches(await commitFiles(git, gh, server, c.sha));
    if (targets.length === 0) continue;
    summary.unverifiedProtected++;
    const first = targets[0];
    findings.push(
      finding(
        "signed/unverified-commit",
        "error",
        `commit ${c.sha.slice(0, 7)} by ${authorOf(c)} is not verified (GitHub: ${verification?.reason ?? "no verification data"}) and touches protected target(s) ${targets.map((t) => (t.file ? t.id : `${t.id} (its inputs are not fully known)`)).join(", ")}`,
        first ? { ...(first.file ? { file: first.file } : {}), target: first.id } : {},
      ),
    );
  }
  return { findings: sortFindings(findings), summary };
}

/** `Jane Doe (@jane)`, falling back to whichever of the git name and GitHub login exists. */
function authorOf(c: PullCommit): string {
  const name = c.commit.author?.name?.trim();
  const login = c.author?.login;
  if (name && login) return `${name} (@${login})`;
  return name || (login ? `@${login}` : "an unknown author");
}

/**
 * A function from a commit's changed files to the protected targets it touches, each with the
 * first file that did: a file of a target's input graph, under one of its graph's folders, or in
 * the target's own folder. A target whose graph could not be fully resolved counts as touched by
 * every commit, as it does for changed-only rendering (core's `affectedTargets`).
 */
function protectedTouches(
  model: RepoModel,
  envs: readonly string[],
): (files: readonly string[]) => { id: string; file?: string }[] {
  const targets = model.targets.filter((t) => envs.includes(t.env));
  const graphs = new Map(targets.map((t) => [t.id, model.graph(t.id)]));
  const matchers = targets.map((t) => {
    const g = graphs.get(t.id);
    const dirs = [...(g?.dirs ?? []), ...(t.source && t.source !== "." ? [t.source] : [])].map((d) =>
      d === "" ? "" : `${d.replace(/\/+$/, "")}/`,
    );
    const files = g?.files ?? new Set<string>();
    return { id: t.id, match: (f: string) => files.has(f) || dirs.some((d) => d === "" || f.startsWith(d)) };
  });
  return (files) => {
    const affected = affectedTargets(targets, graphs, files);
    const out: { id: string; file?: string }[] = [];
    for (const m of matchers) {
      const file = files.find(m.match);
      if (file !== undefined) out.push({ id: m.id, file });
      else if (affected.has(m.id)) out.push({ id: m.id });
    }
    return out;
  };
}

/**
 * The files a commit changed: `git diff-tree` on the checkout (a merge against its first parent,
 * as GitHub shows it), else GitHub's commit API for a commit the checkout lacks.
 */
async function commitFiles(git: Git, gh: GitHubRepo, server: string, sha: string): Promise<string[]> {
  if (!/^[0-9a-f]{40}$/i.test(sha)) throw new UserError(`GitHub at ${server} listed a commit with a bad SHA`);
  const r = await git.run([
    "diff-tree",
    "--no-commit-id",
    "--name-only",
    "-r",
    "-z",
    "--root",
    "--no-renames",
    "--diff-merges=first-parent",
    "--end-of-options",
    sha,
  ]);
  if (r.code === 0) return r.stdout.split("\0").filter((f) => f !== "");
  const files = await askGitHub(server, gh, `commit ${sha.slice(0, 7)}`, () =>
    listAll<{ filename: string; previous_filename?: string }>(
      gh,
      "GET /repos/{owner}/{repo}/commits/{ref}",
      { ref: sha },
      (data) => (data as { files?: { filename: string; previous_filename?: string }[] }).files ?? [],
    ),
  );
  return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
}

function apiBase(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
}

/** Runs a GitHub call; any failure becomes one UserError naming the server and what was asked. */
async function askGitHub<T>(
  server: string,
  gh: GitHubRepo,
  what: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const slug = `${gh.owner}/${gh.repo}`;
    const status = statusOf(err);
    if (status === 401)
      throw new UserError(`GitHub at ${server} rejected the token (401) reading ${what} of ${slug}`);
    if (status === 403)
      throw new UserError(
        `GitHub at ${server} refused to read ${what} of ${slug} (403): the token needs read access to pull requests and contents`,
      );
    if (status === 404)
      throw new UserError(`GitHub at ${server} has no ${what} in ${slug}, or the token cannot see it (404)`);
    if (status !== undefined)
      throw new UserError(`GitHub at ${server} failed reading ${what} of ${slug}: ${messageOf(err)}`);
    throw new UserError(`cannot reach GitHub at ${server}: ${networkReason(err)}`);
  }
}

/** fetch's "fetch failed" hides the reason (ECONNREFUSED, ENOTFOUND ...) in `cause`. */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return messageOf(err);
}
