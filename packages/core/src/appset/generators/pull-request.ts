/**
 * The pull request generator for the one pull request the caller describes.
 * The SCM would list every open pull request; offline there is only the one
 * being checked, and only when the generator watches this repository. Its
 * provider's `labels` and the `filters` decide whether it is generated.
 */
import { newMap, put, typed } from "../gotemplate/values.js";
import { GoRegexp, RegexpError } from "../goregexp/index.js";
import type { Params } from "../params.js";
import { branchSlug } from "../slug.js";
import type { PullRequestParams } from "../types.js";
import { ExpansionError, type Run } from "./run.js";
import { asObject, asString } from "./values.js";

const PROVIDERS = ["github", "gitlab", "gitea", "bitbucketServer", "bitbucket", "azuredevops"] as const;
type Provider = (typeof PROVIDERS)[number];

function hostOf(api: string, fallback: string): string {
  try {
    return api ? new URL(api).origin : fallback;
  } catch {
    return fallback;
  }
}

/** The repository a provider block watches, as a URL the caller's isLocalRepo can judge. */
function watchedRepoURL(provider: Provider, cfg: Record<string, unknown>): string | undefined {
  const api = asString(cfg.api).replace(/\/+$/, "");
  switch (provider) {
    case "github": {
      const host = api ? hostOf(api, "https://github.com").replace("://api.", "://") : "https://github.com";
      return cfg.owner && cfg.repo ? `${host}/${asString(cfg.owner)}/${asString(cfg.repo)}` : undefined;
    }
    case "gitlab":
      return cfg.project ? `${hostOf(api, "https://gitlab.com")}/${asString(cfg.project)}` : undefined;
    case "gitea":
      return cfg.owner && cfg.repo
        ? `${hostOf(api, api)}/${asString(cfg.owner)}/${asString(cfg.repo)}`
        : undefined;
    case "bitbucketServer":
      return cfg.project && cfg.repo
        ? `${hostOf(api, api)}/scm/${asString(cfg.project)}/${asString(cfg.repo)}`
        : undefined;
    case "bitbucket":
      return cfg.owner && cfg.repo
        ? `https://bitbucket.org/${asString(cfg.owner)}/${asString(cfg.repo)}`
        : undefined;
    case "azuredevops":
      return cfg.organization && cfg.project && cfg.repo
        ? `https://dev.azure.com/${asString(cfg.organization)}/${asString(cfg.project)}/_git/${asString(cfg.repo)}`
        : undefined;
  }
}

function compileFilter(pattern: unknown, field: string): GoRegexp | undefined {
  if (pattern === undefined || pattern === null) return undefined;
  try {
    return GoRegexp.compile(asString(pattern));
  } catch (err) {
    if (err instanceof RegexpError) {
      throw new ExpansionError(
        `error compiling ${field} regexp ${JSON.stringify(asString(pattern))}: ${err.message}`,
      );
    }
    throw err;
  }
}

function passesFilters(pr: PullRequestParams, filters: unknown, run: Run): boolean {
  if (filters === undefined || filters === null) return true;
  if (!Array.isArray(filters)) throw new ExpansionError("pullRequest.filters must be a list");
  if (filters.length === 0) return true;
  const compiled = filters.map((f) => {
    const o = asObject(f);
    if (o.createdWithin !== undefined || o.updatedWithin !== undefined) {
      run.note(
        "pullRequest filters createdWithin/updatedWithin need the pull request's dates from the SCM; they are not applied",
      );
    }
    return {
      branch: compileFilter(o.branchMatch, "BranchMatch"),
      target: compileFilter(o.targetBranchMatch, "TargetBranchMatch"),
      title: compileFilter(o.titleMatch, "TitleMatch"),
    };
  });
  return compiled.some(
    (f) =>
      (!f.branch || f.branch.test(pr.branch)) &&
      (!f.target || f.target.test(pr.targetBranch)) &&
      (!f.title || f.title.test(pr.title ?? "")),
  );
}

/**
 * The note of a pullRequest generator given no pull request. That is how lint, validate and plan
 * run, so the repository model keeps the set as one that needs the SCM without making the note a
 * finding (model/load.ts); `gitops preview` gives the pull request and expands it.
 */
export const NO_PULL_REQUEST =
  "pullRequest generator lists open pull requests from the SCM; no pull request was given, so it generates nothing";

export function pullRequestGenerator(spec: unknown, run: Run): Params[] {
  const gen = asObject(spec);
  const provider = PROVIDERS.find((p) => gen[p] !== undefined && gen[p] !== null);
  if (!provider) throw new ExpansionError("no Pull Request provider implementation configured");
  const cfg = asObject(gen[provider]);
  const url = watchedRepoURL(provider, cfg);
  // Said with or without a pull request: this repository's pull requests never select it.
  if (url === undefined || !run.ctx.isLocalRepo(url)) {
    run.note(
      `pullRequest generator watches ${url ?? `a ${provider} repository`}, not this repository; its pull requests need the SCM`,
    );
    return [];
  }
  const pr = run.ctx.pullRequest;
  if (!pr) {
    run.note(NO_PULL_REQUEST);
    return [];
  }
  const wanted = Array.isArray(cfg.labels) ? cfg.labels.map(asString) : [];
  if (!wanted.every((l) => pr.labels.includes(l))) return [];
  if (!passesFilters(pr, gen.filters, run)) return [];
  const sha = pr.headSha;
  const params = newMap();
  put(params, "number", String(pr.number));
  put(params, "title", pr.title ?? "");
  put(params, "branch", pr.branch);
  put(params, "branch_slug", branchSlug(pr.branch));
  put(params, "target_branch", pr.targetBranch);
  put(params, "target_branch_slug", branchSlug(pr.targetBranch));
  put(params, "head_sha", sha);
  put(params, "head_short_sha", sha.slice(0, 8));
  put(params, "head_short_sha_7", sha.slice(0, 7));
  put(params, "author", pr.author ?? "");
  // Argo CD passes labels only to Go templates.
  if (run.goTemplate) put(params, "labels", typed([...pr.labels], "[]string"));
  return [params];
}
